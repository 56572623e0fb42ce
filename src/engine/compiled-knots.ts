/**
 * The knots and stitches of a compiled story, read from its JSON, for the branch graph (branch-graph.ts): which
 * knot or stitch an ink path lies in, which of ink's visit-count keys are knots or stitches, the visit counts
 * of those in a saved ink state, and what to call each for people (its `#title:`, or the first line spoken in it).
 * Knots called as functions are not passages and are left out.
 */

/** The id of the node for the story's top-level content, before its first knot. */
export const START_NODE = '(start)';

/** The knots and stitches of a compiled story, read from its JSON. */
export interface CompiledKnots {
  /** The knot or stitch an ink path lies in; START_NODE for top-level content; null for no path or a function. */
  nodeOf(path: string | null): string | null;
  /** True when a visit-count key is a knot or a stitch itself. */
  isNode(key: string): boolean;
  /** The knot a stitch id belongs to, or null for a knot. */
  knotOf(id: string): string | null;
  /** The `#title:` written as the first line of a knot or stitch, or null. */
  titleOf(id: string): string | null;
  /** The first line in a knot or stitch (outside its stitches) that a speaker says, as written, or null. */
  firstSpokenOf(id: string): string | null;
}

export function readCompiledKnots(compiled: string | object): CompiledKnots {
  const json = (typeof compiled === 'string' ? JSON.parse(compiled) : compiled) as { root?: unknown };
  const root = Array.isArray(json.root) ? json.root : [];
  const named = root[root.length - 1];
  const functions = new Set<string>();
  collectFunctionTargets(json.root, functions);
  const knots = new Map<string, Set<string>>();
  const containers = new Map<string, unknown[]>();
  if (named && typeof named === 'object' && !Array.isArray(named)) {
    for (const [name, container] of Object.entries(named as Record<string, unknown>)) {
      if (name.startsWith('#') || name === 'global decl' || functions.has(name) || !Array.isArray(container)) continue;
      const tail = container[container.length - 1];
      const stitches =
        tail && typeof tail === 'object' && !Array.isArray(tail)
          ? Object.keys(tail).filter((k) => !k.startsWith('#'))
          : [];
      const real = stitches.filter((s) => Array.isArray((tail as Record<string, unknown>)[s]));
      knots.set(name, new Set(real));
      containers.set(name, container);
      for (const st of real) containers.set(`${name}.${st}`, (tail as Record<string, unknown[]>)[st]!);
    }
  }
  const nodeOf = (path: string | null): string | null => {
    if (path === null) return null;
    const [knot, stitch] = path.split('.');
    if (knot === undefined || knot === '' || /^\d+$/.test(knot)) return START_NODE;
    const stitches = knots.get(knot);
    if (!stitches) return functions.has(knot) ? null : START_NODE;
    return stitch !== undefined && stitches.has(stitch) ? `${knot}.${stitch}` : knot;
  };
  return {
    nodeOf,
    isNode: (key) => {
      const [knot, stitch, more] = key.split('.');
      if (more !== undefined || knot === undefined) return false;
      const stitches = knots.get(knot);
      return !!stitches && (stitch === undefined || stitches.has(stitch));
    },
    knotOf: (id) => (id.includes('.') ? id.slice(0, id.indexOf('.')) : null),
    titleOf: (id) => {
      const container = containers.get(id);
      return container ? openingTitle(container) : null;
    },
    firstSpokenOf: (id) => {
      const container = containers.get(id);
      if (!container) return null;
      const stitches = knots.get(id) ?? new Set<string>();
      return firstSpoken(container, stitches);
    },
  };
}

/**
 * The tags a container opens with, as the compiler writes them: `"#", "^text", "/#"` (or `{"#": "text"}` in older
 * JSON), before any other content.
 */
function openingTags(container: readonly unknown[]): string[] {
  // A knot's own content is often wrapped in its first element (the weave).
  if (Array.isArray(container[0])) return openingTags(container[0]);
  const tags: string[] = [];
  let i = 0;
  while (i < container.length) {
    const item = container[i];
    if (item === '#') {
      const parts: string[] = [];
      for (i += 1; i < container.length && container[i] !== '/#'; i++) {
        const part = container[i];
        if (typeof part === 'string' && part.startsWith('^')) parts.push(part.slice(1));
      }
      tags.push(parts.join('').trim());
      i += 1;
    } else if (
      item &&
      typeof item === 'object' &&
      !Array.isArray(item) &&
      typeof (item as { '#'?: unknown })['#'] === 'string'
    ) {
      tags.push((item as { '#': string })['#'].trim());
      i += 1;
    } else {
      break;
    }
  }
  return tags;
}

function openingTitle(container: readonly unknown[]): string | null {
  for (const tag of openingTags(container)) {
    const m = /^title\s*:\s*(.+)$/i.exec(tag);
    if (m) return m[1]!.trim();
  }
  return null;
}

/**
 * The first line of plain text followed, on the same line, by a `#speaker:` tag, walking the container and its
 * choices and gathers in order but not its stitches. A best guess for a passage with no choice in it (text built
 * from conditions and variables reads as the parts the compiler wrote down).
 */
function firstSpoken(container: readonly unknown[], stitches: ReadonlySet<string>): string | null {
  let text = '';
  let inTag = false;
  let tag = '';
  let found: string | null = null;
  const visit = (node: unknown): void => {
    if (found !== null) return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node === 'string') {
      if (node === '#') {
        inTag = true;
        tag = '';
      } else if (node === '/#') {
        inTag = false;
        if (/^speaker\s*:/i.test(tag.trim()) && text.trim()) found = text.replace(/\s+/g, ' ').trim();
      } else if (node === '\n') {
        text = '';
      } else if (node.startsWith('^')) {
        if (inTag) tag += node.slice(1);
        else text += node.slice(1);
      }
      return;
    }
    if (node && typeof node === 'object') {
      const legacy = (node as { '#'?: unknown })['#'];
      if (typeof legacy === 'string') {
        if (/^speaker\s*:/i.test(legacy.trim()) && text.trim()) found = text.replace(/\s+/g, ' ').trim();
        return;
      }
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        if (!stitches.has(key) && Array.isArray(child)) visit(child);
      }
    }
  };
  visit(container);
  return found;
}

/** Names of knots called as functions (`{"f()": "name"}` in the compiled JSON). */
function collectFunctionTargets(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectFunctionTargets(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'f()' && typeof item === 'string') into.add(item.split('.')[0]!);
      else collectFunctionTargets(item, into);
    }
  }
}

/** Visit counts of knots and stitches, in the order ink first recorded them (its save keeps that order). */
export function knotVisitCounts(state: string, structure: CompiledKnots): Map<string, number> {
  const counts = (JSON.parse(state) as { visitCounts?: Record<string, number> }).visitCounts ?? {};
  return new Map(Object.entries(counts).filter(([key]) => structure.isNode(key)));
}
