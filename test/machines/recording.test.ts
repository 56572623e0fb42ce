/**
 * The scenario machine telling a recorder about the attempt, and, end to end, the scenario machine feeding the
 * outbox feeding the real attempt service: the server's score must be the player's own, through rewinds,
 * replays, outages and reloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, waitFor } from 'xstate';
import type { ChoiceMessage } from '../../src/lib/attempt-protocol.ts';
import { createAttemptSyncMachine, recorderFor } from '../../src/machines/attempt-sync-machine.ts';
import { OUTBOX } from '../../src/machines/attempt-sync-outbox.ts';
import { recordedScore, syncStatus } from '../../src/machines/attempt-sync-status.ts';
import { memoryProgressStore, type Mode } from '../../src/machines/progress-store.ts';
import type { AttemptRecorder, AttemptStart } from '../../src/machines/recorder.ts';
import { createScenarioMachine } from '../../src/machines/scenario-machine.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { fakeApi, memoryStorage, type FakeApi } from './outbox-support.ts';

const bundle = fixtureBundle();

type Call =
  { start: AttemptStart } | { choice: ChoiceMessage; attemptId: string } | { complete: string; attemptId: string };

function spyRecorder() {
  const calls: Call[] = [];
  const recorder: AttemptRecorder = {
    start: (start) => calls.push({ start }),
    choice: (attemptId, choice) => calls.push({ attemptId, choice }),
    complete: (attemptId, complete) => calls.push({ attemptId, complete }),
  };
  return { calls, recorder };
}

function scenario(recorder: AttemptRecorder | undefined, store = memoryProgressStore()) {
  const actor = createActor(
    createScenarioMachine({ loadBundle: async () => structuredClone(bundle), store, recorder }),
    {
      input: { slug: 'mini' },
    },
  );
  actor.start();
  return actor;
}
type Scenario = ReturnType<typeof scenario>;

async function begin(actor: Scenario, mode: Mode) {
  await waitFor(actor, (s) => !s.matches('loading'));
  if (actor.getSnapshot().matches('resumeOffer')) return;
  actor.send({ type: 'briefing.start', mode });
}

/** Picks options by their place in the source (ink index; the screen's order is shuffled), continuing past feedback. */
function play(actor: Scenario, picks: number[]) {
  for (const pick of picks) {
    const s = actor.getSnapshot();
    expect(s.matches({ playing: 'awaitingChoice' })).toBe(true);
    actor.send({ type: 'choice.select', index: pick });
    if (actor.getSnapshot().matches({ playing: 'feedback' })) actor.send({ type: 'feedback.continue' });
  }
}

describe('the scenario machine with a recorder', () => {
  it('tells it the start, every choice at its point, and the reflection', async () => {
    const { calls, recorder } = spyRecorder();
    const actor = scenario(recorder);
    await begin(actor, 'practice');
    const id = actor.getSnapshot().context.attemptId;
    expect(calls).toEqual([
      {
        start: {
          attemptId: id,
          scenario: 'mini',
          storyHash: bundle.hash,
          mode: 'practice',
          seed: actor.getSnapshot().context.seed,
        },
      },
    ]);
    const offered = actor.getSnapshot().context.options;
    const byIndex = (i: number) => offered.find((o) => o.index === i)!;
    play(actor, [1]);
    expect(calls[1]).toEqual({ attemptId: id, choice: { point: 0, index: 1, text: byIndex(1).text } });
    play(actor, [0]);
    expect(calls[2]).toMatchObject({ choice: { point: 1 } });
    // Going back records nothing by itself; the next choice is at the earlier point.
    actor.send({ type: 'choice.rewind', point: 0 });
    expect(calls).toHaveLength(3);
    play(actor, [2]);
    expect(calls[3]).toEqual({ attemptId: id, choice: { point: 0, index: 2, text: byIndex(2).text } });
    play(actor, [0, 0]);
    actor.send({ type: 'reflection.submit', text: '  Kept short.  ' });
    expect(calls.at(-1)).toEqual({ attemptId: id, complete: 'Kept short.' });
    expect(calls.filter((c) => 'start' in c)).toHaveLength(1);
  });

  it('records a replay from the debrief as a new attempt that begins with the replayed choices', async () => {
    const { calls, recorder } = spyRecorder();
    const actor = scenario(recorder);
    await begin(actor, 'practice');
    play(actor, [0, 1, 0]);
    actor.send({ type: 'reflection.submit', text: 'first' });
    const finished = actor.getSnapshot().context;
    const before = calls.length;
    actor.send({ type: 'debrief.replayFrom', point: 2 });
    const s = actor.getSnapshot().context;
    expect(s.attemptId).not.toBe(finished.attemptId);
    expect(s.rewinds).toBe(0);
    const replayed = calls.slice(before);
    expect(replayed[0]).toEqual({
      start: { attemptId: s.attemptId, scenario: 'mini', storyHash: bundle.hash, mode: 'practice', seed: s.seed },
    });
    expect(replayed.slice(1)).toEqual(
      finished.points.slice(0, 2).map((p, point) => ({
        attemptId: s.attemptId,
        choice: { point, index: p.options[p.chosen]!.index, text: p.options[p.chosen]!.text },
      })),
    );
  });

  it('starts a new attempt on "Try again"', async () => {
    const { calls, recorder } = spyRecorder();
    const actor = scenario(recorder);
    await begin(actor, 'assessment');
    play(actor, [0, 0, 0]);
    actor.send({ type: 'reflection.submit', text: '' });
    actor.send({ type: 'scenario.restart' });
    const starts = calls.flatMap((c) => ('start' in c ? [c.start.attemptId] : []));
    expect(starts).toHaveLength(2);
    expect(starts[1]).toBe(actor.getSnapshot().context.attemptId);
    expect(starts[0]).not.toBe(starts[1]);
  });

  it('behaves for guests exactly as before: same attempt id on replay, no recorder calls', async () => {
    const actor = scenario(undefined);
    await begin(actor, 'practice');
    play(actor, [0, 1, 0]);
    actor.send({ type: 'reflection.submit', text: 'x' });
    const id = actor.getSnapshot().context.attemptId;
    actor.send({ type: 'debrief.replayFrom', point: 1 });
    expect(actor.getSnapshot().context.attemptId).toBe(id);
    expect(actor.getSnapshot().context.rewinds).toBe(1);
  });
});

describe('player, outbox and server together', () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await fakeApi([bundle]);
  });
  afterAll(async () => {
    await api?.close();
  });

  function outbox(storage = memoryStorage()) {
    const actor = createActor(
      createAttemptSyncMachine({ fetch: api.fetch, storage, key: OUTBOX(api.user.id), retryDelay: () => 5 }),
    );
    actor.start();
    return actor;
  }
  const drained = (o: ReturnType<typeof outbox>) => waitFor(o, (s) => s.matches('idle'), { timeout: 5000 });
  const serverRow = (id: string) =>
    api.t.app.db.kysely.selectFrom('attempt').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('a practice attempt with rewinds, and its replay, score on the server as they did in the player', async () => {
    const sync = outbox();
    const actor = scenario(recorderFor(sync));
    await begin(actor, 'practice');
    play(actor, [2, 1]);
    actor.send({ type: 'choice.rewind', point: 0 });
    play(actor, [0, 1]);
    actor.send({ type: 'choice.rewind', point: 1 });
    play(actor, [0, 0]);
    actor.send({ type: 'reflection.submit', text: 'I went back twice.' });
    const first = actor.getSnapshot().context;
    await drained(sync);
    expect(recordedScore(sync.getSnapshot(), first.attemptId)?.overall).toBe(first.report!.overall);
    expect((await serverRow(first.attemptId)).band).toBe(first.report!.band);

    actor.send({ type: 'debrief.replayFrom', point: 1 });
    play(actor, [2, 0]);
    actor.send({ type: 'reflection.submit', text: 'A different second choice.' });
    const second = actor.getSnapshot().context;
    expect(second.attemptId).not.toBe(first.attemptId);
    expect(syncStatus(sync.getSnapshot(), second.attemptId)).toMatchObject({ kind: 'saving' });
    expect(recordedScore(sync.getSnapshot(), second.attemptId)).toBeUndefined();
    await drained(sync);
    const row = await serverRow(second.attemptId);
    expect(row.status).toBe('completed');
    expect(row.overall === null ? null : Number(row.overall)).toBe(second.report!.overall);
    expect(recordedScore(sync.getSnapshot(), second.attemptId)).toMatchObject({
      overall: second.report!.overall,
      band: second.report!.band,
    });
    sync.stop();
  });

  it('resumes after a reload mid-outage: the rest of the attempt reaches the server and scores the same', async () => {
    const progress = memoryProgressStore();
    const storage = memoryStorage();
    api.weather = 'down';
    const sync1 = outbox(storage);
    const first = scenario(recorderFor(sync1), progress);
    await begin(first, 'assessment');
    play(first, [1, 2]);
    await waitFor(sync1, (s) => s.matches('backoff'));
    const id = first.getSnapshot().context.attemptId;
    first.stop();
    sync1.stop();

    api.weather = 'up';
    const sync2 = outbox(storage);
    const second = scenario(recorderFor(sync2), progress);
    await waitFor(second, (s) => s.matches('resumeOffer'));
    second.send({ type: 'save.resume' });
    play(second, [0]);
    second.send({ type: 'reflection.submit', text: 'after the reload' });
    const done = second.getSnapshot().context;
    expect(done.attemptId).toBe(id);
    await drained(sync2);
    const row = await serverRow(id);
    expect(row.status).toBe('completed');
    expect(Number(row.overall)).toBe(done.report!.overall);
    expect(Number(row.last_seq)).toBe(4);
    sync2.stop();
  });
});
