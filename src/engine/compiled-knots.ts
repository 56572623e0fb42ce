/**
 * The knots and stitches of a compiled story, read from its JSON, for the branch graph (branch-graph.ts): which
 * knot or stitch an ink path lies in, which of ink's visit-count keys are knots or stitches, and the visit counts
 * of those in a saved ink state. Knots called as functions are not passages and are left out.
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
}

export function readCompiledKnots(compiled: string | object): CompiledKnots {
  const json = (typeof compiled === 'string' ? JSON.parse(compiled) : compiled) as { root?: unknown };
  const root = Array.isArray(json.root) ? json.root : [];
  const named = root[root.length - 1];
  const functions = new Set<string>();
  collectFunctionTargets(json.root, functions);
  const knots = new Map<string, Set<string>>();
  if (named && typeof named === 'object' && !Array.isArray(named)) {
    for (const [name, container] of Object.entries(named as Record<string, unknown>)) {
      if (name.startsWith('#') || name === 'global decl' || functions.has(name) || !Array.isArray(container)) continue;
      const tail = container[container.length - 1];
      const stitches = tail && typeof tail === 'object' && !Array.isArray(tail) ? Object.keys(tail).filter((k) => !k.startsWith('#')) : [];
      knots.set(name, new Set(stitches.filter((s) => Array.isArray((tail as Record<string, unknown>)[s]))));
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
  };
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
