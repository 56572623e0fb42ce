/**
 * The player's opening (scenario-opening.ts) reaches the context the scenario machine reaches by the same events, and
 * the machine goes on from it: beginning and the first choice with the story loaded, the same answered from the page
 * before the story loads (and made whole once it does), a save made before the story loads resumed by the machine,
 * and the hand-over to the machine by `resolveState`.
 */
import { describe, expect, it, vi } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { openingSeed, pageAnswerOptions, seedShowing } from '../../src/engine/first-point.ts';
import { openingFor, openingOf } from '../../src/engine/first-point-run.ts';
import { orderOptions } from '../../src/engine/option-order.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { memoryProgressStore, type Mode } from '../../src/machines/progress-store.ts';
import type { AttemptRecorder, AttemptStart } from '../../src/machines/recorder.ts';
import { createScenarioMachine } from '../../src/machines/scenario-machine.ts';
import { ScenarioOpening, type ViewSnapshot } from '../../src/machines/scenario-opening.ts';
import { scenarioActor } from '../../src/components/player-play.ts';
import { fixtureBundle, libraryBundle } from '../support/fixture-bundle.ts';

const bundle = fixtureBundle();
const opening = openingOf(bundle)!;
const NOW = new Date('2026-12-01T10:00:00Z');
/** The first options in the story's own order (ink's index), as the runner offers them. */
const inStoryOrder = () => [...opening.options].sort((a, b) => a.index - b.index);
/** A value with ink's random story seed (drawn by every new Story, used by no scenario) set aside. */
const same = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value ?? null).replace(/\\"storySeed\\":\d+/g, 'storySeed'));

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
  const load = () => {
    expect(o.bundleArrived(structuredClone(bundle))).toBe(true);
    o.storyReady(new StoryRunner(bundle.ink as object));
  };
  return { o, store, rec, seen, load };
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

describe('the opening worked out ahead (engine/first-point.ts, first-point-run.ts)', () => {
  it('is the story up to its first choice, in the order of the version seed, with every first answer', () => {
    expect(opening.hash).toBe(bundle.hash);
    expect(opening.lines.length).toBeGreaterThan(0);
    expect(opening.options.map((o) => o.source)).toEqual(
      orderOptions(inStoryOrder(), openingSeed(bundle.hash), 0).map((o) => o.source),
    );
    expect(opening.focus).toHaveLength(bundle.meta.focus.length);
    for (const o of opening.options) {
      const runner = new StoryRunner(bundle.ink as object);
      runner.step();
      runner.choose(o.index);
      const next = runner.step();
      expect(opening.answers[o.index]!.lines).toEqual(next.lines);
      expect(opening.answers[o.index]!.options.map((x) => x.text)).toEqual(next.options.map((x) => x.text));
    }
  });

  it('carries no evidence on a sealed page', () => {
    const sealed = openingFor(bundle, true)!;
    expect(sealed.options.every((o) => o.evidence.rubric.length === 0 && o.evidence.feedback === null)).toBe(true);
    expect(opening.options.some((o) => o.evidence.rubric.length > 0)).toBe(true);
    expect(openingFor(bundle, true)).toBe(sealed);
  });

  it('draws a seed that shows the first point in the page order, and a new one for each attempt', () => {
    const shown = opening.options.map((o) => o.source);
    let n = 0;
    const seeds = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const seed = seedShowing([{ options: opening.options, shown, fixed: false }], () => `s-${++n}`)!;
      expect(orderOptions(inStoryOrder(), seed, 0).map((o) => o.source)).toEqual(shown);
      seeds.add(seed);
    }
    expect(seeds.size).toBe(20);
    // One seed that never shows the order: gives up, with null.
    const never = orderOptions(inStoryOrder(), 'x', 0).map((o) => o.source);
    const other = shown.join() === never.join() ? [...shown].reverse() : shown;
    expect(seedShowing([{ options: opening.options, shown: other, fixed: false }], () => 'x', 50)).toBeNull();
  });
});

describe('scenario opening', () => {
  for (const mode of ['practice', 'assessment'] as const) {
    for (const loadedFirst of [true, false]) {
      it(`reaches the machine's context in ${mode} mode, the story loaded ${loadedFirst ? 'first' : 'after the first choice'}`, async () => {
        const { o, store, rec, load } = open(mode);
        if (loadedFirst) load();
        expect(o.send({ type: 'briefing.start', mode })).toBe(true);
        expect(o.snapshot.matches({ playing: 'awaitingChoice' })).toBe(true);
        // The first point is the page's, in the page's order.
        expect(o.snapshot.context.options.map((x) => x.source)).toEqual(opening.options.map((x) => x.source));
        const m = await machineLike(o, mode);
        const index = opening.options[1]!.index;
        expect(o.send({ type: 'choice.select', index })).toBe(true);
        m.actor.send({ type: 'choice.select', index });
        expect(o.snapshot.value).toEqual(m.actor.getSnapshot().value);
        const mine = o.snapshot.context;
        const theirs = m.actor.getSnapshot().context;
        // Answered from the page, the lines and options are the story's; only the ink states wait for it.
        expect(mine.transcript).toEqual(theirs.transcript);
        expect(mine.options.map((x) => x.source)).toEqual(theirs.options.map((x) => x.source));
        if (!loadedFirst) {
          expect(mine.ink).toBeNull();
          load();
        }
        expect(same(o.snapshot.context)).toEqual(same(m.actor.getSnapshot().context));
        expect(same(store.entries.get('mini'))).toEqual(same(m.store.entries.get('mini')));
        expect(rec.calls).toEqual(m.rec.calls);
        // Stepping out, going back and the rest are the machine's.
        expect(o.send({ type: 'scenario.stepOut' })).toBe(false);
        expect(o.send({ type: 'choice.rewind', point: 0 })).toBe(false);
      });
    }
  }

  it('plays whole scenarios the ordinary way exactly as the machine does, every choice and Continue, looking ahead or not', async () => {
    const ahead = vi.spyOn(StoryRunner.prototype, 'chooseAhead');
    for (const slug of ['mini', 'salamat-last-session']) {
      const b = slug === 'mini' ? bundle : libraryBundle(slug);
      const o0 = openingOf(b)!;
      for (const mode of ['practice', 'assessment'] as const) {
        for (let pattern = 0; pattern < 3; pattern++) {
          let n = 0;
          const store = memoryProgressStore();
          const rec = recorder();
          const o = new ScenarioOpening({ slug, mode }, o0, {
            store,
            recorder: rec.r,
            now: () => NOW,
            newId: () => `attempt-${++n}`,
            onchange: () => {},
          });
          o.send({ type: 'briefing.start', mode });
          o.bundleArrived(structuredClone(b));
          o.storyReady(new StoryRunner(b.ink as object));
          const ids = [o.snapshot.context.attemptId, o.snapshot.context.seed!];
          const theirs = memoryProgressStore();
          const theirRec = recorder();
          const machine = createScenarioMachine({
            loadBundle: async () => structuredClone(b),
            store: theirs,
            recorder: theirRec.r,
            now: () => NOW,
            newId: () => ids.shift()!,
          });
          const actor = createActor(machine, { input: { slug, mode } });
          actor.start();
          await waitFor(actor, (s) => s.matches('briefing'));
          actor.send({ type: 'briefing.start', mode });
          for (let k = 0; k < 50; k++) {
            const s = actor.getSnapshot();
            expect(o.snapshot.value).toEqual(s.value);
            expect(same(o.snapshot.context)).toEqual(same(s.context));
            const event = s.matches({ playing: 'feedback' })
              ? ({ type: 'feedback.continue' } as const)
              : s.matches({ playing: 'awaitingChoice' })
                ? ({
                    type: 'choice.select',
                    index: s.context.options[(pattern + k) % s.context.options.length]!.index,
                  } as const)
                : null;
            if (!event) break;
            // On some patterns the opening looks ahead before each event (as the player does while the trainee
            // reads) and the machine does not: the two must stay the same.
            if (pattern !== 1) o.lookAhead();
            expect(o.send(event)).toBe(true);
            actor.send(event);
          }
          expect(actor.getSnapshot().matches('reflection')).toBe(true);
          expect(same(store.entries.get(slug))).toEqual(same(theirs.entries.get(slug)));
          expect(rec.calls).toEqual(theirRec.calls);
        }
      }
    }
    // The look-ahead was taken: choices in assessment play went straight to the steps worked out before them.
    expect(ahead.mock.results.filter((r) => r.value === true).length).toBeGreaterThan(10);
    ahead.mockRestore();
  });

  it('saves before the story loads, and the machine resumes that save with the story run again', async () => {
    for (const mode of ['practice', 'assessment'] as const) {
      const { o, store } = open(mode);
      o.send({ type: 'briefing.start', mode });
      o.send({ type: 'choice.select', index: opening.options[0]!.index });
      const saved = store.entries.get('mini')!;
      expect(saved.play.ink).toBeNull();
      const machine = createScenarioMachine({ loadBundle: async () => structuredClone(bundle), store, now: () => NOW });
      const actor = createActor(machine, { input: { slug: 'mini', mode } });
      actor.start();
      await waitFor(actor, (s) => s.matches('resumeOffer'));
      actor.send({ type: 'save.resume' });
      expect(actor.getSnapshot().value).toEqual(o.snapshot.value);
      // The same as the opening reaches once the story loads.
      const { o: whole, load } = open(mode);
      load();
      whole.send({ type: 'briefing.start', mode });
      whole.send({ type: 'choice.select', index: opening.options[0]!.index });
      const restored = actor.getSnapshot().context;
      expect(same(restored.points)).toEqual(same(whole.snapshot.context.points));
      expect(same(restored.ink)).toEqual(same(whole.snapshot.context.ink));
      // And play goes on.
      if (mode === 'practice') actor.send({ type: 'feedback.continue' });
      actor.send({ type: 'choice.select', index: actor.getSnapshot().context.options[0]!.index });
      expect(actor.getSnapshot().context.points).toHaveLength(2);
    }
  });

  it('draws the seed before Begin when the player runs first, and shows the first point in its order', async () => {
    const { o, load } = open('assessment');
    expect(o.firstOptions.map((x) => x.source)).toEqual(opening.options.map((x) => x.source));
    o.drawSeed();
    const shown = o.firstOptions.map((x) => x.source);
    expect(shown).toEqual(orderOptions(inStoryOrder(), 'attempt-1', 0).map((x) => x.source));
    o.send({ type: 'briefing.start', mode: 'assessment' });
    expect(o.snapshot.context.seed).toBe('attempt-1');
    expect(o.snapshot.context.options.map((x) => x.source)).toEqual(shown);
    load();
    expect(o.snapshot.context.options.map((x) => x.source)).toEqual(shown);
    const m = await machineLike(o, 'assessment');
    expect(same(o.snapshot.context)).toEqual(same(m.actor.getSnapshot().context));
  });

  it('when the page showed the answer to the first click, the seed keeps both points in the page’s order', async () => {
    const index = opening.options[1]!.index;
    const onPage = pageAnswerOptions(opening, index)!.map((x) => x.source);
    const { o, load } = open('assessment');
    o.pageAnswerShown(index);
    o.send({ type: 'briefing.start', mode: 'assessment' });
    o.send({ type: 'choice.select', index });
    expect(o.snapshot.context.options.map((x) => x.source)).toEqual(onPage);
    load();
    expect(o.snapshot.context.options.map((x) => x.source)).toEqual(onPage);
    expect(o.snapshot.context.points[0]!.options.map((x) => x.source)).toEqual(opening.options.map((x) => x.source));
    const m = await machineLike(o, 'assessment');
    m.actor.send({ type: 'choice.select', index });
    expect(same(o.snapshot.context)).toEqual(same(m.actor.getSnapshot().context));
  });

  it('holds a first choice the page has no answer for until the story is ready', () => {
    const bare = { ...opening, answers: {} };
    let n = 0;
    const store = memoryProgressStore();
    const o = new ScenarioOpening({ slug: 'mini', mode: 'assessment' }, bare, {
      store,
      now: () => NOW,
      newId: () => `attempt-${++n}`,
      onchange: () => {},
    });
    o.send({ type: 'briefing.start', mode: 'assessment' });
    const index = opening.options[2]!.index;
    o.send({ type: 'choice.select', index });
    o.send({ type: 'choice.select', index: opening.options[0]!.index }); // a second click waits behind the first
    expect(o.heldIndex).toBe(index);
    expect(o.snapshot.context.points).toHaveLength(0);
    o.bundleArrived(structuredClone(bundle));
    o.storyReady(new StoryRunner(bundle.ink as object));
    expect(o.heldIndex).toBeNull();
    expect(o.snapshot.context.points).toHaveLength(1);
    expect(o.snapshot.context.points[0]!.options[o.snapshot.context.points[0]!.chosen]!.index).toBe(index);
  });

  it('leaves respond-first, another version of the story and other events to the machine', () => {
    const { o } = open();
    expect(o.send({ type: 'briefing.start', style: 'respond-first' })).toBe(false);
    expect(o.send({ type: 'scenario.stepOut' })).toBe(false);
    expect(o.bundleArrived({ ...structuredClone(bundle), hash: 'another-version' })).toBe(false);
  });

  it('hands over to the machine, which plays on from the same state and context', async () => {
    const { o, store, load } = open('assessment');
    load();
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
