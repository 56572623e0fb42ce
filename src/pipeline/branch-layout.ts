/**
 * Lays a branch graph out with dagre (top to bottom) into the serialisable map the bundle carries. Build-time only:
 * the browser receives the finished coordinates and never loads dagre.
 */
import dagre from '@dagrejs/dagre';
import { buildBranchGraph, type BranchGraph, type BranchGraphOptions } from '../engine/branch-graph.ts';
import { edgeLines, MAP_TEXT, nodeLines, textBox, type MapEdge, type MapLayout, type MapNode, type MapPoint } from '../engine/branch-map.ts';

const MARGIN = 16;
/** How far a loop from a box back to itself reaches out to the right. */
const SELF_LOOP = 16;

export function layoutBranchGraph(graph: BranchGraph): MapLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    // dagre puts each label on a rank of its own between the two boxes, halving the separation: what is left
    // on either side of a label is about a line of text, room for the arrowhead.
    ranksep: 2 * MAP_TEXT.lineHeight + 8,
    nodesep: 28,
    edgesep: 18,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));

  for (const node of graph.nodes) g.setNode(node.id, { ...textBox(nodeLines(node), 'node') });
  for (const edge of graph.edges) {
    const label = edge.label ? textBox(edgeLines(edge.label), 'edge') : { width: 0, height: 0 };
    g.setEdge(edge.from, edge.to, { ...label, labelpos: 'c', minlen: 1, weight: edge.kind === 'divert' ? 2 : 1 }, edge.id);
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
  const edges: MapEdge[] = graph.edges.map((edge) => {
    const laid = g.edge({ v: edge.from, w: edge.to, name: edge.id });
    let points = (laid.points ?? []).map(point);
    let labelAt = edge.label && laid.x !== undefined && laid.y !== undefined ? point({ x: laid.x, y: laid.y }) : null;
    if (edge.from === edge.to) {
      // An option that leads back to where it was offered: dagre keeps room for it to the right of the box, but
      // its own loop starts off the box; draw a small loop from the box's right side, its label beside it.
      const box = boxes.get(edge.from)!;
      const right = box.x + box.width;
      const middle = Math.round(box.y + box.height / 2);
      const reach = SELF_LOOP;
      points = [
        { x: right, y: middle - 6 },
        { x: right + reach, y: middle - 12 },
        { x: right + reach, y: middle + 12 },
        { x: right, y: middle + 6 },
      ];
      if (labelAt) labelAt = { x: right + reach + 4 + Math.ceil(textBox(edgeLines(edge.label), 'edge').width / 2), y: middle };
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
      labelAt,
    };
  });
  const size = g.graph();
  return { width: r(size.width), height: r(size.height), nodes, edges };
}

/** Plays a compiled story and lays its branch map out. */
export function branchMap(compiled: string | object, options?: BranchGraphOptions): MapLayout {
  return layoutBranchGraph(buildBranchGraph(compiled, options));
}
