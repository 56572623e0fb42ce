// Over 300 lines: one algorithm, laying the map out and routing its lines around labels, whose steps share the geometry.
/**
 * Lays a branch graph out with dagre (top to bottom) into the serialisable map the bundle carries. Build-time only:
 * the browser receives the finished coordinates and never loads dagre.
 *
 * dagre places every box (passages, and each option's label as a box of its own in a rank between) on ranks, and
 * keeps the boxes of a rank apart; but it joins the points of an edge with straight lines, which cut through the
 * corners of neighbouring boxes and run straight through the edge's own label. So each edge is routed again
 * (routeEdge): straight down (or up) through every band of boxes, in a column no other box of that band occupies,
 * slanting only in the empty gaps between bands, and broken at its own label's box, so no line crosses any label or
 * box it does not begin or end at (test/unit/branch-layout.test.ts checks every scenario's map).
 */
import dagre from '@dagrejs/dagre';
import { buildBranchGraph, type BranchGraph, type BranchGraphOptions } from '../engine/branch-graph.ts';
import {
  edgeLines,
  MAP_TEXT,
  nodeLines,
  textBox,
  type MapEdge,
  type MapLayout,
  type MapNode,
  type MapPoint,
} from '../engine/branch-map.ts';

const MARGIN = 16;
/** How far a loop from a box back to itself reaches out to the right. */
const SELF_LOOP = 16;

export function layoutBranchGraph(graph: BranchGraph): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    // dagre puts each label on a rank of its own between the two boxes, halving the separation: what is left
    // on either side of a label (about 40 px) is where the lines slant from one column to the next (routeEdge).
    ranksep: 2 * MAP_TEXT.lineHeight + 48,
    nodesep: 28,
    edgesep: 18,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));

  for (const node of graph.nodes) g.setNode(node.id, { ...textBox(nodeLines(node), 'node') });
  for (const edge of graph.edges) {
    const label = edge.label ? textBox(edgeLines(edge.label), 'edge') : { width: 0, height: 0 };
    g.setEdge(
      edge.from,
      edge.to,
      { ...label, labelpos: 'c', minlen: 1, weight: edge.kind === 'divert' ? 2 : 1 },
      edge.id,
    );
  }

  dagre.layout(g);

  const r = (n: number | undefined) => Math.round(n ?? 0);
  const point = (p: { x: number; y: number }): MapPoint => ({ x: r(p.x), y: r(p.y) });
  const nodes: MapNode[] = graph.nodes.map((node) => {
    const box = g.node(node.id);
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      ending: node.ending,
      x: r(box.x! - box.width / 2),
      y: r(box.y! - box.height / 2),
      width: r(box.width),
      height: r(box.height),
    };
  });
  const boxes = new Map(nodes.map((n) => [n.id, n]));
  // Every box dagre placed, by the centre line of its rank: a rank's band runs from its highest top to its lowest bottom.
  const raw: Raw[] = graph.nodes.map((n) => {
    const b = g.node(n.id);
    return { cx: b.x!, cy: b.y!, width: b.width, height: b.height };
  });
  for (const edge of graph.edges) {
    const laid = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    if (edge.label && laid.x !== undefined && laid.y !== undefined) {
      const size = textBox(edgeLines(edge.label), 'edge');
      raw.push({ cx: laid.x, cy: laid.y, ...size });
    }
  }
  const bands = rankBands(raw);
  // Options that lead back to where they were offered, by box, nearest label first: dagre keeps a place of its own
  // for each label, side by side to the right of the box.
  const loops = new Map<string, string[]>();
  for (const edge of [...graph.edges].sort(
    (a, b) => (g.edge({ v: a.from, w: a.to, name: a.id }).x ?? 0) - (g.edge({ v: b.from, w: b.to, name: b.id }).x ?? 0),
  )) {
    if (edge.from === edge.to && edge.label) loops.set(edge.from, [...(loops.get(edge.from) ?? []), edge.id]);
  }
  const ports = edgePorts(
    graph.edges.filter((e) => e.from !== e.to),
    (e) => {
      const laid = g.edge({ v: e.from, w: e.to, name: e.id });
      const bends = (laid.points ?? []).slice(1, -1);
      const from = g.node(e.from);
      const to = g.node(e.to);
      return {
        from: { cx: from.x!, cy: from.y!, width: from.width, height: from.height },
        to: { cx: to.x!, cy: to.y!, width: to.width, height: to.height },
        first: bends[0]?.x ?? to.x!,
        last: bends.at(-1)?.x ?? from.x!,
      };
    },
  );
  const edges: MapEdge[] = graph.edges.map((edge) => {
    const laid = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    let points = (laid.points ?? []).map(point);
    let gap: number | undefined;
    let labelAt = edge.label && laid.x !== undefined && laid.y !== undefined ? point({ x: laid.x, y: laid.y }) : null;
    if (edge.from !== edge.to) {
      const from = g.node(edge.from);
      const to = g.node(edge.to);
      const label =
        labelAt && laid.x !== undefined && laid.y !== undefined
          ? { cx: laid.x, cy: laid.y, ...textBox(edgeLines(edge.label), 'edge') }
          : null;
      const routed = routeEdge(
        { cx: from.x!, cy: from.y!, width: from.width, height: from.height },
        { cx: to.x!, cy: to.y!, width: to.width, height: to.height },
        (laid.points ?? []).slice(1, -1),
        label,
        bands,
        ports.get(edge.id),
      );
      points = routed.points.map(point);
      gap = routed.gap;
    }
    if (edge.from === edge.to) {
      // An option that leads back to where it was offered. dagre's own loop starts off the box; draw it from the
      // box's right side instead. The nearest label (or a loop without one) gets a small loop out to it and back;
      // a further one would cross the nearer labels, so its loop goes over them in the gap above the row of boxes,
      // down through its label (broken there) and back under them in the gap below.
      const box = boxes.get(edge.from)!;
      const right = box.x + box.width;
      const middle = Math.round(box.y + box.height / 2);
      const order = loops.get(edge.from)?.indexOf(edge.id) ?? -1;
      const size = textBox(edgeLines(edge.label), 'edge');
      if (!labelAt || laid.x === undefined) {
        points = [
          { x: right, y: middle - 6 },
          { x: right + SELF_LOOP, y: middle - 12 },
          { x: right + SELF_LOOP, y: middle + 12 },
          { x: right, y: middle + 6 },
        ];
      } else if (order <= 0) {
        const left = Math.round(laid.x - size.width / 2);
        labelAt = { x: r(laid.x), y: middle };
        points = [
          { x: right, y: middle - 6 },
          { x: left, y: middle - 6 },
          { x: left, y: middle + 6 },
          { x: right, y: middle + 6 },
        ];
      } else {
        const band = bands.get(rankKey(g.node(edge.from).y!))!;
        const above = Math.floor(band.top) - 8;
        const below = Math.ceil(band.bottom) + 8;
        const x = r(laid.x);
        const inset = Math.max(2, Math.min(12, Math.floor(box.width / 4)));
        labelAt = { x, y: middle };
        points = [
          { x: right - inset, y: box.y },
          { x: right - inset, y: above },
          { x, y: above },
          { x, y: middle - Math.floor(size.height / 2) },
          { x, y: middle + Math.ceil(size.height / 2) },
          { x, y: below },
          { x: right - inset, y: below },
          { x: right - inset, y: box.y + box.height },
        ];
        gap = 3;
      }
    }
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      label: edge.label,
      source: edge.source,
      value: edge.value,
      tone: edge.tone,
      critical: edge.critical,
      contested: edge.contested,
      points,
      ...(gap !== undefined ? { gap } : {}),
      labelAt,
    };
  });
  const size = g.graph();
  return { width: r(size.width), height: r(size.height), nodes, edges, points: graph.points };
}

/**
 * Where each edge leaves its box and enters the next: the edges leaving one side of a box (the bottom going down,
 * the top going up) spread evenly along it in the order of where they head, and the same for the edges arriving, so
 * lines do not pile up at one corner.
 */
function edgePorts<E extends { id: string; from: string; to: string }>(
  edges: readonly E[],
  geometry: (e: E) => { from: Raw; to: Raw; first: number; last: number },
): Map<string, { out: number; in: number }> {
  const sides = new Map<string, { id: string; x: number; box: Raw }[]>();
  const add = (key: string, id: string, x: number, box: Raw) =>
    sides.set(key, [...(sides.get(key) ?? []), { id, x, box }]);
  for (const e of edges) {
    const { from, to, first, last } = geometry(e);
    const down = to.cy >= from.cy;
    add(`out ${e.from} ${down}`, e.id, first, from);
    add(`in ${e.to} ${down}`, e.id, last, to);
  }
  const ports = new Map<string, { out: number; in: number }>();
  for (const [key, list] of sides) {
    list.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
    list.forEach(({ id, box }, k) => {
      const left = box.cx - box.width / 2;
      const x = left + ((k + 1) * box.width) / (list.length + 1);
      const port = ports.get(id) ?? { out: 0, in: 0 };
      if (key.startsWith('out ')) port.out = x;
      else port.in = x;
      ports.set(id, port);
    });
  }
  return ports;
}

/** A box as dagre gives it: centre and size, unrounded. */
interface Raw {
  cx: number;
  cy: number;
  width: number;
  height: number;
}

interface Band {
  top: number;
  bottom: number;
}

/** The key of a rank's centre line (dagre gives every box of a rank the same centre y). */
const rankKey = (y: number) => Math.round(y * 4) / 4;

function rankBands(boxes: readonly Raw[]): Map<number, Band> {
  const bands = new Map<number, Band>();
  for (const b of boxes) {
    const key = rankKey(b.cy);
    const band = bands.get(key) ?? { top: b.cy, bottom: b.cy };
    band.top = Math.min(band.top, b.cy - b.height / 2);
    band.bottom = Math.max(band.bottom, b.cy + b.height / 2);
    bands.set(key, band);
  }
  return bands;
}

/**
 * An edge's line from box `from` to box `to` through dagre's bend points (one on each rank between, the label's
 * centre among them): out of `from` and through every rank's band vertically, in the column dagre kept free for it,
 * slanting only in the gaps between bands; stopped at its label's near side and resumed at its far side (`gap`).
 */
export function routeEdge(
  from: Raw,
  to: Raw,
  bends: readonly { x: number; y: number }[],
  label: Raw | null,
  bands: ReadonlyMap<number, Band>,
  port: { out: number; in: number } | undefined = undefined,
): { points: { x: number; y: number }[]; gap?: number } {
  const down = to.cy >= from.cy;
  const near = (b: Band) => (down ? b.top : b.bottom);
  const far = (b: Band) => (down ? b.bottom : b.top);
  const bandAt = (y: number): Band => bands.get(rankKey(y)) ?? { top: y, bottom: y };
  const inside = (box: Raw, x: number) => {
    const margin = Math.min(8, box.width / 2);
    return Math.min(Math.max(x, box.cx - box.width / 2 + margin), box.cx + box.width / 2 - margin);
  };
  const sx = port?.out ?? inside(from, bends[0]?.x ?? to.cx);
  const ex = port?.in ?? inside(to, bends.at(-1)?.x ?? from.cx);
  const points: { x: number; y: number }[] = [
    { x: sx, y: down ? from.cy + from.height / 2 : from.cy - from.height / 2 },
    { x: sx, y: far(bandAt(from.cy)) },
  ];
  let gap: number | undefined;
  for (const bend of bends) {
    const band = bandAt(bend.y);
    points.push({ x: bend.x, y: near(band) });
    if (label && Math.abs(bend.x - label.cx) < 0.5 && Math.abs(bend.y - label.cy) < 0.5) {
      const top = label.cy - label.height / 2;
      const bottom = label.cy + label.height / 2;
      points.push({ x: bend.x, y: down ? top : bottom });
      gap = points.length - 1;
      points.push({ x: bend.x, y: down ? bottom : top });
    }
    points.push({ x: bend.x, y: far(band) });
  }
  points.push({ x: ex, y: near(bandAt(to.cy)) }, { x: ex, y: down ? to.cy - to.height / 2 : to.cy + to.height / 2 });
  // Drop repeated points (a band no taller than the bend, a box as tall as its band), keeping the gap's two ends.
  const kept: { x: number; y: number }[] = [];
  let keptGap: number | undefined;
  points.forEach((p, i) => {
    const last = kept.at(-1);
    const isGapEnd = gap !== undefined && (i === gap || i === gap + 1);
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01 && !isGapEnd) return;
    if (i === gap) keptGap = kept.length;
    kept.push(p);
  });
  return keptGap !== undefined ? { points: kept, gap: keptGap } : { points: kept };
}

/** Plays a compiled story and lays its branch map out. */
export function branchMap(compiled: string | object, options?: BranchGraphOptions): MapLayout {
  return layoutBranchGraph(buildBranchGraph(compiled, options));
}
