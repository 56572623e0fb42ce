/** What the branch map component shows, worked out from a small map drawn by hand (src/lib/branch-map-view.ts). */
import { describe, expect, it } from 'vitest';
import { MAP_TEXT, type MapEdge, type MapLayout, type MapNode } from '../../src/engine/branch-map.ts';
import { START_NODE } from '../../src/engine/compiled-knots.ts';
import {
  countEdges,
  countLabel,
  countWords,
  countY,
  DIVERT_STYLE,
  edgeLineY,
  edgeStyle,
  mapView,
  mapWidths,
  markerUrl,
  nodeHeading,
  nodeLineY,
  scrollLeftFor,
  STEP_FONT,
  svgPath,
  TONE_STYLES,
  toneWords,
} from '../../src/lib/branch-map-view.ts';

const node = (id: string, label: string, kind: MapNode['kind'] = 'passage', ending: string | null = null): MapNode => ({
  id,
  label,
  kind,
  ending,
  x: 0,
  y: 0,
  width: 80,
  height: 30,
});
const edge = (
  id: string,
  from: string,
  to: string,
  source: string | null,
  label = '',
  tone: MapEdge['tone'] = null,
  value = 0,
): MapEdge => ({
  id,
  from,
  to,
  label,
  source,
  value,
  tone,
  critical: tone === 'critical' ? 'dual-relationship' : null,
  contested: false,
  points: [
    { x: 0, y: 0 },
    { x: 0, y: 10 },
  ],
  labelAt: label ? { x: 0, y: 5 } : null,
});

/**
 * Start offers "Ask" (to b, which moves on to a without a choice) and "Befriend" (to the untitled ending); a offers
 * "Advise" (to the ending "Good") and "Wait", which leads to the untitled ending in one play and to "Good" in another.
 */
const layout: MapLayout = {
  width: 400,
  height: 300,
  nodes: [
    node(START_NODE, 'Start', 'start'),
    node('b', 'b'),
    node('a', 'the room'),
    node('e1', 'e1', 'ending', 'Good'),
    node('e2', 'bad end', 'ending'),
  ],
  edges: [
    edge('c1', START_NODE, 'b', 's.0', 'Ask', 'positive', 3),
    edge('c2', START_NODE, 'e2', 's.1', 'Befriend', 'critical', -2),
    edge('d1', 'b', 'a', null),
    edge('c3', 'a', 'e1', 'a.0', 'Advise', 'negative', -1),
    edge('c4', 'a', 'e2', 'a.1', 'Wait', 'mixed', 0),
    edge('c5', 'a', 'e1', 'a.1', 'Wait', 'mixed', 0),
  ],
};
const byId = (id: string) => layout.edges.find((e) => e.id === id)!;

describe('the map as a table', () => {
  const view = mapView(layout, {
    title: 'T',
    taken: [],
    best: [],
    ending: null,
    counts: { 's.0': { chosen: 3, share: 0.75 } },
  });

  it('has one row per arrow, grouped by the passage it leaves, in words', () => {
    expect(view.rows.map((r) => r.edge.id)).toEqual(['c1', 'c2', 'd1', 'c3', 'c4', 'c5']);
    expect(view.rows[0]).toMatchObject({
      from: 'Start',
      option: '“Ask”',
      to: 'b',
      reads: 'helps (+3)',
      count: '3 (75%)',
    });
    expect(view.rows[1]).toMatchObject({
      to: 'the ending “bad end”',
      reads: 'crosses an ethics line (dual relationship)',
      count: '–',
    });
    expect(view.rows[2]).toMatchObject({ from: 'b', option: 'The story moves on by itself', reads: 'no choice' });
  });
});

describe('the branch map view', () => {
  const played = mapView(layout, { title: 'T', taken: ['s.0', 'a.1'], best: ['s.0', 'a.0'], ending: null });

  it('follows the path through the divert between the two choices and numbers the choices only', () => {
    expect(played.pathEdges).toEqual(['c1', 'd1', 'c4']);
    expect([...played.onPath]).toEqual(played.pathEdges);
    expect([...played.choiceNumber]).toEqual([
      ['c1', 1],
      ['c4', 2],
    ]);
    expect(played.pathNodes).toEqual(new Set([START_NODE, 'b', 'a', 'e2']));
    expect(played.firstNode?.id).toBe(START_NODE);
    expect(played.lastNode?.id).toBe('e2');
  });

  it('marks the strongest option at each of the trainee’s points, and says where the trainee chose another', () => {
    expect(played.strongest).toEqual(new Set(['c1', 'c3']));
    expect(played.steps).toEqual([
      { at: 'Start', chose: 'Ask', tone: 'helps (+3)', best: null, isBest: true },
      { at: 'the room', chose: 'Wait', tone: 'mixed or neutral (0)', best: 'Advise', isBest: false },
    ]);
  });

  it('sums the map up, with what is drawn over it', () => {
    expect(played.summary).toBe(
      'Branch map of T: 5 passages, 5 options, 2 endings; your path through 2 choices is drawn over it, with the strongest option at each of your choices. The same map in words follows.',
    );
    const bare = mapView(layout, { title: 'T', taken: [], best: [], ending: null, counts: {} });
    expect(bare.pathEdges).toEqual([]);
    expect(bare.firstNode).toBeUndefined();
    expect(bare.summary).toBe(
      'Branch map of T: 5 passages, 5 options, 2 endings; how often trainees chose each option is drawn over it as a band as wide as its share, with the count. The same map in words follows.',
    );
    const oneEnding = { ...layout, nodes: layout.nodes.filter((n) => n.id !== 'e1') };
    expect(mapView(oneEnding, { title: 'T', taken: [], best: [], ending: null }).summary).toContain(', 1 ending.');
  });

  it('names passages and endings, and lists what leaves a passage', () => {
    expect(played.name('a')).toBe('the room');
    expect(played.name('e1')).toBe('the ending “Good”');
    expect(played.name('e2')).toBe('the ending “bad end”');
    expect(played.name('nowhere')).toBe('nowhere');
    expect(played.edgesFrom('a').map((e) => e.id)).toEqual(['c3', 'c4', 'c5']);
    expect(nodeHeading(layout.nodes[3]!)).toBe('Ending: Good');
    expect(nodeHeading(layout.nodes[4]!)).toBe('Ending: bad end');
    expect(nodeHeading(layout.nodes[2]!)).toBe('the room');
  });

  it('puts each counted option’s count on its first edge only', () => {
    const counts = {
      'a.1': { chosen: 3, share: 0.5 },
      's.1': { chosen: 1, share: 0.25 },
      unknown: { chosen: 9, share: 1 },
    };
    expect([...countEdges(layout, counts)]).toEqual([
      ['c2', counts['s.1']],
      ['c4', counts['a.1']],
    ]);
    expect(countEdges(layout, undefined).size).toBe(0);
    expect(countWords(byId('c4'), counts)).toBe('; chosen 3 times (50% at its point)');
    expect(countWords(byId('c2'), counts)).toBe('; chosen 1 time (25% at its point)');
    expect(countWords(byId('d1'), counts)).toBe('');
    expect(countWords(byId('c4'), undefined)).toBe('');
    expect(countLabel({ chosen: 12, share: 0.4 })).toBe('12× (40%)');
  });

  it('words each tone with the option’s sum', () => {
    expect(toneWords(byId('c2'))).toBe('crosses an ethics line (dual relationship)');
    expect(toneWords(byId('c3'))).toBe('hurts (-1)');
    expect(toneWords(byId('c1'))).toBe('helps (+3)');
    expect(toneWords(byId('c4'))).toBe('mixed or neutral (0)');
  });

  it('styles a choice by its tone and a divert as a divert, with the matching arrowhead', () => {
    expect(edgeStyle(byId('c2'))).toBe(TONE_STYLES.critical);
    expect(edgeStyle(byId('d1'))).toBe(DIVERT_STYLE);
    expect(markerUrl(byId('c3'), 'review-map')).toBe('url(#review-map-arrow-negative)');
    expect(markerUrl(byId('d1'), 'review-map')).toBe('url(#review-map-arrow-divert)');
    expect(
      svgPath([
        { x: 1, y: 2 },
        { x: 3, y: 4 },
        { x: 5, y: 6 },
      ]),
    ).toBe('M1,2 L3,4 L5,6');
    // A line broken at its label: the segment from the second point to the third is not drawn.
    expect(
      svgPath(
        [
          { x: 1, y: 2 },
          { x: 1, y: 4 },
          { x: 1, y: 9 },
          { x: 5, y: 12 },
        ],
        1,
      ),
    ).toBe('M1,2 L1,4 M1,9 L5,12');
  });

  it('centres lines of text in a box and on a label, with the count below the label', () => {
    const box = { y: 100, height: 40 };
    expect(nodeLineY(box, 1, 0)).toBe(120);
    expect([0, 1, 2].map((i) => nodeLineY(box, 3, i))).toEqual([
      120 - MAP_TEXT.lineHeight,
      120,
      120 + MAP_TEXT.lineHeight,
    ]);
    const at = { x: 0, y: 50 };
    expect(edgeLineY(at, 2, 0) + edgeLineY(at, 2, 1)).toBe(2 * at.y);
    expect(edgeLineY(at, 2, 1) - edgeLineY(at, 2, 0)).toBe(MAP_TEXT.edgeLineHeight);
    for (const lines of [1, 2, 3]) {
      expect(countY(at, lines) - edgeLineY(at, lines, lines - 1)).toBeGreaterThanOrEqual(MAP_TEXT.edgeLineHeight);
    }
  });

  it('sizes the drawing from the map and scrolls a wide one to the path’s start, never before the left edge', () => {
    // Never drawn below its own size, so no text is smaller than MAP_TEXT says; wider than 600 px, it scrolls.
    expect(mapWidths({ width: 1000 })).toEqual({ min: 1000, max: 1150, scrolls: true });
    expect(mapWidths({ width: 600 }).scrolls).toBe(false);
    expect(Math.min(MAP_TEXT.fontSize, MAP_TEXT.edgeFontSize, STEP_FONT)).toBeGreaterThanOrEqual(12);
    // Drawn at twice its size in a 400 px view: the node's middle (950) lands at 1900, minus half the view.
    expect(scrollLeftFor({ x: 900, width: 100 }, 1000, 2000, 400)).toBe(1700);
    expect(scrollLeftFor({ x: 10, width: 100 }, 1000, 2000, 400)).toBe(0);
  });
});
