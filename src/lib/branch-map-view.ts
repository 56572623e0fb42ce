/**
 * What the branch map component (src/components/BranchMap.svelte) shows, worked out from the laid-out map and the
 * trainee's play: the path and the strongest options drawn over it, the numbered choices, the counts of trainees'
 * choices, the accessible summary and the map in words, the lines' styles and the positions of the text. Pure, so
 * it is tested without a browser; the component keeps only the markup and the scrolling.
 */
import type { EdgeTone } from '../engine/branch-graph.ts';
import {
  MAP_TEXT,
  optionEdges,
  tracePath,
  type MapEdge,
  type MapLayout,
  type MapNode,
  type MapPoint,
} from '../engine/branch-map.ts';

export interface EdgeStyle {
  color: string;
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string;
  width: number;
}

/** How each tone of option is drawn, with the words of the map's key. */
export const TONE_STYLES: Record<EdgeTone, EdgeStyle & { label: string }> = {
  positive: { label: 'Helps (rubric values add up above zero)', color: '#1e6b3a', dash: '', width: 2 },
  mixed: { label: 'Mixed or neutral', color: '#6b5a2a', dash: '7 4', width: 2 },
  negative: { label: 'Hurts (rubric values add up below zero)', color: '#a11d2f', dash: '2 3', width: 2 },
  critical: { label: 'Crosses an ethics line (critical)', color: '#4b1060', dash: '10 3 2 3', width: 3.5 },
};
/** A divert: the story moves on without a choice. */
export const DIVERT_STYLE: EdgeStyle = { color: '#7d828c', dash: '', width: 1.25 };
export const PATH_COLOR = '#21558a';
export const COUNT_COLOR = '#0f6f73';
export const BEST_COLOR = '#c27c0e';

/** How often trainees chose an option, and its share of the choices made at its point. */
export interface OptionCount {
  chosen: number;
  share: number;
}

/** One of the trainee's choices, in words. */
export interface PathStep {
  /** Where the choice was made. */
  at: string;
  chose: string;
  tone: string;
  /** The strongest option there, when the trainee chose another; null otherwise. */
  best: string | null;
  isBest: boolean;
}

export interface MapViewInput {
  /** The scenario's title. */
  title: string;
  /** Sources of the options the trainee chose, in order. */
  taken: readonly string[];
  /** Sources of the strongest option at each of the trainee's choice points. */
  best: readonly string[];
  /** The title of the ending the trainee reached. */
  ending: string | null;
  /** How often trainees chose each option, by source. */
  counts?: Record<string, OptionCount> | undefined;
}

export interface MapView {
  /** The edges of the trainee's path, in order. */
  pathEdges: string[];
  onPath: Set<string>;
  /** The edges of the strongest options at the trainee's choice points. */
  strongest: Set<string>;
  /** The passages the path goes through. */
  pathNodes: Set<string>;
  /** The number of the trainee's choice each chosen edge carries (1-based). */
  choiceNumber: Map<string, number>;
  /** The edge that carries each counted option's count: the option's first edge (it can lead to more than one passage). */
  countEdges: Map<string, OptionCount>;
  /** The map's accessible name: what it holds and what is drawn over it. */
  summary: string;
  /** The trainee's choices in words. */
  steps: PathStep[];
  /** Where the path starts and ends. */
  firstNode: MapNode | undefined;
  lastNode: MapNode | undefined;
  /** A passage by name: its label, or "the ending “title”". */
  name(id: string): string;
  /** The edges leaving a passage. */
  edgesFrom(id: string): MapEdge[];
  /** The map as a table: one row per edge, in the order of the passages they leave. */
  rows: MapRow[];
}

/** One arrow of the map, in words, for the map's table. */
export interface MapRow {
  edge: MapEdge;
  from: string;
  /** The option in quotation marks, or that the story moves on by itself. */
  option: string;
  to: string;
  /** How the option reads on the rubric ("helps (+3)"), a judgement call noted; for a divert, that there is no choice. */
  reads: string;
  /** How often trainees chose it ("12 (40%)"), or '–'. */
  count: string;
}

export function mapView(layout: MapLayout, { title, taken, best, ending, counts }: MapViewInput): MapView {
  const nodesById = new Map(layout.nodes.map((n) => [n.id, n]));
  const edgesById = new Map(layout.edges.map((e) => [e.id, e]));
  const pathEdges = taken.length ? tracePath(layout, taken, ending) : [];
  const strongest = new Set(best.length ? optionEdges(layout, taken, best, ending) : []);
  const pathNodes = new Set(
    pathEdges.flatMap((id) => layout.edges.filter((e) => e.id === id).flatMap((e) => [e.from, e.to])),
  );
  const choiceNumber = new Map<string, number>();
  for (const id of pathEdges) {
    const e = edgesById.get(id);
    if (e !== undefined && e.source !== null) choiceNumber.set(id, choiceNumber.size + 1);
  }
  const name = (id: string) => {
    const n = nodesById.get(id);
    if (!n) return id;
    return n.kind === 'ending' ? `the ending “${n.ending ?? n.label}”` : n.label;
  };
  const steps = pathEdges
    .map((id) => edgesById.get(id)!)
    .filter((e) => e.source !== null)
    .map((e): PathStep => {
      const there = layout.edges.find((b) => strongest.has(b.id) && b.from === e.from);
      return {
        at: name(e.from),
        chose: e.label,
        tone: toneWords(e),
        best: there && there.source !== e.source ? there.label : null,
        isBest: there?.source === e.source,
      };
    });
  const first = pathEdges.length ? edgesById.get(pathEdges[0]!) : undefined;
  const last = pathEdges.length ? edgesById.get(pathEdges[pathEdges.length - 1]!) : undefined;
  return {
    pathEdges,
    onPath: new Set(pathEdges),
    strongest,
    pathNodes,
    choiceNumber,
    countEdges: countEdges(layout, counts),
    summary: mapSummary(layout, title, {
      counted: counts !== undefined,
      taken: taken.length,
      choices: choiceNumber.size,
      best: best.length > 0,
    }),
    steps,
    firstNode: first ? nodesById.get(first.from) : undefined,
    lastNode: last ? nodesById.get(last.to) : undefined,
    name,
    edgesFrom: (id) => layout.edges.filter((e) => e.from === id),
    rows: mapRows(layout, name, counts),
  };
}

/** Every edge in words, grouped by the passage it leaves (passages in the map's order). */
export function mapRows(
  layout: MapLayout,
  name: (id: string) => string,
  counts: Record<string, OptionCount> | undefined,
): MapRow[] {
  const from = (id: string) => {
    const n = layout.nodes.find((x) => x.id === id);
    return n ? nodeHeading(n) : id;
  };
  return layout.nodes.flatMap((n) =>
    layout.edges
      .filter((e) => e.from === n.id)
      .map((e): MapRow => {
        const c = e.source !== null ? counts?.[e.source] : undefined;
        return {
          edge: e,
          from: from(e.from),
          option: e.source ? `“${e.label}”` : 'The story moves on by itself',
          to: name(e.to),
          reads: e.source ? `${toneWords(e)}${e.contested ? '; a judgement call' : ''}` : 'no choice',
          count: c ? `${c.chosen} (${percent(c.share)})` : '–',
        };
      }),
  );
}

/** The first edge of each counted option, with its count. */
export function countEdges(
  layout: MapLayout,
  counts: Record<string, OptionCount> | undefined,
): Map<string, OptionCount> {
  const seen = new Set<string>();
  const out = new Map<string, OptionCount>();
  if (!counts) return out;
  for (const e of layout.edges) {
    const c = e.source !== null ? counts[e.source] : undefined;
    if (!c || seen.has(e.source!)) continue;
    seen.add(e.source!);
    out.set(e.id, c);
  }
  return out;
}

function mapSummary(
  layout: MapLayout,
  title: string,
  drawn: { counted: boolean; taken: number; choices: number; best: boolean },
): string {
  const options = layout.edges.filter((e) => e.source !== null).length;
  const endings = layout.nodes.filter((n) => n.kind === 'ending').length;
  return (
    `Branch map of ${title}: ${layout.nodes.length} passages, ${options} options, ${endings} ending${endings === 1 ? '' : 's'}` +
    (drawn.counted
      ? '; how often trainees chose each option is drawn over it as a band as wide as its share, with the count'
      : '') +
    (drawn.taken
      ? `; your path through ${drawn.choices} choices is drawn over it${drawn.best ? ', with the strongest option at each of your choices' : ''}`
      : '') +
    '. The same map in words follows.'
  );
}

export const percent = (share: number) => `${Math.round(share * 100)}%`;
export const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "12× (40%)": drawn under a counted option's label. */
export const countLabel = (c: OptionCount) => `${c.chosen}× (${percent(c.share)})`;

/** How often trainees chose an edge's option, as the end of a sentence in the map in words; '' when not counted. */
export function countWords(e: MapEdge, counts: Record<string, OptionCount> | undefined): string {
  const c = e.source !== null ? counts?.[e.source] : undefined;
  return c ? `; chosen ${c.chosen} time${c.chosen === 1 ? '' : 's'} (${percent(c.share)} at its point)` : '';
}

/** What an option does, in words: "helps (+3)", "crosses an ethics line (dual relationship)". */
export function toneWords(e: Pick<MapEdge, 'tone' | 'critical' | 'value'>): string {
  if (e.tone === 'critical') return `crosses an ethics line (${e.critical?.replace('-', ' ')})`;
  if (e.tone === 'positive') return `helps (${signed(e.value)})`;
  if (e.tone === 'negative') return `hurts (${signed(e.value)})`;
  return `mixed or neutral (${signed(e.value)})`;
}

/** A passage's heading in the map in words. */
export function nodeHeading(n: Pick<MapNode, 'kind' | 'ending' | 'label'>): string {
  return n.kind === 'ending' ? `Ending: ${n.ending ?? n.label}` : n.label;
}

export const edgeStyle = (e: Pick<MapEdge, 'tone'>): EdgeStyle => (e.tone ? TONE_STYLES[e.tone] : DIVERT_STYLE);
/** The arrowhead marker of an edge, among those defined in the SVG with the ids `<prefix>-arrow-<tone or divert>`. */
export const markerUrl = (e: Pick<MapEdge, 'tone'>, idPrefix: string) =>
  `url(#${idPrefix}-arrow-${e.tone ?? 'divert'})`;

/**
 * The SVG path data of a line through the points; with `gap`, the segment from point `gap` to the next is left out
 * (it would cross the line's own label).
 */
export const svgPath = (points: readonly MapPoint[], gap?: number) =>
  points.map((p, i) => `${i && i !== (gap ?? -1) + 1 ? 'L' : 'M'}${p.x},${p.y}`).join(' ');

/** An edge's path data, broken at its label. */
export const edgePath = (e: Pick<MapEdge, 'points' | 'gap'>) => svgPath(e.points, e.gap);

/** The y of line `i` of `count` lines of text centred in a node's box. */
export const nodeLineY = (box: Pick<MapNode, 'y' | 'height'>, count: number, i: number) =>
  box.y + box.height / 2 - ((count - 1) * MAP_TEXT.lineHeight) / 2 + i * MAP_TEXT.lineHeight;

/** The y of line `i` of `count` lines of an edge's label, centred on the label's point. */
export const edgeLineY = (at: MapPoint, count: number, i: number) =>
  at.y - ((count - 1) * MAP_TEXT.edgeLineHeight) / 2 + i * MAP_TEXT.edgeLineHeight;

/** The y of a count under an edge's label of `count` lines. */
export const countY = (at: MapPoint, count: number) => at.y + ((count + 1) * MAP_TEXT.edgeLineHeight) / 2 + 2;

/**
 * The map is drawn at its own size up to 115% of it, never smaller, so its text is never under MAP_TEXT's sizes (12 px
 * and more); past 600 px it is wider than most screens, and scrolls in its own box.
 */
export const mapWidths = (layout: Pick<MapLayout, 'width'>) => ({
  min: Math.round(layout.width),
  max: Math.round(layout.width * 1.15),
  scrolls: layout.width > 600,
});

/** The font size of the choice numbers drawn on the trainee's path, and the radius of their circles. */
export const STEP_FONT = 12;
export const STEP_RADIUS = 10;

/** Where to scroll a map drawn `scrollWidth` wide in a view `clientWidth` wide so that `node` is in the middle. */
export function scrollLeftFor(
  node: Pick<MapNode, 'x' | 'width'>,
  mapWidth: number,
  scrollWidth: number,
  clientWidth: number,
): number {
  const scale = scrollWidth / mapWidth;
  return Math.max(0, (node.x + node.width / 2) * scale - clientWidth / 2);
}
