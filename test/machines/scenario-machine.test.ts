import { describe, expect, it, vi } from 'vitest';
import { createActor, waitFor, type SnapshotFrom } from 'xstate';
import { scoreAttempt } from '../../src/engine/scoring.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { createScenarioMachine } from '../../src/machines/scenario-machine.ts';
import { memoryProgressStore, type Mode } from '../../src/machines/progress-store.ts';
import type { AttemptStart } from '../../src/machines/recorder.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

const bundle = fixtureBundle();

function start(
  mode: Mode = 'practice',
  store = memoryProgressStore(),
  loadBundle = async () => structuredClone(bundle),
) {
  let n = 0;
  const machine = createScenarioMachine({ loadBundle, store, newId: () => `attempt-${++n}` });
  const actor = createActor(machine, { input: { slug: 'mini', mode } });
  actor.start();
  return { actor, store, machine };
}

type Snap = SnapshotFrom<ReturnType<typeof createScenarioMachine>>;

async function begin(mode: Mode = 'practice', store = memoryProgressStore()) {
  const run = start(mode, store);
  await waitFor(run.actor, (s) => !s.matches('loading'));
  if (run.actor.getSnapshot().matches('resumeOffer')) return run;
  run.actor.send({ type: 'briefing.start', mode });
  return run;
}

/** Plays the given option positions (0-based within what is offered), continuing through feedback. */
function play(actor: ReturnType<typeof start>['actor'], picks: number[]) {
  for (const pick of picks) {
    const s = actor.getSnapshot();
    expect(s.matches({ playing: 'awaitingChoice' })).toBe(true);
    // `pick` is the option's place in the source (its ink index): the order on screen is shuffled per attempt.
    expect(s.context.options.some((o) => o.index === pick)).toBe(true);
    actor.send({ type: 'choice.select', index: pick });
    if (actor.getSnapshot().matches({ playing: 'feedback' })) actor.send({ type: 'feedback.continue' });
  }
}

describe('scenario machine', () => {
  it('goes from loading through briefing to the first choice', async () => {
    const { actor } = start();
    expect(actor.getSnapshot().matches('loading')).toBe(true);
    await waitFor(actor, (s) => s.matches('briefing'));
    expect(actor.getSnapshot().context.meta?.title).toBe(bundle.meta.title);
    actor.send({ type: 'briefing.start' });
    const s = actor.getSnapshot();
    expect(s.matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(s.context.options.length).toBeGreaterThanOrEqual(2);
    expect(s.context.transcript.some((e) => e.kind === 'line' && e.line.kind === 'dialogue')).toBe(true);
  });

  it('shows feedback after each choice in practice mode and none in assessment mode', async () => {
    const practice = await begin('practice');
    practice.actor.send({ type: 'choice.select', index: 0 });
    expect(practice.actor.getSnapshot().matches({ playing: 'feedback' })).toBe(true);

    const assessment = await begin('assessment');
    assessment.actor.send({ type: 'choice.select', index: 0 });
    expect(assessment.actor.getSnapshot().matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(assessment.actor.getSnapshot().context.points).toHaveLength(1);
  });

  it('in assessment play, every story state it keeps is ink’s own, each its own, and the saved progress has the context’s', async () => {
    const { actor, store } = await begin('assessment');
    play(actor, [0, 0]);
    const c = actor.getSnapshot().context;
    const states = [c.ink, ...c.points.map((p) => p.inkBefore)];
    // Each is ink's own JSON, never the marker for a state not yet written out.
    for (const ink of states) expect(() => JSON.parse(ink!)).not.toThrow();
    expect(new Set(states).size).toBe(states.length);
    expect(store.load('mini')?.play.ink).toBe(c.ink);
  });

  it('a click after the page looked ahead shows and keeps what it would have without, in both modes', async () => {
    // What the trainee sees and what is kept, without the story states (each machine's story draws its own seed).
    const seen = (c: Snap['context']) => ({
      transcript: c.transcript,
      options: c.options,
      alliance: c.alliance,
      ending: c.ending,
      points: c.points.map((p) => ({ ...p, inkBefore: typeof p.inkBefore })),
    });
    const taken = vi.spyOn(StoryRunner.prototype, 'chooseAhead');
    for (const mode of ['assessment', 'practice'] as const) {
      const plain = await begin(mode);
      const ahead = await begin(mode);
      for (const pick of [0, 1, 0, 0]) {
        const offered = plain.actor.getSnapshot().context.options;
        if (offered.length === 0) break;
        const index = offered[pick % offered.length]!.index;
        ahead.actor.send({ type: 'story.lookAhead' });
        for (const run of [plain, ahead]) run.actor.send({ type: 'choice.select', index });
        if (mode === 'practice') {
          // In practice the next step is worked out while the feedback is read.
          ahead.actor.send({ type: 'story.lookAhead' });
          for (const run of [plain, ahead]) run.actor.send({ type: 'feedback.continue' });
        }
        if (mode === 'assessment')
          // The plain machine chose the ordinary way; the other took the step worked out ahead.
          expect(taken.mock.results.slice(-2).map((r) => r.value)).toEqual([false, true]);
        const [p, a] = [plain, ahead].map((run) => run.actor.getSnapshot());
        expect(a!.value).toEqual(p!.value);
        expect(seen(a!.context)).toEqual(seen(p!.context));
      }
      // What was saved resumes: a new machine on the saved progress offers the same options.
      const resumed = await begin(mode, ahead.store);
      resumed.actor.send({ type: 'save.resume' });
      expect(resumed.actor.getSnapshot().context.options).toEqual(ahead.actor.getSnapshot().context.options);
    }
    taken.mockRestore();
  });

  it('ignores an option that is not on offer', async () => {
    const { actor } = await begin();
    const before = actor.getSnapshot();
    actor.send({ type: 'choice.select', index: 99 });
    expect(actor.getSnapshot().context.points).toHaveLength(0);
    expect(actor.getSnapshot().value).toEqual(before.value);
  });

  it('plays to the end, asks for a reflection, then scores with the engine', async () => {
    const { actor, store } = await begin('assessment');
    play(actor, [0, 0, 0]);
    expect(actor.getSnapshot().matches('reflection')).toBe(true);
    expect(actor.getSnapshot().context.ending).not.toBeNull();
    actor.send({ type: 'reflection.submit', text: '  I asked before deciding.  ' });
    const s = actor.getSnapshot();
    expect(s.matches('debrief')).toBe(true);
    expect(s.context.reflection).toBe('I asked before deciding.');
    const expected = scoreAttempt(
      bundle.rubric,
      s.context.points.map((p) => ({ options: p.options, chosen: p.chosen })),
    );
    expect(s.context.report).toEqual(expected);
    expect(store.attempts('mini')).toHaveLength(1);
    expect(store.attempts('mini')[0]!.reflection).toBe('I asked before deciding.');
  });

  it('rewinds in practice mode to an earlier choice, restoring transcript, alliance and story', async () => {
    const { actor } = await begin('practice');
    const atFirst = actor.getSnapshot().context;
    play(actor, [2, 1]);
    expect(actor.getSnapshot().context.points).toHaveLength(2);
    actor.send({ type: 'choice.rewind', point: 0 });
    const back = actor.getSnapshot();
    expect(back.matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(back.context.points).toHaveLength(0);
    expect(back.context.transcript).toEqual(atFirst.transcript);
    expect(back.context.options).toEqual(atFirst.options);
    expect(back.context.alliance).toEqual(atFirst.alliance);
    expect(back.context.rewinds).toBe(1);
    // The story itself went back: the same choice leads to the same lines as the first time.
    play(actor, [2]);
    const again = actor.getSnapshot().context.transcript.map((e) => (e.kind === 'you' ? e.text : e.line.text));
    const fresh = await begin('practice');
    play(fresh.actor, [2]);
    expect(again).toEqual(
      fresh.actor.getSnapshot().context.transcript.map((e) => (e.kind === 'you' ? e.text : e.line.text)),
    );
  });

  it('refuses rewind and replay in assessment mode', async () => {
    const { actor } = await begin('assessment');
    play(actor, [0]);
    actor.send({ type: 'choice.rewind', point: 0 });
    expect(actor.getSnapshot().context.points).toHaveLength(1);
    play(actor, [0, 0]);
    actor.send({ type: 'reflection.submit', text: '' });
    actor.send({ type: 'debrief.replayFrom', point: 0 });
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
  });

  it('replays from a chosen point after the debrief in practice mode', async () => {
    const { actor } = await begin('practice');
    play(actor, [0, 1, 0]);
    actor.send({ type: 'reflection.submit', text: 'x' });
    actor.send({ type: 'debrief.replayFrom', point: 1 });
    const s = actor.getSnapshot();
    expect(s.matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(s.context.points).toHaveLength(1);
    expect(s.context.report).toBeNull();
  });

  it('steps out and comes back to the same moment', async () => {
    const { actor } = await begin('practice');
    play(actor, [0]);
    actor.send({ type: 'choice.select', index: 0 });
    expect(actor.getSnapshot().matches({ playing: 'feedback' })).toBe(true);
    actor.send({ type: 'scenario.stepOut' });
    expect(actor.getSnapshot().matches('steppedOut')).toBe(true);
    actor.send({ type: 'scenario.resume' });
    expect(actor.getSnapshot().matches({ playing: 'feedback' })).toBe(true);
    actor.send({ type: 'scenario.stepOut' });
    actor.send({ type: 'scenario.leave' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('saves after every choice and resumes at the same choice in a new actor', async () => {
    const store = memoryProgressStore();
    const first = await begin('assessment', store);
    play(first.actor, [1, 2]);
    const before = first.actor.getSnapshot().context;
    first.actor.stop();
    expect(store.entries.get('mini')?.phase).toBe('awaitingChoice');

    const second = start('practice', store);
    await waitFor(second.actor, (s) => s.matches('resumeOffer'));
    second.actor.send({ type: 'save.resume' });
    const after = second.actor.getSnapshot();
    expect(after.matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(after.context.mode).toBe('assessment');
    expect(after.context.transcript).toEqual(before.transcript);
    expect(after.context.options).toEqual(before.options);
    // And the story really continues from there.
    play(second.actor, [0]);
    expect(second.actor.getSnapshot().matches('reflection')).toBe(true);
  });

  it('resumes into feedback, reflection and debrief phases', async () => {
    for (const [picks, reflect, phase] of [
      [[0], false, 'feedback'],
      [[0, 0, 0], false, 'reflection'],
      [[0, 0, 0], true, 'debrief'],
    ] as const) {
      const store = memoryProgressStore();
      const { actor } = await begin('practice', store);
      play(actor, picks.slice(0, -1));
      actor.send({ type: 'choice.select', index: picks.at(-1)! });
      if (phase !== 'feedback') actor.send({ type: 'feedback.continue' });
      if (reflect) actor.send({ type: 'reflection.submit', text: 'kept' });
      actor.stop();
      const again = start('practice', store);
      await waitFor(again.actor, (s) => s.matches('resumeOffer'));
      again.actor.send({ type: 'save.resume' });
      expect(again.actor.getSnapshot().matches(phase === 'feedback' ? { playing: 'feedback' } : phase)).toBe(true);
    }
  });

  it('does not resume a save made against another version of the story, and says so', async () => {
    const store = memoryProgressStore();
    const first = await begin('practice', store);
    play(first.actor, [0]);
    first.actor.stop();
    const saved = store.entries.get('mini')!;
    store.save({ ...saved, storyHash: '0000000000000000' });
    const second = start('practice', store);
    await waitFor(second.actor, (s) => !s.matches('loading'));
    const s = second.actor.getSnapshot();
    expect(s.matches('briefing')).toBe(true);
    expect(s.context.notice).toMatch(/revised/);
    expect(store.entries.has('mini')).toBe(false);
  });

  it('finishes an attempt on the older version it began on, and begins the next one on the current version', async () => {
    const store = memoryProgressStore();
    const old = { ...structuredClone(bundle), hash: 'old-version', superseded: true };
    const current = { ...structuredClone(bundle), hash: 'current-version' };
    const loads: { savedHash: string | null }[] = [];
    const starts: AttemptStart[] = [];
    const machine = createScenarioMachine({
      loadBundle: async () => {
        // As the player does: the older version while an attempt saved on it is in storage, else the current one.
        const saved = store.load('mini');
        loads.push({ savedHash: saved?.storyHash ?? null });
        return saved?.storyHash === 'old-version' ? structuredClone(old) : structuredClone(current);
      },
      store,
      recorder: { start: (a) => starts.push(a), choice: () => {}, complete: () => {} },
    });
    const actor = createActor(machine, { input: { slug: 'mini', mode: 'assessment' } });
    // An attempt begun on the older version is in storage.
    const first = start('assessment', store, async () => structuredClone(old));
    await waitFor(first.actor, (s) => s.matches('briefing'));
    first.actor.send({ type: 'briefing.start', mode: 'assessment' });
    play(first.actor, [0]);
    first.actor.stop();
    expect(store.load('mini')!.storyHash).toBe('old-version');

    actor.start();
    await waitFor(actor, (s) => s.matches('resumeOffer'));
    actor.send({ type: 'save.resume' });
    expect(actor.getSnapshot().context.hash).toBe('old-version');
    play(actor, [0, 0]);
    actor.send({ type: 'reflection.submit', text: 'Finished where I began.' });
    expect(actor.getSnapshot().matches('debrief')).toBe(true);
    expect(store.attempts('mini').at(-1)!.storyHash).toBe('old-version');

    actor.send({ type: 'scenario.restart' });
    expect(actor.getSnapshot().matches('reloading')).toBe(true);
    await waitFor(actor, (s) => s.matches({ playing: 'awaitingChoice' }));
    const s = actor.getSnapshot();
    expect(s.context.hash).toBe('current-version');
    expect(s.context.superseded).toBe(false);
    expect(s.context.points).toHaveLength(0);
    // The second load found no saved progress pointing at the old version, so it was given the current one.
    expect(loads).toEqual([{ savedHash: 'old-version' }, { savedHash: null }]);
    expect(starts.at(-1)!.storyHash).toBe('current-version');
    play(actor, [0]);
    expect(store.load('mini')!.storyHash).toBe('current-version');
  });

  it('starting over instead of resuming on an older version loads the current one, and no replay is offered there', async () => {
    const store = memoryProgressStore();
    const old = { ...structuredClone(bundle), hash: 'old-version', superseded: true };
    const current = { ...structuredClone(bundle), hash: 'current-version' };
    const loadBundle = async () =>
      structuredClone(store.load('mini')?.storyHash === 'old-version' ? old : current) as typeof bundle;
    // An attempt begun on the older version is in storage.
    const first = start('practice', store, async () => structuredClone(old));
    await waitFor(first.actor, (s) => s.matches('briefing'));
    first.actor.send({ type: 'briefing.start' });
    play(first.actor, [0]);
    first.actor.stop();

    const over = start('practice', store, loadBundle);
    await waitFor(over.actor, (s) => s.matches('resumeOffer'));
    over.actor.send({ type: 'save.discard' });
    await waitFor(over.actor, (s) => s.matches('briefing'));
    expect(over.actor.getSnapshot().context).toMatchObject({ hash: 'current-version', superseded: false });

    // Finished on the older version, the debrief replays nothing: a replay would be a new attempt there.
    const again = start('practice', store, async () => structuredClone(old));
    await waitFor(again.actor, (s) => s.matches('briefing'));
    again.actor.send({ type: 'briefing.start' });
    play(again.actor, [0, 0, 0]);
    again.actor.send({ type: 'reflection.submit', text: 'Done.' });
    expect(again.actor.getSnapshot().matches('debrief')).toBe(true);
    again.actor.send({ type: 'debrief.replayFrom', point: 0 });
    expect(again.actor.getSnapshot().matches('debrief')).toBe(true);
  });

  it('begins the next attempt on the same story when it is the current version', async () => {
    let loads = 0;
    const { actor } = start('assessment', memoryProgressStore(), async () => {
      loads += 1;
      return structuredClone(bundle);
    });
    await waitFor(actor, (s) => s.matches('briefing'));
    actor.send({ type: 'briefing.start' });
    play(actor, [0, 0, 0]);
    actor.send({ type: 'reflection.submit', text: 'Done.' });
    actor.send({ type: 'scenario.restart' });
    expect(actor.getSnapshot().matches({ playing: 'awaitingChoice' })).toBe(true);
    expect(loads).toBe(1);
  });

  it('offers a retry when the scenario cannot be loaded', async () => {
    let calls = 0;
    const { actor } = start('practice', memoryProgressStore(), async () => {
      calls += 1;
      if (calls === 1) throw new Error('network down');
      return structuredClone(bundle);
    });
    await waitFor(actor, (s) => s.matches('loadFailed'));
    expect(actor.getSnapshot().context.error).toMatch(/network down/);
    actor.send({ type: 'scenario.retry' });
    await waitFor(actor, (s) => s.matches('briefing'));
    expect(calls).toBe(2);
  });

  it('keeps playing and reports "not saved" when storage fails', async () => {
    const store = memoryProgressStore();
    store.save = () => {
      throw new Error('quota');
    };
    const { actor } = await begin('practice', store);
    expect(actor.getSnapshot().context.saving).toBe('not-saved');
    play(actor, [0]);
    expect(actor.getSnapshot().matches({ playing: 'awaitingChoice' })).toBe(true);
  });

  it('records the alliance after every narration', async () => {
    const { actor } = await begin('assessment');
    play(actor, [0, 0, 0]);
    const s: Snap = actor.getSnapshot();
    expect(s.context.alliance).toHaveLength(s.context.points.length + 1);
    // The first option of the fixture raises the bond; the chart must see it.
    expect(s.context.alliance[1]!.bond).toBeGreaterThan(s.context.alliance[0]!.bond);
  });

  it('names every event it handles domain.verb', () => {
    const { machine } = start();
    const handled = machine.root.events.filter((t) => !t.startsWith('xstate.'));
    expect(handled.length).toBeGreaterThan(10);
    for (const t of handled) expect(t).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  });
});
