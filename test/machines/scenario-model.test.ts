/**
 * Model-based test: traverse the scenario machine's state graph with xstate/graph and prove that every
 * state where the machine can rest is reachable, then replay each shortest path on a live actor.
 */
import { describe, expect, it } from 'vitest';
import { createActor, waitFor, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { RankedOption } from '../../src/engine/matcher/matcher.ts';
import { replayChoices, type RecordedChoice } from '../../src/engine/replay.ts';
import type { AttemptRecorder, AttemptStart } from '../../src/machines/recorder.ts';
import { createScenarioMachine, type ScenarioEvent } from '../../src/machines/scenario-machine.ts';
import { memoryProgressStore, type SavedProgress } from '../../src/machines/progress-store.ts';
import { bundleFromInk, fixtureBundle } from '../support/fixture-bundle.ts';

const bundle = fixtureBundle();
const failing = bundleFromInk(`VAR x = 0
Hello. #speaker:Ana
* [Go on #rubric:boundaries.gifts:1 #feedback:Fine.]
  ~ x = RANDOM(5, 1)
  Done.
* [Stop #rubric:boundaries.gifts:-1 #feedback:Fine.]
- -> END
`);

/** A store that always returns the same save (or none) and ignores writes, so traversal stays deterministic. */
function fixedStore(saved: SavedProgress | null) {
  const store = memoryProgressStore();
  return { ...store, load: () => structuredClone(saved), save: () => {}, clear: () => {} };
}

type Machine = ReturnType<typeof createScenarioMachine>;
type Snap = SnapshotFrom<Machine>;

function eventsFor(b: ScenarioBundle) {
  return (s: Snap): ScenarioEvent[] => {
    if (s.matches('loading')) {
      return [
        { type: 'xstate.done.actor.loadBundle', output: b } as unknown as ScenarioEvent,
        { type: 'xstate.error.actor.loadBundle', error: new Error('offline') } as unknown as ScenarioEvent,
      ];
    }
    if (s.matches('reloading')) {
      // A new attempt after one on an older version: the current version arrives (here, as a fresh story), or not.
      return [
        { type: 'xstate.done.actor.reloadBundle', output: { ...b, superseded: false } } as unknown as ScenarioEvent,
        { type: 'xstate.error.actor.reloadBundle', error: new Error('offline') } as unknown as ScenarioEvent,
      ];
    }
    const c = s.context;
    const rewinds = c.points.length ? [0, c.points.length - 1] : [];
    return [
      { type: 'scenario.retry' },
      { type: 'save.resume' },
      { type: 'save.discard' },
      { type: 'briefing.start', mode: 'practice' },
      { type: 'briefing.start', mode: 'assessment' },
      { type: 'briefing.start', mode: 'practice', style: 'respond-first' },
      { type: 'briefing.start', mode: 'assessment', style: 'respond-first' },
      // Respond-first: too short to show the options, then long enough; the matcher answers, fails, or is skipped.
      { type: 'response.edit', text: 'Go on.' },
      { type: 'response.edit', text: 'That sounds really hard for you.' },
      { type: 'response.submit' },
      { type: 'response.skipMatching' },
      ...(s.matches({ playing: 'matching' })
        ? [
            {
              type: 'xstate.done.actor.rank',
              output: c.options.map((o, i) => ({ source: o.source, score: 1 - i / 10, marked: i === 0 })),
            } as unknown as ScenarioEvent,
            {
              type: 'xstate.error.actor.rank',
              error: new Error('the matcher did not load'),
            } as unknown as ScenarioEvent,
          ]
        : []),
      ...c.options.map((o) => ({ type: 'choice.select' as const, index: o.index })),
      ...(c.response ? [{ type: 'choice.select' as const, index: c.options[0]!.index, noneClose: true }] : []),
      ...rewinds.map((point) => ({ type: 'choice.rewind' as const, point })),
      { type: 'feedback.continue' },
      { type: 'scenario.stepOut' },
      { type: 'scenario.resume' },
      { type: 'scenario.leave' },
      { type: 'scenario.restart' },
      { type: 'reflection.submit', text: 'A reflection.' },
      ...rewinds.map((point) => ({ type: 'debrief.replayFrom' as const, point })),
    ];
  };
}

// Options are known by their ink index: where they stand on screen depends on the attempt's seed.
const key = (s: Snap) =>
  JSON.stringify({
    v: s.value,
    status: s.status,
    mode: s.context.mode,
    style: s.context.style,
    draft: (s.context.draft ?? '').length >= 15,
    response: s.context.response ?? null,
    marks: s.context.marks ?? null,
    chosen: s.context.points.map((p) => p.options[p.chosen]!.index),
    error: !!s.context.error,
    superseded: s.context.superseded,
  });

function leafIds(machine: Machine): string[] {
  const out: string[] = [];
  const visit = (node: Machine['root']) => {
    const children = Object.values(node.states);
    if (children.length === 0 && node.type !== 'history') out.push(node.id);
    children.forEach((child) => visit(child as Machine['root']));
  };
  visit(machine.root);
  return out;
}

/** States that are passed through on the way (eventless `always` transitions) and never rested in. */
const TRANSIENT = [
  'scenario.checkingSave',
  'scenario.restoring',
  'scenario.playing.narrating',
  'scenario.playing.offering',
  'scenario.playing.chosen',
];

function traverse(b: ScenarioBundle, saved: SavedProgress | null) {
  const machine = createScenarioMachine({ loadBundle: async () => b, store: fixedStore(saved), newId: () => 'a' });
  const paths = getShortestPaths(machine, {
    input: { slug: 'mini' },
    events: eventsFor(b),
    serializeState: key,
  });
  return { machine, paths };
}

async function savedAt(phase: 'playing' | 'stale' | 'composing'): Promise<SavedProgress> {
  const store = memoryProgressStore();
  const actor = createActor(createScenarioMachine({ loadBundle: async () => bundle, store }), {
    input: { slug: 'mini' },
  });
  actor.start();
  await waitFor(actor, (s) => s.matches('briefing'));
  if (phase === 'composing') {
    // Half-way through writing the first response: the save must bring the trainee back to it.
    actor.send({ type: 'briefing.start', style: 'respond-first' });
    actor.send({ type: 'response.edit', text: 'That sounds really hard for you.' });
    return store.load('mini')!;
  }
  actor.send({ type: 'briefing.start' });
  actor.send({ type: 'choice.select', index: 0 });
  const saved = store.load('mini')!;
  return phase === 'stale' ? { ...saved, storyHash: 'changed000000000' } : saved;
}

describe('scenario machine model', () => {
  it('reaches every state it can rest in, across fresh, resumed, stale, superseded and broken stories', async () => {
    const runs = [
      traverse(bundle, null),
      traverse({ ...bundle, superseded: true }, null),
      traverse(bundle, await savedAt('playing')),
      traverse(bundle, await savedAt('stale')),
      traverse(bundle, await savedAt('composing')),
      traverse(failing, null),
    ];
    const reached = new Set(
      runs.flatMap((r) =>
        r.paths.flatMap((p) => p.steps.map((step) => step.state)).flatMap((s) => [...s._nodes].map((n) => n.id)),
      ),
    );
    const all = leafIds(runs[0]!.machine);
    const restable = all.filter((id) => !TRANSIENT.includes(id));
    expect(restable.length).toBeGreaterThanOrEqual(10);
    for (const id of restable) expect(reached, `state ${id} is never reached`).toContain(id);
    // Every transient state really is transient: no path rests in it.
    for (const id of TRANSIENT) expect(reached.has(id)).toBe(false);
  });

  it('replays shortest paths on a live actor and lands where the model says, recording what replays on the server', async () => {
    const { machine, paths } = traverse(bundle, null);
    const sample = paths.filter((p) => p.steps.length > 1).slice(0, 40);
    expect(sample.length).toBeGreaterThan(10);
    let checked = 0;
    for (const path of sample) {
      // What a signed-in trainee's attempts would send: every attempt's choices must replay on the server.
      const attempts = new Map<string, { start: AttemptStart; choices: RecordedChoice[] }>();
      const recorder: AttemptRecorder = {
        start: (start) => {
          expect(attempts.has(start.attemptId), 'an attempt id is started once').toBe(false);
          attempts.set(start.attemptId, { start, choices: [] });
        },
        choice: (id, choice) => attempts.get(id)!.choices.push(choice),
        complete: () => {},
      };
      let n = 0;
      // The matcher answers when the path says it does (or fails when it says so).
      let ranking: { resolve: (ranked: unknown) => void; reject: (error: Error) => void } | null = null;
      const rank = () =>
        new Promise<RankedOption[]>(
          (resolve, reject) => void (ranking = { resolve: (r) => resolve(r as RankedOption[]), reject }),
        );
      const actor = createActor(
        createScenarioMachine({
          loadBundle: async () => bundle,
          store: fixedStore(null),
          newId: () => `a${++n}`,
          recorder,
          rank,
        }),
        { input: { slug: 'mini' } },
      );
      actor.start();
      for (const step of path.steps) {
        const type = step.event.type as string;
        if (type === 'xstate.init') continue;
        if (type === 'xstate.done.actor.loadBundle') {
          await waitFor(actor, (s) => !s.matches('loading'));
          continue;
        }
        if (type === 'xstate.error.actor.loadBundle') {
          actor.stop();
          break;
        }
        if (type === 'xstate.done.actor.rank' || type === 'xstate.error.actor.rank') {
          const answer = ranking!;
          if (type === 'xstate.done.actor.rank') answer.resolve((step.event as unknown as { output: unknown }).output);
          else answer.reject(new Error('the matcher did not load'));
          await waitFor(actor, (s) => !s.matches({ playing: 'matching' }));
          continue;
        }
        actor.send(step.event);
      }
      if (actor.getSnapshot().status === 'stopped') continue;
      expect(key(actor.getSnapshot())).toBe(key(path.state));
      for (const { start, choices } of attempts.values()) {
        const replay = replayChoices(bundle.ink, choices, { allowRewind: start.mode === 'practice', seed: start.seed });
        expect(start.storyHash).toBe(bundle.hash);
        const c = actor.getSnapshot().context;
        if (start.attemptId === c.attemptId) {
          // The current attempt, rebuilt from its recorded choices alone, is the path on the screen.
          expect(replay.points.map((p) => p.chosen)).toEqual(c.points.map((p) => p.chosen));
          expect(replay.points.map((p) => p.options.map((o) => o.index))).toEqual(
            c.points.map((p) => p.options.map((o) => o.index)),
          );
          checked += 1;
        }
      }
      actor.stop();
    }
    expect(checked).toBeGreaterThan(10);
    expect(machine.id).toBe('scenario');
  });
});
