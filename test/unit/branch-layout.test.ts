/** The branch map's layout: every box placed inside the map, none overlapping, every edge drawn. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBranchGraph } from '../../src/engine/branch-graph.ts';
import { edgeLines, nodeLines, textBox, type MapLayout } from '../../src/engine/branch-map.ts';
import { layoutBranchGraph } from '../../src/pipeline/branch-layout.ts';
import { compileInk } from '../../src/pipeline/compile-ink.ts';
import { loadRubric } from '../../src/pipeline/rubric-files.ts';
import { loadScenario } from '../../src/pipeline/scenario-files.ts';
import { fixtureBundle, ROOT } from '../support/fixture-bundle.ts';

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Each edge label's box, centred where the layout put it, sized as the drawing sizes it. */
function labelBoxes(map: MapLayout): Box[] {
  return map.edges.flatMap((e) => {
    if (!e.labelAt) return [];
    const { width, height } = textBox(edgeLines(e.label), 'edge');
    return [{ id: `label ${e.id}`, x: e.labelAt.x - width / 2, y: e.labelAt.y - height / 2, width, height }];
  });
}

/** Whether the segment a–b enters the inside of the box (1 px in from its border, so touching a border is fine). */
function segmentEnters(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const x0 = box.x + 1;
  const x1 = box.x + box.width - 1;
  const y0 = box.y + 1;
  const y1 = box.y + box.height - 1;
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky: clip the segment's parameter range to the box, side by side.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/** Every drawn segment of every edge that runs through a label or a box (its own label's hidden segment aside). */
export function crossings(map: MapLayout): string[] {
  const boxes = [...map.nodes, ...labelBoxes(map)];
  const found: string[] = [];
  for (const e of map.edges) {
    for (let i = 0; i + 1 < e.points.length; i++) {
      if (i === e.gap) continue;
      for (const b of boxes)
        if (segmentEnters(e.points[i]!, e.points[i + 1]!, b))
          found.push(`${e.id} (${e.from} → ${e.to}) segment ${i} through ${b.id}`);
    }
  }
  return found;
}

function checkLayout(name: string, map: MapLayout) {
  describe(`layout of ${name}`, () => {
    it('runs no line through a label or a box, its own label included', () => {
      expect(crossings(map)).toEqual([]);
      // Each label sits on its own line, which stops at the label's near side and goes on from the far side.
      for (const e of map.edges.filter((x) => x.labelAt && x.from !== x.to)) {
        expect(e.gap, e.id).toBeDefined();
        const [a, b] = [e.points[e.gap!]!, e.points[e.gap! + 1]!];
        expect([a.x, b.x], e.id).toEqual([e.labelAt!.x, e.labelAt!.x]);
        expect(Math.abs(b.y - a.y), e.id).toBe(textBox(edgeLines(e.label), 'edge').height);
      }
    });

    it('gives every node a position and size inside the map', () => {
      expect(map.width).toBeGreaterThan(0);
      expect(map.height).toBeGreaterThan(0);
      for (const n of map.nodes) {
        expect(n.x, n.id).toBeGreaterThanOrEqual(0);
        expect(n.y, n.id).toBeGreaterThanOrEqual(0);
        expect(n.x + n.width, n.id).toBeLessThanOrEqual(map.width);
        expect(n.y + n.height, n.id).toBeLessThanOrEqual(map.height);
        // Big enough for the text drawn in it.
        const text = textBox(nodeLines(n), 'node');
        expect(n.width, n.id).toBeGreaterThanOrEqual(text.width - 1);
        expect(n.height, n.id).toBeGreaterThanOrEqual(text.height - 1);
      }
    });

    it('does not overlap boxes, nor labels with boxes', () => {
      const boxes = [...map.nodes, ...labelBoxes(map)];
      for (const b of boxes) {
        expect(
          b.x >= 0 && b.y >= 0 && b.x + b.width <= map.width && b.y + b.height <= map.height,
          `${b.id} inside the map`,
        ).toBe(true);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
        }
      }
    });

    it('draws every edge with at least two points, inside the map, from its box towards the next', () => {
      const byId = new Map(map.nodes.map((n) => [n.id, n]));
      for (const e of map.edges) {
        expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
        for (const p of e.points) {
          expect(p.x >= 0 && p.x <= map.width && p.y >= 0 && p.y <= map.height, `${e.id} point ${p.x},${p.y}`).toBe(
            true,
          );
        }
        const near = (p: { x: number; y: number }, b: Box) =>
          p.x >= b.x - 2 && p.x <= b.x + b.width + 2 && p.y >= b.y - 2 && p.y <= b.y + b.height + 2;
        expect(near(e.points[0]!, byId.get(e.from)!), `${e.id} starts at ${e.from}`).toBe(true);
        expect(near(e.points[e.points.length - 1]!, byId.get(e.to)!), `${e.id} ends at ${e.to}`).toBe(true);
        expect(!!e.labelAt, e.id).toBe(e.label !== '');
      }
    });

    it('is plain JSON in whole pixels', () => {
      expect(JSON.parse(JSON.stringify(map))).toEqual(map);
      const numbers = [
        map.width,
        map.height,
        ...map.nodes.flatMap((n) => [n.x, n.y, n.width, n.height]),
        ...map.edges.flatMap((e) => [...e.points.flatMap((p) => [p.x, p.y]), e.labelAt?.x ?? 0, e.labelAt?.y ?? 0]),
      ];
      for (const n of numbers) expect(Number.isInteger(n)).toBe(true);
      for (const e of map.edges) expect(e.label.length).toBeLessThanOrEqual(60);
    });
  });
}

const mini = buildBranchGraph(fixtureBundle().ink as object);
const miniMap = layoutBranchGraph(mini);
checkLayout('the mini fixture', miniMap);

const salamat = compileInk(join(ROOT, 'stories/salamat-last-session/main.ink'), ROOT);
const salamatGraph = buildBranchGraph(salamat.json!);
const salamatMap = layoutBranchGraph(salamatGraph);
checkLayout('salamat-last-session', salamatMap);
// The three widest maps of the library, where lines have the furthest to go between boxes.
for (const slug of ['a-promise-you-cannot-make', 'after-hours', 'you-are-the-expert']) {
  checkLayout(
    slug,
    layoutBranchGraph(buildBranchGraph(compileInk(join(ROOT, `stories/${slug}/main.ink`), ROOT).json!)),
  );
}

describe('the crossing check', () => {
  it('finds a line drawn straight through a label, and one through the corner of a box', () => {
    const through: MapLayout = {
      ...miniMap,
      edges: miniMap.edges.map((e) =>
        e.labelAt ? { ...e, points: [e.points[0]!, e.labelAt, e.points.at(-1)!], gap: undefined } : e,
      ),
    };
    expect(crossings(through).some((c) => /through label/.test(c))).toBe(true);
    const a = miniMap.nodes[1]!;
    const corner: MapLayout = {
      ...miniMap,
      edges: [
        {
          ...miniMap.edges[0]!,
          points: [
            { x: a.x - 5, y: a.y + 5 },
            { x: a.x + 5, y: a.y - 5 + 10 },
          ],
        },
      ],
    };
    expect(crossings(corner)).toHaveLength(1);
  });
});

describe('branch layout', () => {
  it('keeps every node and edge of the graph, with its data', () => {
    for (const [graph, map] of [
      [mini, miniMap],
      [salamatGraph, salamatMap],
    ] as const) {
      expect(map.nodes.map((n) => [n.id, n.label, n.kind, n.ending])).toEqual(
        graph.nodes.map((n) => [n.id, n.label, n.kind, n.ending]),
      );
      expect(
        map.edges.map((e) => [e.id, e.from, e.to, e.label, e.source, e.value, e.tone, e.critical, e.contested]),
      ).toEqual(
        graph.edges.map((e) => [e.id, e.from, e.to, e.label, e.source, e.value, e.tone, e.critical, e.contested]),
      );
    }
  });

  it('lays out top to bottom: the start above everything, each ending below the passage that leads to it', () => {
    const byId = new Map(salamatMap.nodes.map((n) => [n.id, n]));
    const start = salamatMap.nodes.find((n) => n.kind === 'start')!;
    for (const n of salamatMap.nodes) if (n !== start) expect(n.y, n.id).toBeGreaterThan(start.y);
    for (const e of salamatMap.edges.filter((e) => byId.get(e.to)!.kind === 'ending')) {
      expect(byId.get(e.to)!.y, e.to).toBeGreaterThan(byId.get(e.from)!.y);
    }
  });

  it('is part of a loaded scenario only when it has no errors', () => {
    const { rubric } = loadRubric(ROOT, join(ROOT, 'test/fixtures/rubric'));
    const loaded = loadScenario(ROOT, join(ROOT, 'test/fixtures/stories'), 'mini', rubric);
    expect(loaded.map?.nodes.map((n) => n.id).sort()).toEqual(miniMap.nodes.map((n) => n.id).sort());
    const broken = loadScenario(
      ROOT,
      join(ROOT, 'test/fixtures/broken-stories'),
      listFirst(join(ROOT, 'test/fixtures/broken-stories')),
      rubric,
    );
    expect(broken.json).toBeNull();
    expect(broken.map).toBeNull();
  });
});

function listFirst(dir: string): string {
  const slug = readdirSync(dir)
    .sort()
    .find((name) => existsSync(join(dir, name, 'scenario.yaml')));
  if (!slug) throw new Error(`no scenario under ${dir}`);
  return slug;
}
