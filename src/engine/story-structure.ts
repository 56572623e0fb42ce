/**
 * The structure of a parsed ink story, read from the compiler's parsed tree (passed in, so this file
 * imports no compiler): knots and stitches with their lines, what each divert points at, and every
 * choice with its line and runtime path. Nodes are recognised by `typeName`, since class names are minified.
 */

interface Node {
  typeName?: string;
  content?: Node[] | null;
  parent?: Node | null;
  debugMetadata?: { startLineNumber?: number; fileName?: string | null } | null;
  identifier?: { name?: string } | null;
  isFunction?: boolean;
  runtimePath?: unknown;
  targetContent?: Node | null;
  proxyDivert?: Node | null;
  _runtimeChoice?: { path?: unknown } | null;
}

export interface Passage {
  /** The runtime path: `knot` or `knot.stitch`. */
  path: string;
  kind: 'knot' | 'stitch' | 'function';
  file: string | null;
  line: number | null;
}

export interface ChoiceSite {
  /** Equal to the runtime choice's `sourcePath`. */
  source: string;
  file: string | null;
  line: number | null;
  /** The knot or stitch that contains the choice. */
  passage: string | null;
}

export interface StoryStructure {
  passages: Passage[];
  /** Paths of knots and stitches that some divert, tunnel, thread or function call names. */
  referenced: Set<string>;
  choices: ChoiceSite[];
}

const safePath = (n: Node): string | null => {
  try {
    return String(n.runtimePath);
  } catch {
    return null;
  }
};

export function readStructure(parsedStory: unknown): StoryStructure {
  const passages: Passage[] = [];
  const referenced = new Set<string>();
  const choices: ChoiceSite[] = [];
  const seen = new Set<Node>();

  const enclosing = (n: Node): string | null => {
    for (let p = n.parent; p; p = p.parent) if (p.typeName === 'Knot' || p.typeName === 'Stitch') return safePath(p);
    return null;
  };

  const visit = (n: Node) => {
    if (seen.has(n)) return;
    seen.add(n);
    const meta = n.debugMetadata;
    switch (n.typeName) {
      case 'Knot':
      case 'Function':
      case 'Stitch': {
        const path = safePath(n);
        if (path) {
          passages.push({
            path,
            kind: n.isFunction || n.typeName === 'Function' ? 'function' : n.typeName === 'Knot' ? 'knot' : 'stitch',
            file: meta?.fileName ?? null,
            line: meta?.startLineNumber ?? null,
          });
          // Entering a knot runs into its first stitch when the knot has no content of its own before it.
          const first = (n.content ?? []).find((c) => c.typeName === 'Stitch' || c.typeName === 'Weave');
          if (n.typeName === 'Knot' && first?.typeName === 'Stitch') {
            const stitchPath = safePath(first);
            if (stitchPath) referenced.add(`${path}>${stitchPath}`);
          }
        }
        break;
      }
      case 'Divert': {
        const target = n.targetContent;
        if (target && (target.typeName === 'Knot' || target.typeName === 'Stitch')) {
          const path = safePath(target);
          if (path) referenced.add(path);
        }
        break;
      }
      case 'FunctionCall':
        if (n.proxyDivert) visit(n.proxyDivert);
        break;
      case 'Choice': {
        const source = n._runtimeChoice?.path;
        if (source)
          choices.push({
            source: String(source),
            file: meta?.fileName ?? null,
            line: meta?.startLineNumber ?? null,
            passage: enclosing(n),
          });
        break;
      }
    }
    for (const child of n.content ?? []) visit(child);
  };
  visit(parsedStory as Node);

  // Resolve "knot falls through to its first stitch": the stitch counts as referenced if its knot is.
  for (const entry of [...referenced].filter((e) => e.includes('>'))) {
    const [knot, stitch] = entry.split('>') as [string, string];
    referenced.delete(entry);
    if (referenced.has(knot)) referenced.add(stitch);
  }
  return { passages, referenced, choices };
}
