/**
 * The laid-out branch map, as the scenario bundle carries it (made at build time by src/pipeline/branch-layout.ts
 * from the graph of branch-graph.ts), the text metrics the layout and the drawing share, and the paths traced over
 * it (a play-through's edges, the roads not taken). Coordinates are whole pixels in the map's own space, origin top
 * left. These live in the engine, apart from the layout itself, so the browser can draw a map without dagre.
 */
import type { BranchNodeKind, BranchPoint, EdgeTone } from './branch-graph.ts';
import { START_NODE } from './compiled-knots.ts';
import type { CriticalKind } from './tags.ts';

export interface MapPoint {
  x: number;
  y: number;
}

export interface MapNode {
  id: string;
  label: string;
  kind: BranchNodeKind;
  /** For an ending: its title. */
  ending: string | null;
  /** The box's top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  /** The option's text shortened (at most LABEL_MAX characters, branch-graph.ts); '' for a divert. */
  label: string;
  /** The option's ink source path; null for a divert. */
  source: string | null;
  /** Sum of the option's rubric values. */
  value: number;
  tone: EdgeTone | null;
  critical: CriticalKind | null;
  contested: boolean;
  /**
   * The line's points, from the `from` box to the `to` box. It is drawn up to its label's box and on from the far
   * side, never through it: the segment from `points[gap]` to `points[gap + 1]` crosses the label and is not drawn.
   */
  points: MapPoint[];
  /** The index of the segment hidden by the label, when the line runs through its label's box. */
  gap?: number;
  /** Centre of the label, when there is one. */
  labelAt: MapPoint | null;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
  /** The story's choice points, named for people (absent from maps made before they were named). */
  points?: BranchPoint[];
}

/** Text metrics shared by the layout (to size boxes) and the drawing (to place the lines of text). */
export const MAP_TEXT = {
  /** Node boxes: font size, a generous average character width at that size (so text fits the boxes sized from
   * it), line height and characters per line. */
  fontSize: 13,
  charWidth: 7.2,
  lineHeight: 16,
  nodeChars: 22,
  padX: 10,
  padY: 8,
  /** Edge labels: no smaller than 12 px, since the map is never drawn below its own size (it scrolls instead). */
  edgeFontSize: 12,
  edgeCharWidth: 6.7,
  edgeLineHeight: 15,
  edgeChars: 22,
} as const;

/** Breaks text into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines of text in a node's box: the passage's name; for an ending, its title (or, untitled, its name). */
export function nodeLines(node: Pick<MapNode, 'label' | 'kind' | 'ending'>): string[] {
  const name = wrapLabel(node.label, MAP_TEXT.nodeChars);
  if (node.kind !== 'ending') return name;
  return node.ending ? wrapLabel(`Ending: ${node.ending}`, MAP_TEXT.nodeChars) : ['Ending:', ...name];
}

/** The lines of an edge's label. */
export function edgeLines(label: string): string[] {
  return wrapLabel(label, MAP_TEXT.edgeChars);
}

/** Width and height of a node's box (padded) or of an edge's label, from its lines of text. */
export function textBox(lines: readonly string[], kind: 'node' | 'edge'): { width: number; height: number } {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  if (kind === 'edge') {
    return {
      width: Math.ceil(longest * MAP_TEXT.edgeCharWidth + 4),
      height: Math.ceil(lines.length * MAP_TEXT.edgeLineHeight + 4),
    };
  }
  return {
    width: Math.ceil(longest * MAP_TEXT.charWidth + 2 * MAP_TEXT.padX),
    height: Math.ceil(lines.length * MAP_TEXT.lineHeight + 2 * MAP_TEXT.padY),
  };
}

type MapLike = {
  nodes: readonly Pick<MapNode, 'id' | 'kind' | 'ending'>[];
  edges: readonly Pick<MapEdge, 'id' | 'from' | 'to' | 'source'>[];
};

/**
 * The edges a play-through took, in order, from the sources of the options chosen (in order) and, optionally, the
 * title of the ending reached: each chosen option's edge, with the diverts between it and the next. Where the same
 * option leads on to different places in different plays, the edge that leads on towards the next choice (or the
 * ending) is the one taken. Sources the map does not know are skipped.
 */
export function tracePath(map: MapLike, sources: readonly string[], ending: string | null = null): string[] {
  const diverts = new Map<string, MapLike['edges'][number][]>();
  for (const e of map.edges) if (e.source === null) diverts.set(e.from, [...(diverts.get(e.from) ?? []), e]);
  const bySource = (source: string | undefined) =>
    source === undefined ? [] : map.edges.filter((e) => e.source === source);
  /** The divert edges leading from `start` to the first node satisfying `goal`, or null when none does. */
  const reach = (start: string, goal: (id: string) => boolean): string[] | null => {
    const back = new Map<string, { prev: string; edge: string } | null>([[start, null]]);
    const queue = [start];
    while (queue.length > 0) {
      const at = queue.shift()!;
      if (goal(at)) {
        const path: string[] = [];
        for (let step = back.get(at); step; step = back.get(step.prev)) path.unshift(step.edge);
        return path;
      }
      for (const e of diverts.get(at) ?? []) {
        if (back.has(e.to)) continue;
        back.set(e.to, { prev: at, edge: e.id });
        queue.push(e.to);
      }
    }
    return null;
  };
  const endingNodes = map.nodes
    .filter((n) => n.kind === 'ending' && (ending === null || n.ending === ending))
    .map((n) => n.id);
  const isEnd = (id: string) => endingNodes.includes(id);

  const path: string[] = [];
  let at = START_NODE;
  sources.forEach((source, i) => {
    const candidates = bySource(source);
    if (candidates.length === 0) return;
    const origins = new Set(candidates.map((e) => e.from));
    const lead = reach(at, (id) => origins.has(id));
    if (lead) path.push(...lead);
    const from = lead
      ? lead.length
        ? map.edges.find((e) => e.id === lead[lead.length - 1])!.to
        : at
      : candidates[0]!.from;
    const here = candidates.filter((e) => e.from === from);
    const nextOrigins = new Set(bySource(sources[i + 1]).map((e) => e.from));
    const onward = (to: string) =>
      (i + 1 < sources.length ? reach(to, (id) => nextOrigins.has(id)) : reach(to, isEnd)) !== null;
    const chosen = here.find((e) => onward(e.to)) ?? here[0]!;
    path.push(chosen.id);
    at = chosen.to;
  });
  if (sources.length > 0) path.push(...(reach(at, isEnd) ?? []));
  return path;
}

/** The edges of the given options offered where the play-through's own choices were made (the roads not taken). */
export function optionEdges(
  map: MapLike,
  taken: readonly string[],
  sources: readonly string[],
  ending: string | null = null,
): string[] {
  const path = tracePath(map, taken, ending);
  const byId = new Map(map.edges.map((e) => [e.id, e]));
  const origins = taken.map((source) => path.map((id) => byId.get(id)!).find((e) => e.source === source)?.from ?? null);
  return map.edges
    .filter(
      (e) =>
        e.source !== null && sources.some((s, i) => s === e.source && (origins[i] === null || origins[i] === e.from)),
    )
    .map((e) => e.id);
}
