// Over 300 lines: one algorithm, playing a story into its graph; names, knot reading and the laid-out map are in sibling files.
/**
 * The branch graph of a story: the knots and stitches it passes through and the choices and diverts between them.
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
 * Passages and choice points are named for people, never by ink paths when there is anything better: a passage by
 * its `#title:`, else by the line said just before the first choice offered in it, else by the first line spoken in
 * it; a choice point by its passage's title, and by the line said just before its options.
 *
 * Reading the compiled story's knots is in compiled-knots.ts; the laid-out map the bundle carries, and the paths
 * traced over it, in branch-map.ts (laid out at build time by src/pipeline/branch-layout.ts).
 */
import { mulberry32 } from './seeded.ts';
import type { CriticalKind } from './tags.ts';
import { StoryRunner, StoryRuntimeError, type StoryOption, type StoryStep } from './story-runner.ts';
import { knotVisitCounts, readCompiledKnots, START_NODE, type CompiledKnots } from './compiled-knots.ts';
import { choicePointId, lineBefore, LABEL_MAX, NODE_LINE_MAX, nodeLabel, shorten } from './branch-names.ts';

export { choicePointId, lineBefore, LABEL_MAX, NODE_LINE_MAX, nodeLabel, shorten };

export type BranchNodeKind = 'start' | 'passage' | 'ending';

export interface BranchNode {
  /** `knot` or `knot.stitch`, or START_NODE. */
  id: string;
  /** Its name for people: its `#title:`, else a line said in it (in quotes), else its ink name made readable. */
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

/** A choice point, named for people. */
export interface BranchPoint {
  /** Where its options are written: the containers of their source paths, sorted and joined by `+` (choicePointId). */
  id: string;
  /** The passage it is offered in. */
  node: string;
  /** The last line said before its options (the client's, as a rule), else the last line shown; null if none. */
  line: string | null;
  /** Its passage's `#title:`, when the author wrote one. */
  title: string | null;
}

export interface BranchGraph {
  nodes: BranchNode[];
  edges: BranchEdge[];
  /** Every choice point met, in the order first met. */
  points: BranchPoint[];
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
  const structure = readCompiledKnots(compiled);
  const runner = new StoryRunner(compiled);
  const nodes = new Map<string, BranchNode>();
  const edges = new Map<string, BranchEdge>();
  const points = new Map<string, BranchPoint>();
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
    const visits = knotVisitCounts(state, structure);
    const stop = step.ended
      ? null
      : (structure.nodeOf(runner.position()) ?? structure.nodeOf(step.options[0]?.source ?? null));
    const chain = [at, ...passedThrough(at, before, visits, stop, structure)];
    const known = nodes.size;
    for (const id of chain) node(id);
    let found = nodes.size > known;
    if (via) found = edge(at, chain[1] ?? at, via) || found;
    else if (chain.length > 1) found = edge(at, chain[1]!, null) || found;
    for (let i = 1; i < chain.length - 1; i++) found = edge(chain[i]!, chain[i + 1]!, null) || found;
    const end = chain[chain.length - 1]!;
    if (!step.ended && step.options.length > 0) {
      const id = choicePointId(step.options);
      if (!points.has(id))
        points.set(id, { id, node: end, line: lineBefore(step.lines), title: structure.titleOf(end) });
    }
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

  const named = [...nodes.values()].map((n) => ({ ...n, label: peopleName(n, structure, [...points.values()]) }));
  return {
    nodes: named,
    edges: [...edges.values()].map((e, i) => ({ ...e, id: `e${i + 1}` })),
    points: [...points.values()],
    truncated,
    errors,
  };
}

/** A passage's name for people: its title, else the line before the first choice offered in it, else a line said in it. */
function peopleName(n: BranchNode, structure: CompiledKnots, points: readonly BranchPoint[]): string {
  if (n.kind === 'start') return n.label;
  const title = structure.titleOf(n.id);
  if (title) return title;
  const line = points.find((p) => p.node === n.id)?.line ?? structure.firstSpokenOf(n.id);
  return line ? `“${shorten(line, NODE_LINE_MAX)}”` : n.label;
}

/** Positive, negative, mixed (some criteria up and some down) or neutral (reads as mixed), or critical. */
export function toneOf(values: Record<string, number>, critical: CriticalKind | null): EdgeTone {
  if (critical) return 'critical';
  const list = Object.values(values);
  if (list.some((v) => v > 0) && list.some((v) => v < 0)) return 'mixed';
  const sum = list.reduce((a, b) => a + b, 0);
  return sum > 0 ? 'positive' : sum < 0 ? 'negative' : 'mixed';
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
  return {
    id: '',
    from,
    to,
    kind: 'divert',
    label: '',
    source: null,
    value: 0,
    values: {},
    critical: null,
    contested: false,
    tone: null,
  };
}

/**
 * The knots and stitches a segment went through after leaving `at`, in order, ending where it stopped: those
 * whose visit count rose, first any visited before (their order is unknown), then the new ones in the order ink
 * first counted them. Entering a stitch from outside its knot counts the knot too, after the stitch; such a knot
 * did not run and is left out. `stop` (where the next choice is offered) closes the route; at the end of the story
 * the route closes where the last visit was, or at `at` when no knot or stitch was entered.
 */
function passedThrough(
  at: string,
  before: Map<string, number>,
  after: Map<string, number>,
  stop: string | null,
  structure: CompiledKnots,
): string[] {
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
