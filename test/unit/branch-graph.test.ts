/** The branch graph: what the story passes through, the options between, and the paths traced over it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBranchGraph, choicePointId, NODE_LINE_MAX, type BranchGraph } from '../../src/engine/branch-graph.ts';
import { optionEdges, tracePath } from '../../src/engine/branch-map.ts';
import { START_NODE } from '../../src/engine/compiled-knots.ts';
import { explore } from '../../src/engine/explore.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { compileInk } from '../../src/pipeline/compile-ink.ts';
import { bundleFromInk, fixtureBundle, ROOT } from '../support/fixture-bundle.ts';

const MINI_INK = join(ROOT, 'test/fixtures/stories/mini/main.ink');
const SALAMAT_INK = join(ROOT, 'stories/salamat-last-session/main.ink');

/**
 * What an author can read off the .ink source without running it: the knots and stitches declared, and each
 * `#ending:` title with the knot or stitch it is written in.
 */
function readSource(path: string) {
  const passages: string[] = [];
  const endings: { at: string; title: string }[] = [];
  let knot: string | null = null;
  let at: string = START_NODE;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\/\/.*$/, '');
    const k = /^\s*={2,}\s*(function\s+)?(\w+)/.exec(line);
    const s = !k && /^\s*=\s*(\w+)/.exec(line);
    if (k) {
      knot = k[1] ? null : k[2]!;
      if (knot) passages.push((at = knot));
    } else if (s && knot) {
      passages.push((at = `${knot}.${s[1]}`));
    }
    const ending = /#\s*ending\s*:\s*([^#\n]+)/.exec(line);
    if (ending) endings.push({ at, title: ending[1]!.trim() });
  }
  return { passages, endings };
}

function compiled(path: string): string {
  const c = compileInk(path, ROOT);
  if (!c.json) throw new Error(`${path} did not compile`);
  return c.json;
}

function optionsOffered(json: string | object, strategy: 'all' | 'cover') {
  const run = explore(json, { strategy });
  return new Map(run.paths.flatMap((p) => p.offered.flat()).map((o) => [o.source, o.text]));
}

function expectWellFormed(graph: BranchGraph) {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  for (const e of graph.edges) {
    expect(ids.has(e.from), `${e.id} from ${e.from}`).toBe(true);
    expect(ids.has(e.to), `${e.id} to ${e.to}`).toBe(true);
  }
  const keys = graph.edges.map((e) => `${e.from}|${e.to}|${e.source}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  expect(graph.nodes.filter((n) => n.kind === 'start').map((n) => n.id)).toEqual([START_NODE]);
}

/** Plays a story choosing `pick(point, count)` at each choice point; returns the sources chosen and the ending. */
function play(json: string | object, pick: (point: number, count: number) => number) {
  const runner = new StoryRunner(json);
  const sources: string[] = [];
  for (let step = runner.step(); ; step = runner.step()) {
    if (step.ended) return { sources, ending: step.ending };
    const option = step.options[pick(sources.length, step.options.length)]!;
    sources.push(option.source);
    runner.choose(option.index);
  }
}

describe('buildBranchGraph on the mini fixture', () => {
  const bundle = fixtureBundle();
  const graph = buildBranchGraph(bundle.ink as object);
  const source = readSource(MINI_INK);
  const edgeFor = (text: string) => {
    const found = graph.edges.filter((e) => e.label === text);
    expect(found, text).toHaveLength(1);
    return found[0]!;
  };

  it('is well formed, complete and deterministic', () => {
    expectWellFormed(graph);
    expect(graph.truncated).toBe(false);
    expect(graph.errors).toBe(0);
    expect(buildBranchGraph(bundle.ink as object)).toEqual(graph);
  });

  it('has a node for every knot the story visits', () => {
    expect(source.passages).toEqual(['gift', 'invite', 'close', 'ending_good', 'ending_bad']);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([START_NODE, ...source.passages].sort());
  });

  it('marks both endings, with their titles', () => {
    expect(source.endings).toEqual([
      { at: 'ending_good', title: 'Opened up' },
      { at: 'ending_bad', title: 'Withdrew' },
    ]);
    const endings = graph.nodes.filter((n) => n.kind === 'ending').map((n) => ({ at: n.id, title: n.ending }));
    expect(endings.sort((a, b) => a.at.localeCompare(b.at))).toEqual(
      [...source.endings].sort((a, b) => a.at.localeCompare(b.at)),
    );
    expect(
      graph.nodes
        .filter((n) => n.kind === 'passage')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['close', 'gift', 'invite']);
  });

  it('has an edge, with its source, for every option offered on any path', () => {
    const offered = optionsOffered(bundle.ink as object, 'all');
    expect(offered.size).toBe(8);
    for (const [src, text] of offered) {
      const edges = graph.edges.filter((e) => e.source === src);
      expect(edges.length, text).toBeGreaterThan(0);
      for (const e of edges) expect(e.label).toBe(text);
    }
    expect(graph.edges.filter((e) => e.kind === 'choice')).toHaveLength(8);
  });

  it('runs each option from where it is offered to where the story next offers a choice or ends', () => {
    // As written in the fixture: the gift's options gather and divert to the invitation, the invitation's to
    // the close, and the close's two options each divert to an ending.
    for (const text of ['Ask what it means to her', 'Accept it quickly', 'Refuse it'])
      expect(edgeFor(text)).toMatchObject({ from: 'gift', to: 'invite' });
    for (const text of ['Explain your role kindly', 'Say yes', 'Change the subject'])
      expect(edgeFor(text)).toMatchObject({ from: 'invite', to: 'close' });
    expect(edgeFor('Summarise the session')).toMatchObject({ from: 'close', to: 'ending_good' });
    expect(edgeFor('End abruptly')).toMatchObject({ from: 'close', to: 'ending_bad' });
    // The top-level content diverts to the first knot without a choice.
    expect(graph.edges.filter((e) => e.kind === 'divert').map((e) => [e.from, e.to, e.label, e.source])).toEqual([
      [START_NODE, 'gift', '', null],
    ]);
  });

  it("carries each option's rubric values, critical and contested flags and tone", () => {
    expect(edgeFor('Ask what it means to her')).toMatchObject({
      value: 3,
      values: { 'boundaries.gifts': 2, 'trust.active-listening': 1 },
      critical: null,
      contested: false,
      tone: 'positive',
    });
    expect(edgeFor('Refuse it')).toMatchObject({ value: -3, tone: 'negative' });
    expect(edgeFor('Say yes')).toMatchObject({ value: -2, critical: 'dual-relationship', tone: 'critical' });
    expect(edgeFor('Change the subject')).toMatchObject({ value: -1, contested: true, tone: 'negative' });
  });

  it('traces a play-through over the map: the chosen edges in order, with the diverts between', () => {
    const byText = (t: string) => graph.edges.find((e) => e.label === t)!.source!;
    const taken = [byText('Refuse it'), byText('Say yes'), byText('End abruptly')];
    const path = tracePath(graph, taken, 'Withdrew').map((id) => graph.edges.find((e) => e.id === id)!);
    expect(path.map((e) => [e.from, e.to])).toEqual([
      [START_NODE, 'gift'],
      ['gift', 'invite'],
      ['invite', 'close'],
      ['close', 'ending_bad'],
    ]);
    const best = [
      byText('Ask what it means to her'),
      byText('Explain your role kindly'),
      byText('Summarise the session'),
    ];
    const strongest = optionEdges(graph, taken, best, 'Withdrew').map(
      (id) => graph.edges.find((e) => e.id === id)!.label,
    );
    expect(strongest.sort()).toEqual(['Ask what it means to her', 'Explain your role kindly', 'Summarise the session']);
  });
});

describe('buildBranchGraph on passages entered without a choice', () => {
  const ink = `
-> a
=== a ===
Hello.
* [Go straight to the stitch] -> b.s
* [Go by the corridor] -> c
=== b ===
Only the stitch runs.
-> END
= s
In the stitch {double(2)}. #ending:Stitch end
-> END
=== c ===
~ temp x = double(1)
-> d
=== d ===
Passing through.
-> e
=== e ===
* [Leave] -> f
=== f ===
Gone. #ending:Corridor end
-> END
=== function double(n) ===
~ return n * 2
`;
  const graph = buildBranchGraph(bundleFromInk(ink).ink as object);

  it('chains the diverts after the choice, leaves out functions and knots only passed on the way to a stitch', () => {
    expectWellFormed(graph);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([START_NODE, 'a', 'b.s', 'c', 'd', 'e', 'f'].sort());
    const edges = graph.edges.map((e) => [e.from, e.to, e.label]);
    expect(edges).toEqual(
      expect.arrayContaining([
        [START_NODE, 'a', ''],
        ['a', 'b.s', 'Go straight to the stitch'],
        ['a', 'c', 'Go by the corridor'],
        ['c', 'd', ''],
        ['d', 'e', ''],
        ['e', 'f', 'Leave'],
      ]),
    );
    expect(edges).toHaveLength(6);
    expect(
      graph.nodes
        .filter((n) => n.kind === 'ending')
        .map((n) => [n.id, n.ending])
        .sort(),
    ).toEqual([
      ['b.s', 'Stitch end'],
      ['f', 'Corridor end'],
    ]);
  });

  it('the runner reports where the story is (position), as the graph reads it', () => {
    const runner = new StoryRunner(bundleFromInk(ink).ink as object);
    runner.step();
    expect(runner.position()?.split('.')[0]).toBe('a');
    runner.choose(1);
    runner.step();
    expect(runner.position()?.split('.')[0]).toBe('e');
    runner.choose(0);
    expect(runner.step().ended).toBe(true);
    expect(runner.position()).toBeNull();
  });
});

describe('buildBranchGraph on salamat-last-session', () => {
  const json = compiled(SALAMAT_INK);
  const source = readSource(SALAMAT_INK);
  const started = performance.now();
  const graph = buildBranchGraph(json);
  const elapsed = performance.now() - started;
  const node = (id: string) => graph.nodes.find((n) => n.id === id);

  it('builds in bounded time without hitting its bounds', () => {
    expect(elapsed).toBeLessThan(15_000);
    expect(graph.truncated).toBe(false);
    expect(graph.errors).toBe(0);
    expectWellFormed(graph);
  });

  it('has every #ending: title in the file as an ending node, in the stitch that prints it', () => {
    expect(source.endings.length).toBeGreaterThanOrEqual(5);
    for (const { at, title } of source.endings)
      expect(node(at), title).toMatchObject({ kind: 'ending', ending: title });
    expect(graph.nodes.filter((n) => n.kind === 'ending')).toHaveLength(source.endings.length);
  });

  it('has a node for every knot and stitch declared, and nothing else but the start', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([START_NODE, ...source.passages].sort());
  });

  it('has an edge, with its source, for every option offered', () => {
    const offered = optionsOffered(json, 'cover');
    expect(offered.size).toBeGreaterThan(40);
    for (const [src, text] of offered)
      expect(
        graph.edges.some((e) => e.source === src),
        text,
      ).toBe(true);
  });

  it('shows the passages the story moves through on its own as diverts', () => {
    // main.ink: `= gift_rupture` diverts on the `gift` variable to declined, quick or brushed; `=== ending ===`
    // diverts on the alliance to one of its five ending stitches.
    const divertsFrom = (id: string) =>
      graph.edges
        .filter((e) => e.from === id && e.kind === 'divert')
        .map((e) => e.to)
        .sort();
    expect(divertsFrom('the_gift.gift_rupture')).toEqual(['the_gift.brushed', 'the_gift.declined', 'the_gift.quick']);
    expect(divertsFrom('ending')).toEqual(source.endings.map((e) => e.at).sort());
    expect(
      graph.edges
        .filter((e) => e.to === 'the_gift.gift_rupture')
        .every((e) => e.kind === 'choice' && e.from === 'the_gift'),
    ).toBe(true);
    expect(graph.edges.filter((e) => e.to === 'ending').length).toBeGreaterThan(4);
  });

  it('traces real play-throughs as connected walks from the start to the ending reached', () => {
    const byId = new Map(graph.edges.map((e) => [e.id, e]));
    const picks: ((point: number, count: number) => number)[] = [
      () => 0,
      (_, n) => n - 1,
      (p, n) => p % n,
      (p, n) => (p * 3 + 1) % n,
      (p, n) => (p * 7 + 2) % n,
    ];
    for (const pick of picks) {
      const { sources, ending } = play(json, pick);
      const path = tracePath(graph, sources, ending).map((id) => byId.get(id)!);
      expect(path[0]!.from).toBe(START_NODE);
      for (let i = 1; i < path.length; i++) expect(path[i]!.from).toBe(path[i - 1]!.to);
      expect(path.filter((e) => e.kind === 'choice').map((e) => e.source)).toEqual(sources);
      expect(graph.nodes.find((n) => n.id === path[path.length - 1]!.to)).toMatchObject({ kind: 'ending', ending });
    }
  });
});

describe('names for people, not ink paths', () => {
  const ink = `
-> opening
=== opening ===
Hello. #speaker:Dana
I made you this. #speaker:Dana
* [Thank her] -> gift
* [Ask about it] -> gift
=== gift ===
#title:The gift is offered
She holds it out. #cue
* [Take it] -> hub
* [Decline it] -> hub
=== hub ===
{ RANDOM(0, 1): -> quiet | -> quiet }
=== quiet ===
She looks down. #cue
Fine. #speaker:Dana
* [Wait] -> done
=== done ===
Goodbye. #speaker:Dana #ending:Parted
-> END
`;
  const graph = buildBranchGraph(bundleFromInk(ink).ink as object);
  const label = (id: string) => graph.nodes.find((n) => n.id === id)!.label;

  it('names a passage by its #title:, else by the line said before its choice, else by its ink name made readable', () => {
    expect(label('gift')).toBe('The gift is offered');
    // The last line said before the options, not the first line of the passage nor a cue.
    expect(label('opening')).toBe('“I made you this.”');
    expect(label('quiet')).toBe('“Fine.”');
    // A passage the story only passes through, with nothing said in it.
    expect(label('hub')).toBe('hub');
    expect(label(START_NODE)).toBe('Start');
  });

  it('names every choice point by where its options are written, its passage, the line before it and any title', () => {
    expect(graph.points.map((p) => [p.node, p.line, p.title])).toEqual([
      ['opening', 'I made you this.', null],
      ['gift', 'She holds it out.', 'The gift is offered'],
      ['quiet', 'Fine.', null],
    ]);
    for (const p of graph.points) {
      const options = graph.edges.filter((e) => e.from === p.node && e.source).map((e) => ({ source: e.source! }));
      expect(p.id).toBe(choicePointId(options));
    }
  });

  it('shortens a long line to fit the box, in quotation marks', () => {
    const long = buildBranchGraph(
      bundleFromInk(
        `-> a\n=== a ===\n${'Word '.repeat(30)}end. #speaker:Dana\n* [Go] -> b\n=== b ===\nBye. #ending:E\n-> END\n`,
      ).ink as object,
    );
    const name = long.nodes.find((n) => n.id === 'a')!.label;
    expect(name.startsWith('“Word Word')).toBe(true);
    expect(name.endsWith('…”')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(NODE_LINE_MAX + 2);
  });
});
