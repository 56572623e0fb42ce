/**
 * The branch map of a story: the knots and stitches it passes through and the choices and diverts between them.
 *
 * `buildBranchGraph` plays the story the way the build's explorer does with its `cover` strategy (every option at
 * least once, bounded), then plays seeded random paths until a run of them finds nothing new, so that routes decided
 * by the story's variables (an ending chosen by the bond, say) show up too. Deterministic for a given seed.
 *
 * One segment of play runs from a choice point (or the start) to the next choice point or the end. Which knots and
 * stitches it passed through is read from ink's visit counts in the saved state (the compiler counts every visit),
 * in the order ink first recorded them, and where it stopped from the runner's `position()`. A segment that offered
 * its option at A and passed through B and C before offering the next choice at D gives a choice edge A → B
 * labelled with the option, and unlabelled divert edges B → C → D; without knots in between, the choice edge runs
 * straight from A to D. Functions are not nodes.
 *
 * The layout types at the end are what the build's layout step (src/pipeline/branch-layout.ts) produces and the
 * bundle carries; they live here so the browser can use them without dagre.
 */
import { mulberry32 } from './seeded.ts';
import type { CriticalKind } from './tags.ts';
import { StoryRunner, StoryRuntimeError, type StoryOption, type StoryStep } from './story-runner.ts';

/** The id of the node for the story's top-level content, before its first knot. */
export const START_NODE = '(start)';

export type BranchNodeKind = 'start' | 'passage' | 'ending';

export interface BranchNode {
  /** `knot` or `knot.stitch`, or START_NODE. */
  id: string;
  label: string;
  kind: BranchNodeKind;
  /** For an ending: the title from its `#ending:` tag, if it has one. */
  ending: string | null;
}

/** How an option reads on the rubric, for colouring: critical crosses an ethics line whatever its values. */
export type EdgeTone = 'positive' | 'mixed' | 'negative' | 'critical';

export interface BranchEdge {
  id: string;
  from: string;
  to: string;
  kind: 'choice' | 'divert';
  /** The option's text, shortened; '' for a divert. */
  label: string;
  /** The option's ink source path (StoryOption.source); null for a divert. */
  source: string | null;
  /** Sum of the option's rubric values. */
  value: number;
  /** The option's rubric value per criterion. */
  values: Record<string, number>;
  critical: CriticalKind | null;
  contested: boolean;
  /** Null for a divert. */
  tone: EdgeTone | null;
}

export interface BranchGraph {
  nodes: BranchNode[];
  edges: BranchEdge[];
  /** True when a bound stopped the exploration before it had tried everything it meant to. */
  truncated: boolean;
  /** Runtime errors met while playing (the build reports these elsewhere); their branches are left out. */
  errors: number;
}

export interface BranchGraphOptions {
  /** Most segments of play (choice point to choice point, or to the end) to run in all. */
  maxSegments?: number;
  /** Most choices on one path. */
  maxDepth?: number;
  /** Most random play-throughs after the covering pass (they find routes that depend on the story's variables). */
  playouts?: number;
  /** The random play-throughs stop after this many in a row found nothing new. */
  patience?: number;
  /** Seed of the random play-throughs: the same seed gives the same graph. */
  seed?: number;
}

/** The longest edge label kept, in characters; the full option text is in the story itself. */
export const LABEL_MAX = 60;

interface Segment {
  step: StoryStep;
  /** ink state at the end of the segment. */
  state: string;
  visits: Map<string, number>;
  /** The node the segment ended in. */
  end: string;
  /** True when it added a node or an edge. */
  found: boolean;
}

export function buildBranchGraph(
  compiled: string | object,
  { maxSegments = 4000, maxDepth = 60, playouts = 300, patience = 40, seed = 1 }: BranchGraphOptions = {},
): BranchGraph {
  const structure = readStructure(compiled);
  const runner = new StoryRunner(compiled);
  const nodes = new Map<string, BranchNode>();
  const edges = new Map<string, BranchEdge>();
  let segments = 0;
  let errors = 0;
  let truncated = false;

  const node = (id: string): BranchNode => {
    let found = nodes.get(id);
    if (!found) {
      found = { id, label: nodeLabel(id), kind: id === START_NODE ? 'start' : 'passage', ending: null };
      nodes.set(id, found);
    }
    return found;
  };
  const edge = (from: string, to: string, option: StoryOption | null): boolean => {
    const key = `${from}\u0000${to}\u0000${option?.source ?? ''}`;
    if (edges.has(key)) return false;
    edges.set(key, option ? choiceEdge(from, to, option) : divertEdge(from, to));
    return true;
  };

  /** Runs one segment, from `at` (where `via` was chosen, or the start) to the next choice point or the end. */
  const segment = (at: string, before: Map<string, number>, via: StoryOption | null): Segment | null => {
    if (segments >= maxSegments) {
      truncated = true;
      return null;
    }
    segments += 1;
    let step: StoryStep;
    try {
      step = runner.step();
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      errors += 1;
      return null;
    }
    const state = runner.saveState();
    const visits = visitCounts(state, structure);
    const stop = step.ended ? null : (structure.nodeOf(runner.position()) ?? structure.nodeOf(step.options[0]?.source ?? null));
    const chain = [at, ...passedThrough(at, before, visits, stop, structure)];
    const known = nodes.size;
    for (const id of chain) node(id);
    let found = nodes.size > known;
    if (via) found = edge(at, chain[1] ?? at, via) || found;
    else if (chain.length > 1) found = edge(at, chain[1]!, null) || found;
    for (let i = 1; i < chain.length - 1; i++) found = edge(chain[i]!, chain[i + 1]!, null) || found;
    const end = chain[chain.length - 1]!;
    if (step.ended) {
      const n = node(end);
      if (n.kind !== 'start') n.kind = 'ending';
      if (step.ending && n.ending === null) {
        n.ending = step.ending;
        found = true;
      }
    }
    return { step, state, visits, end, found };
  };

  const choose = (option: StoryOption): boolean => {
    try {
      runner.choose(option.index);
      return true;
    } catch (error) {
      if (!(error instanceof StoryRuntimeError)) throw error;
      errors += 1;
      return false;
    }
  };

  // 1. Cover: every option once, as explore's `cover` strategy does (branch into options not taken anywhere yet,
  // finish each path along its first option).
  const taken = new Set<string>();
  const cover = (at: string, before: Map<string, number>, via: StoryOption | null, depth: number): void => {
    const s = segment(at, before, via);
    if (!s || s.step.ended) return;
    if (depth >= maxDepth) {
      truncated = true;
      return;
    }
    const untried = s.step.options.filter((o) => !taken.has(o.source));
    for (const o of untried) taken.add(o.source);
    for (const option of untried.length > 0 ? untried : s.step.options.slice(0, 1)) {
      runner.loadState(s.state);
      if (choose(option)) cover(s.end, s.visits, option, depth + 1);
    }
  };
  cover(START_NODE, new Map(), null, 0);

  // 2. Random play-throughs (seeded), until `patience` of them in a row add nothing: routes that turn on the
  // story's variables, such as an ending chosen by the bond, need the right mix of earlier choices.
  const random = mulberry32(seed);
  let stale = 0;
  for (let n = 0; n < playouts && stale < patience && !truncated; n++) {
    runner.reset();
    let at = START_NODE;
    let before = new Map<string, number>();
    let via: StoryOption | null = null;
    let found = false;
    for (let depth = 0; ; depth++) {
      const s = segment(at, before, via);
      if (!s) break;
      found = found || s.found;
      if (s.step.ended || depth >= maxDepth) break;
      via = s.step.options[Math.floor(random() * s.step.options.length)]!;
      if (!choose(via)) break;
      at = s.end;
      before = s.visits;
    }
    stale = found ? 0 : stale + 1;
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()].map((e, i) => ({ ...e, id: `e${i + 1}` })), truncated, errors };
}

/** Positive, negative, mixed (some criteria up and some down) or neutral (reads as mixed), or critical. */
export function toneOf(values: Record<string, number>, critical: CriticalKind | null): EdgeTone {
  if (critical) return 'critical';
  const list = Object.values(values);
  if (list.some((v) => v > 0) && list.some((v) => v < 0)) return 'mixed';
  const sum = list.reduce((a, b) => a + b, 0);
  return sum > 0 ? 'positive' : sum < 0 ? 'negative' : 'mixed';
}

/** Shortens text to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max = LABEL_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

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

/** `the_gift.declined` → `the gift: declined`. */
export function nodeLabel(id: string): string {
  if (id === START_NODE) return 'Start';
  return id.replace(/_/g, ' ').replace('.', ': ');
}

function choiceEdge(from: string, to: string, option: StoryOption): BranchEdge {
  const values = Object.fromEntries(option.evidence.rubric.map((r) => [r.criterion, r.value]));
  return {
    id: '',
    from,
    to,
    kind: 'choice',
    label: shorten(option.text),
    source: option.source,
    value: option.evidence.rubric.reduce((sum, r) => sum + r.value, 0),
    values,
    critical: option.evidence.critical,
    contested: option.evidence.contested,
    tone: toneOf(values, option.evidence.critical),
  };
}

function divertEdge(from: string, to: string): BranchEdge {
  return { id: '', from, to, kind: 'divert', label: '', source: null, value: 0, values: {}, critical: null, contested: false, tone: null };
}

/** The knots and stitches of a compiled story, read from its JSON. */
interface Structure {
  /** The knot or stitch an ink path lies in; START_NODE for top-level content; null for no path or a function. */
  nodeOf(path: string | null): string | null;
  /** True when a visit-count key is a knot or a stitch itself. */
  isNode(key: string): boolean;
  /** The knot a stitch id belongs to, or null for a knot. */
  knotOf(id: string): string | null;
}

function readStructure(compiled: string | object): Structure {
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
function visitCounts(state: string, structure: Structure): Map<string, number> {
  const counts = (JSON.parse(state) as { visitCounts?: Record<string, number> }).visitCounts ?? {};
  return new Map(Object.entries(counts).filter(([key]) => structure.isNode(key)));
}

/**
 * The knots and stitches a segment went through after leaving `at`, in order, ending where it stopped: those
 * whose visit count rose, first any visited before (their order is unknown), then the new ones in the order ink
 * first counted them. Entering a stitch from outside its knot counts the knot too, after the stitch; such a knot
 * did not run and is left out. `stop` (where the next choice is offered) closes the route; at the end of the story
 * the route closes where the last visit was, or at `at` when no knot or stitch was entered.
 */
function passedThrough(at: string, before: Map<string, number>, after: Map<string, number>, stop: string | null, structure: Structure): string[] {
  const rose = [...after].filter(([key, n]) => n > (before.get(key) ?? 0)).map(([key]) => key);
  const again = rose.filter((key) => before.has(key));
  const firstTime = rose.filter((key) => !before.has(key));
  const ranStitchOnly = (key: string) => {
    if (structure.knotOf(key) !== null) return false;
    const stitch = rose.find((k) => structure.knotOf(k) === key);
    if (stitch === undefined) return false;
    return again.includes(key) || firstTime.indexOf(stitch) < firstTime.indexOf(key);
  };
  const ordered = [...again, ...firstTime].filter((key) => !ranStitchOnly(key));
  const route = ordered.filter((key) => key !== at && key !== stop);
  if (stop !== null) return stop === at && route.length === 0 ? [] : [...route, stop];
  return route;
}

/* ---------------------------------------------------------------------------------------------------------------
 * The laid-out map, as the bundle carries it (made at build time by src/pipeline/branch-layout.ts). Coordinates
 * are whole pixels in the map's own space, origin top left.
 * ------------------------------------------------------------------------------------------------------------- */

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
  /** The option's text shortened (at most LABEL_MAX characters); '' for a divert. */
  label: string;
  /** The option's ink source path; null for a divert. */
  source: string | null;
  /** Sum of the option's rubric values. */
  value: number;
  tone: EdgeTone | null;
  critical: CriticalKind | null;
  contested: boolean;
  /** The line's points, from the `from` box to the `to` box. */
  points: MapPoint[];
  /** Centre of the label, when there is one. */
  labelAt: MapPoint | null;
}

export interface MapLayout {
  width: number;
  height: number;
  nodes: MapNode[];
  edges: MapEdge[];
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
  /** Edge labels, smaller. */
  edgeFontSize: 11,
  edgeCharWidth: 6.1,
  edgeLineHeight: 13,
  edgeChars: 22,
} as const;

/** The lines of text in a node's box: the passage's name; for an ending, its title first. */
export function nodeLines(node: Pick<MapNode, 'label' | 'kind' | 'ending'>): string[] {
  const name = wrapLabel(node.label, MAP_TEXT.nodeChars);
  if (node.kind !== 'ending') return name;
  return [...wrapLabel(`Ending: ${node.ending ?? 'untitled'}`, MAP_TEXT.nodeChars), ...wrapLabel(`(${node.label})`, MAP_TEXT.nodeChars)];
}

/** The lines of an edge's label. */
export function edgeLines(label: string): string[] {
  return wrapLabel(label, MAP_TEXT.edgeChars);
}

/** Width and height of a node's box (padded) or of an edge's label, from its lines of text. */
export function textBox(lines: readonly string[], kind: 'node' | 'edge'): { width: number; height: number } {
  const longest = Math.max(0, ...lines.map((l) => l.length));
  if (kind === 'edge') {
    return { width: Math.ceil(longest * MAP_TEXT.edgeCharWidth + 4), height: Math.ceil(lines.length * MAP_TEXT.edgeLineHeight + 4) };
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
  const bySource = (source: string | undefined) => (source === undefined ? [] : map.edges.filter((e) => e.source === source));
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
  const endingNodes = map.nodes.filter((n) => n.kind === 'ending' && (ending === null || n.ending === ending)).map((n) => n.id);
  const isEnd = (id: string) => endingNodes.includes(id);

  const path: string[] = [];
  let at = START_NODE;
  sources.forEach((source, i) => {
    const candidates = bySource(source);
    if (candidates.length === 0) return;
    const origins = new Set(candidates.map((e) => e.from));
    const lead = reach(at, (id) => origins.has(id));
    if (lead) path.push(...lead);
    const from = lead ? (lead.length ? map.edges.find((e) => e.id === lead[lead.length - 1])!.to : at) : candidates[0]!.from;
    const here = candidates.filter((e) => e.from === from);
    const nextOrigins = new Set(bySource(sources[i + 1]).map((e) => e.from));
    const onward = (to: string) => (i + 1 < sources.length ? reach(to, (id) => nextOrigins.has(id)) : reach(to, isEnd)) !== null;
    const chosen = here.find((e) => onward(e.to)) ?? here[0]!;
    path.push(chosen.id);
    at = chosen.to;
  });
  if (sources.length > 0) path.push(...(reach(at, isEnd) ?? []));
  return path;
}

/** The edges of the given options offered where the play-through's own choices were made (the roads not taken). */
export function optionEdges(map: MapLike, taken: readonly string[], sources: readonly string[], ending: string | null = null): string[] {
  const path = tracePath(map, taken, ending);
  const byId = new Map(map.edges.map((e) => [e.id, e]));
  const origins = taken.map((source) => path.map((id) => byId.get(id)!).find((e) => e.source === source)?.from ?? null);
  return map.edges
    .filter((e) => e.source !== null && sources.some((s, i) => s === e.source && (origins[i] === null || origins[i] === e.from)))
    .map((e) => e.id);
}
