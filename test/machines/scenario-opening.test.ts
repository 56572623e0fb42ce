/**
 * The player's opening (scenario-opening.ts) reaches the context the scenario machine reaches by the same events, and
 * the machine goes on from it: the briefing, beginning, a choice made while the story loads, the first choice in
 * each mode, and the hand-over to the machine by `resolveState`.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { openingOf, openingSeed, seedShowing } from '../../src/engine/first-point.ts';
import { orderOptions } from '../../src/engine/option-order.ts';
import { memoryProgressStore, type Mode } from '../../src/machines/progress-store.ts';
import type { AttemptRecorder, AttemptStart } from '../../src/machines/recorder.ts';
import { createScenarioMachine } from '../../src/machines/scenario-machine.ts';
import { ScenarioOpening, type ViewSnapshot } from '../../src/machines/scenario-opening.ts';
import { scenarioActor } from '../../src/components/player-play.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

const bundle = fixtureBundle();
const opening = openingOf(bundle)!;
/** The first options in the story's own order (ink's index), as the runner offers them. */
const inStoryOrder = () => [...opening.options].sort((a, b) => a.index - b.index).map((o) => ({ ...o, evidence: {} }));
const NOW = new Date('2026-12-01T10:00:00Z');

/** A context with ink's random story seed (drawn by every new Story, used by no scenario) set aside. */
const same = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value).replace(/\\"storySeed\\":\d+/g, 'storySeed'));

function recorder() {
  const calls: unknown[] = [];
  const r: AttemptRecorder = {
    start: (a: AttemptStart) => void calls.push(['start', a]),
    choice: (id, c) => void calls.push(['choice', id, c]),
    complete: (id, text) => void calls.push(['complete', id, text]),
  };
  return { r, calls };
}

/** An opening with ids attempt-1, attempt-2, … (the seed is drawn among them). */
function open(mode: Mode = 'practice') {
  let n = 0;
  const store = memoryProgressStore();
  const rec = recorder();
  const seen: ViewSnapshot[] = [];
  const o = new ScenarioOpening({ slug: 'mini', mode }, opening, {
    store,
    recorder: rec.r,
    now: () => NOW,
    newId: () => `attempt-${++n}`,
    onchange: (s) => seen.push(s),
  });
  return { o, store, rec, seen };
}

/** The machine, begun with the attempt id and seed the opening drew. */
async function machineLike(o: ScenarioOpening, mode: Mode) {
  const ids = [o.snapshot.context.attemptId, o.snapshot.context.seed!];
  const store = memoryProgressStore();
  const rec = recorder();
  const machine = createScenarioMachine({
    loadBundle: async () => structuredClone(bundle),
    store,
    recorder: rec.r,
    now: () => NOW,
    newId: () => ids.shift()!,
  });
  const actor = createActor(machine, { input: { slug: 'mini', mode } });
  actor.start();
  await waitFor(actor, (s) => s.matches('briefing'));
  actor.send({ type: 'briefing.start', mode });
  return { actor, store, rec };
}

describe('the first point ahead of time (engine/first-point.ts)', () => {
  it('is the story up to its first choice, in the order of the version seed', () => {
    expect(opening.hash).toBe(bundle.hash);
    expect(opening.lines.length).toBeGreaterThan(0);
    expect(opening.options.length).toBeGreaterThanOrEqual(2);
    expect(opening.options.map((o) => o.source)).toEqual(
      orderOptions(inStoryOrder(), openingSeed(bundle.hash), 0).map((o) => o.source),
    );
    expect(opening.focus.length).toBe(bundle.meta.focus.length);
  });

  it('draws a seed that shows the first point in the page order, and differs between attempts', () => {
    const shown = opening.options.map((o) => o.source);
    let n = 0;
    const seeds = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const seed = seedShowing(opening.options, shown, false, () => `s-${++n}`)!;
      expect(orderOptions(inStoryOrder(), seed, 0).map((o) => o.source)).toEqual(shown);
      seeds.add(seed);
    }
    expect(seeds.size).toBe(20);
    // Later points are ordered by the seed itself, so two attempts' second points need not agree.
    expect(seedShowing(opening.options, [...shown].reverse(), false, () => 'never', 50)).toBeNull();
  });
});

describe('scenario opening', () => {
  for (const mode of ['practice', 'assessment'] as const) {
    it(`reaches the machine's context in ${mode} mode: begin, then the first choice`, async () => {
      const { o, store, rec } = open(mode);
      expect(o.loaded(structuredClone(bundle))).toBe(true);
      expect(o.send({ type: 'briefing.start', mode })).toBe(true);
      expect(o.snapshot.matches({ playing: 'awaitingChoice' })).toBe(true);
      // The first point is the page's, in the page's order.
      expect(o.snapshot.context.options.map((x) => x.source)).toEqual(opening.options.map((x) => x.source));
      const m = await machineLike(o, mode);
      expect(same(o.snapshot.context)).toEqual(same(m.actor.getSnapshot().context));

      const index = opening.options[1]!.index;
      expect(o.send({ type: 'choice.select', index })).toBe(true);
      m.actor.send({ type: 'choice.select', index });
      expect(o.snapshot.value).toEqual(m.actor.getSnapshot().value);
      expect(same(o.snapshot.context)).toEqual(same(m.actor.getSnapshot().context));
      expect(o.done).toBe(true);
      expect(same(store.entries.get('mini'))).toEqual(same(m.store.entries.get('mini')));
      expect(rec.calls).toEqual(m.rec.calls);
      // Anything after the first choice is the machine's.
      expect(o.send({ type: 'feedback.continue' })).toBe(false);
    });
  }

  it('keeps a choice made while the story loads and makes it once the story is ready', async () => {
    const { o, store } = open('assessment');
    o.send({ type: 'briefing.start', mode: 'assessment' });
    // Shown from the page: its lines and options, nothing saved yet (there is no story state to save).
    expect(o.snapshot.matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(o.snapshot.context.transcript.map((e) => (e.kind === 'line' ? e.line.text : ''))).toEqual(
      opening.lines.map((l) => l.text),
    );
    expect(store.entries.has('mini')).toBe(false);
    const index = opening.options[2]!.index;
    o.send({ type: 'choice.select', index });
    o.send({ type: 'choice.select', index: opening.options[0]!.index }); // a second click waits behind the first
    expect(o.heldIndex).toBe(index);
    expect(o.snapshot.context.points).toHaveLength(0);
    o.loaded(structuredClone(bundle));
    expect(o.holding).toBe(false);
    expect(o.snapshot.context.points).toHaveLength(1);
    expect(o.snapshot.context.points[0]!.options[o.snapshot.context.points[0]!.chosen]!.index).toBe(index);
    const m = await machineLike(o, 'assessment');
    m.actor.send({ type: 'choice.select', index });
    expect(same(o.snapshot.context)).toEqual(same(m.actor.getSnapshot().context));
  });

  it('leaves respond-first, a stale bundle and unknown events to the machine', () => {
    const { o } = open();
    expect(o.send({ type: 'briefing.start', style: 'respond-first' })).toBe(false);
    expect(o.send({ type: 'scenario.stepOut' })).toBe(false);
    expect(o.loaded({ ...structuredClone(bundle), hash: 'another-version' })).toBe(false);
    expect(o.runner).toBeNull();
  });

  it('says when the bundle fails, and goes back to where it was on a retry', () => {
    const { o } = open();
    o.send({ type: 'briefing.start' });
    o.failed(new Error('offline'));
    expect(o.snapshot.matches('loadFailed')).toBe(true);
    expect(o.snapshot.context.error).toMatch(/offline/);
    o.retrying();
    expect(o.snapshot.matches({ playing: 'awaitingChoice' })).toBe(true);
    o.loaded(structuredClone(bundle));
    expect(o.snapshot.context.ink).not.toBeNull();
  });

  it('hands over to the machine, which plays on from the same state and context', async () => {
    const { o, store } = open('assessment');
    o.loaded(structuredClone(bundle));
    o.send({ type: 'briefing.start', mode: 'assessment' });
    o.send({ type: 'choice.select', index: opening.options[0]!.index });
    const actor = scenarioActor(
      { loadBundle: async () => structuredClone(bundle), store, runner: o.runner!, now: () => NOW },
      { slug: 'mini', mode: 'assessment' },
      { value: o.snapshot.value, context: o.snapshot.context },
    );
    actor.start();
    expect(actor.getSnapshot().value).toEqual(o.snapshot.value);
    expect(actor.getSnapshot().context).toEqual(o.snapshot.context);
    for (let i = 0; i < 10 && actor.getSnapshot().matches({ playing: 'awaitingChoice' }); i++)
      actor.send({ type: 'choice.select', index: actor.getSnapshot().context.options[0]!.index });
    expect(actor.getSnapshot().matches('reflection')).toBe(true);
    expect(store.entries.get('mini')?.phase).toBe('reflection');
  });
});
