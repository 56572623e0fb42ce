/**
 * The outbox against the real attempt service (SQLite) behind a fake fetch: order, one request at a time,
 * retries, offline, duplicates, reloads from storage, refusals and the server's score.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createActor, waitFor } from 'xstate';
import { classify } from '../../src/machines/attempt-sync-delivery.ts';
import { createAttemptSyncMachine, type SyncDeps } from '../../src/machines/attempt-sync-machine.ts';
import {
  mergeOutbox,
  OUTBOX,
  readOutbox,
  type OutboxItem,
  type OutboxState,
} from '../../src/machines/attempt-sync-outbox.ts';
import { recordedScore, syncStatus } from '../../src/machines/attempt-sync-status.ts';
import { deferredRecorder, type AttemptRecorder } from '../../src/machines/recorder.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { playIndependently } from '../server/helpers.ts';
import { fakeApi, fakeConnectivity, memoryStorage, type FakeApi } from './outbox-support.ts';

const mini = fixtureBundle('mini');
/** A full path through the fixture story, as the server expects it. */
const path = playIndependently(mini, [0, 0, 0]);

let api: FakeApi;
beforeAll(async () => {
  api = await fakeApi([mini]);
});
afterAll(async () => {
  await api?.close();
});
afterEach(() => {
  vi.useRealTimers();
  api.weather = 'up';
  api.hold = false;
  api.release();
  api.sent.length = 0;
});

const uuid = () => crypto.randomUUID();

function outbox(overrides: Partial<SyncDeps> = {}) {
  const storage = overrides.storage ?? memoryStorage();
  const deps: SyncDeps = { fetch: api.fetch, storage, key: OUTBOX(api.user.id), retryDelay: () => 5, ...overrides };
  const actor = createActor(createAttemptSyncMachine(deps));
  actor.start();
  return { actor, storage, deps };
}
type Outbox = ReturnType<typeof outbox>['actor'];

/** Queues the start of an attempt at the fixture story's version: in practice, unless `more` says otherwise. */
function start(
  actor: Outbox,
  attemptId: string,
  more: { scenario?: string; mode?: 'practice' | 'assessment'; style?: 'respond-first' } = {},
) {
  actor.send({ type: 'attempt.start', attemptId, scenario: 'mini', storyHash: mini.hash, mode: 'practice', ...more });
}

function record(
  actor: Outbox,
  attemptId: string,
  choices = path.choices,
  reflection: string | null = 'I noticed I hurried.',
  mode: 'practice' | 'assessment' = 'assessment',
) {
  start(actor, attemptId, { mode });
  for (const c of choices)
    actor.send({ type: 'attempt.choice', attemptId, point: c.point, index: c.index, text: c.text! });
  if (reflection !== null) actor.send({ type: 'attempt.complete', attemptId, reflection });
}

const isDrained = (actor: Outbox) =>
  actor.getSnapshot().matches('idle') && actor.getSnapshot().context.queue.length === 0;
const drained = (actor: Outbox) =>
  waitFor(actor, (s) => s.matches('idle') && s.context.queue.length === 0, { timeout: 5000 });

/**
 * The tests that say "time passes and nothing is sent" run on Vitest's fake clock, so they wait as long as they
 * mean to (past every retry delay) in no real time. Only timeouts are faked: the database and the promises run as
 * they do. The fake fetch answers after 1 ms of (fake) time, so the queue drains as the clock is moved on (for at
 * most 5 s of it, as `drained` waits).
 */
const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
async function drainedOnFakeClock(actor: Outbox) {
  for (let ms = 0; ms < 5_000 && !isDrained(actor); ms += 1) await vi.advanceTimersByTimeAsync(1);
  expect(isDrained(actor), 'the queue drains').toBe(true);
}
const serverEvents = (attemptId: string) =>
  api.t.app.db.kysely
    .selectFrom('attempt_event')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .orderBy('seq')
    .execute();
const serverAttempt = (attemptId: string) =>
  api.t.app.db.kysely.selectFrom('attempt').selectAll().where('id', '=', attemptId).executeTakeFirstOrThrow();

describe('attempt outbox', () => {
  it('records start, choices and completion in order, one request at a time, and keeps the server score', async () => {
    const { actor } = outbox();
    const id = uuid();
    expect(syncStatus(actor.getSnapshot(), id)).toEqual({ kind: 'not-recorded' });
    record(actor, id);
    expect(syncStatus(actor.getSnapshot(), id)).toMatchObject({
      kind: 'saving',
      waiting: { start: true, choices: 3, reflection: true },
    });
    await drained(actor);
    expect(api.maxInFlight()).toBe(1);
    expect(api.sent.map((s) => s.status)).toEqual([201, 201, 201, 201, 201]);
    expect(api.sent.slice(1).map((s) => s.body.seq)).toEqual([1, 2, 3, 4]);
    expect(api.sent.slice(1, 4).map((s) => ({ point: s.body.point, index: s.body.index, text: s.body.text }))).toEqual(
      path.choices,
    );
    const row = await serverAttempt(id);
    expect(row.status).toBe('completed');
    expect(Number(row.overall)).toBeCloseTo(path.report.overall!, 6);
    const score = recordedScore(actor.getSnapshot(), id);
    expect(score).toMatchObject({ status: 'completed', overall: path.report.overall, band: path.report.band });
    expect(score!.domains.map((d) => d.id)).toEqual(path.report.domains.map((d) => d.id));
    expect(syncStatus(actor.getSnapshot(), id)).toEqual({ kind: 'saved' });
    actor.stop();
  });

  it('sends a respond-first start with its style and each typed response with its choice (issue 16)', async () => {
    const { actor } = outbox();
    const id = uuid();
    start(actor, id, { style: 'respond-first' });
    path.choices.forEach((c, n) =>
      actor.send({
        type: 'attempt.choice',
        attemptId: id,
        point: c.point,
        index: c.index,
        text: c.text!,
        response: `What I would say, ${n + 1}.`,
      }),
    );
    await drained(actor);
    expect(api.sent[0]!.body).toMatchObject({ id, style: 'respond-first' });
    expect(api.sent.slice(1).map((s) => s.body.response)).toEqual([
      'What I would say, 1.',
      'What I would say, 2.',
      'What I would say, 3.',
    ]);
    expect((await serverAttempt(id)).style).toBe('respond-first');
    const stored = (await serverEvents(id)).map((e) => (JSON.parse(e.payload) as { response?: string }).response);
    expect(stored).toEqual(['What I would say, 1.', 'What I would say, 2.', 'What I would say, 3.']);
    // An ordinary start sends no style at all.
    const plain = uuid();
    start(actor, plain);
    await drained(actor);
    expect(api.sent.at(-1)!.body).not.toHaveProperty('style');
    actor.stop();
  });

  it('never has two requests in flight and never sends an event before the one before it is acknowledged', async () => {
    fakeClock();
    const { actor } = outbox();
    const a = uuid();
    const b = uuid();
    api.hold = true;
    record(actor, a);
    record(actor, b, path.choices, 'second');
    // Only the first request has left while it is unanswered, however much is queued and however long it takes
    // (a minute, past every retry delay).
    await waitFor(actor, (s) => s.matches('sending'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.sent).toHaveLength(1);
    api.hold = false;
    api.release();
    await drainedOnFakeClock(actor);
    expect(api.maxInFlight()).toBe(1);
    for (const id of [a, b]) {
      const urls = api.sent.filter((s) => s.url.includes(id) || s.body.id === id);
      expect(urls.map((s) => s.body.seq ?? 0)).toEqual([0, 1, 2, 3, 4]);
      expect((await serverAttempt(id)).status).toBe('completed');
    }
    actor.stop();
  });

  it('retries with backoff while the network is down, says what is waiting, and loses nothing', async () => {
    const { actor } = outbox();
    const id = uuid();
    record(actor, id, path.choices.slice(0, 1), null);
    await drained(actor);
    api.weather = 'down';
    for (const c of path.choices.slice(1))
      actor.send({ type: 'attempt.choice', attemptId: id, point: c.point, index: c.index, text: c.text! });
    await waitFor(actor, (s) => s.matches('backoff'));
    expect(syncStatus(actor.getSnapshot(), id)).toEqual({
      kind: 'offline-not-saved',
      waiting: { start: false, choices: 2, reflection: false },
    });
    await waitFor(actor, (s) => s.context.failures >= 3);
    expect(api.sent.filter((s) => s.status === 'network').length).toBeGreaterThanOrEqual(3);
    api.weather = 'up';
    actor.send({ type: 'attempt.complete', attemptId: id, reflection: 'after the outage' });
    await drained(actor);
    expect((await serverEvents(id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(recordedScore(actor.getSnapshot(), id)?.overall).toBe(path.report.overall);
    actor.stop();
  });

  it('sends nothing while the browser is offline and resumes when it is back online', async () => {
    fakeClock();
    const net = fakeConnectivity(true);
    const { actor } = outbox({ online: net.online, connectivity: net.connectivity, retryDelay: () => 60_000 });
    const id = uuid();
    record(actor, id, path.choices.slice(0, 1), null);
    await drainedOnFakeClock(actor);
    net.set(false);
    const before = api.sent.length;
    for (const c of path.choices.slice(1))
      actor.send({ type: 'attempt.choice', attemptId: id, point: c.point, index: c.index, text: c.text! });
    expect(actor.getSnapshot().matches('offline')).toBe(true);
    expect(syncStatus(actor.getSnapshot(), id)).toEqual({
      kind: 'offline-not-saved',
      waiting: { start: false, choices: 2, reflection: false },
    });
    // Two minutes offline, twice the retry delay: nothing is sent.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(api.sent.length).toBe(before);
    expect(actor.getSnapshot().matches('offline')).toBe(true);
    net.set(true);
    await drainedOnFakeClock(actor);
    expect((await serverEvents(id)).map((e) => e.seq)).toEqual([1, 2, 3]);
    actor.stop();
  });

  it('goes offline when the browser does so mid-request, and retries at once when it is back', async () => {
    const net = fakeConnectivity(true);
    const { actor } = outbox({ online: net.online, connectivity: net.connectivity, retryDelay: () => 60_000 });
    const id = uuid();
    api.hold = true;
    record(actor, id, [], null);
    await waitFor(actor, (s) => s.matches('sending'));
    net.set(false);
    api.weather = 'down';
    api.release();
    await waitFor(actor, (s) => s.matches('offline'));
    api.weather = 'up';
    api.hold = false;
    net.set(true);
    await drained(actor);
    expect((await serverAttempt(id)).status).toBe('in_progress');
    actor.stop();
  });

  it('keeps trying through server errors, saying so, then sends in order', async () => {
    const { actor } = outbox();
    const id = uuid();
    api.weather = 'error500';
    record(actor, id);
    await waitFor(actor, (s) => s.context.failures >= 2);
    expect(syncStatus(actor.getSnapshot(), id)).toMatchObject({
      kind: 'retrying',
      waiting: { start: true, choices: 3, reflection: true },
    });
    api.weather = 'up';
    await drained(actor);
    expect((await serverAttempt(id)).status).toBe('completed');
    actor.stop();
  });

  it('counts a duplicate as sent when the server recorded an event but its answer was lost', async () => {
    const { actor } = outbox();
    const id = uuid();
    api.weather = 'loseAnswers';
    record(actor, id, path.choices.slice(0, 2), null);
    await waitFor(actor, (s) => s.context.failures >= 1);
    api.weather = 'up';
    await drained(actor);
    // The start went through twice (200 the second time); each event is stored once.
    expect(api.sent.filter((s) => s.status === 200).length).toBeGreaterThanOrEqual(1);
    expect((await serverEvents(id)).map((e) => e.seq)).toEqual([1, 2]);
    actor.stop();
  });

  it('drops an event the server says it already has (409 with a later expectedSeq)', () => {
    const event: OutboxItem = {
      kind: 'event',
      attemptId: 'a',
      body: { eventId: 'e', seq: 2, type: 'choice', point: 1, index: 0, text: 'x' },
    };
    expect(classify(event, 409, { error: { status: 409, message: 'out of date', expectedSeq: 3 } })).toEqual({
      kind: 'sent',
      score: null,
    });
    // A gap is not "already recorded": an earlier event is missing, and the attempt cannot go on.
    expect(
      classify(event, 409, { error: { status: 409, message: 'arrived before event 1', expectedSeq: 1 } }),
    ).toMatchObject({ kind: 'rejected' });
    expect(classify(event, 409, { error: { status: 409, message: 'different content' } })).toMatchObject({
      kind: 'rejected',
      message: 'different content',
    });
    expect(classify(event, 200, '<html>portal</html>')).toEqual({ kind: 'retry', reason: 'server' });
    expect(classify(event, 200, { seq: 1 })).toEqual({ kind: 'retry', reason: 'server' });
    expect(classify(event, 503, null)).toEqual({ kind: 'retry', reason: 'server' });
    expect(classify(event, 429, null)).toEqual({ kind: 'retry', reason: 'server' });
    expect(classify(event, 401, null)).toMatchObject({ kind: 'signed-out' });
    for (const status of [400, 404, 422])
      expect(classify(event, status, { error: { message: `no (${status})` } })).toEqual({
        kind: 'rejected',
        message: `no (${status})`,
      });
  });

  it('drops what the server already recorded after a reload that lost its acknowledgements', async () => {
    const storage = memoryStorage();
    const first = outbox({ storage });
    const id = uuid();
    record(first.actor, id, path.choices.slice(0, 2), null);
    const before = storage.getItem(OUTBOX(api.user.id))!;
    await drained(first.actor);
    first.actor.stop();
    // The tab closed after sending but before writing down the answers: the queue is as it was.
    storage.setItem(OUTBOX(api.user.id), before);
    const second = outbox({ storage });
    second.actor.send({ type: 'attempt.choice', attemptId: id, ...path.choices[2]!, text: path.choices[2]!.text! });
    await drained(second.actor);
    expect(api.sent.slice(-4).map((s) => s.status)).toEqual([200, 200, 200, 201]);
    expect((await serverEvents(id)).map((e) => e.seq)).toEqual([1, 2, 3]);
    second.actor.stop();
  });

  it('survives a reload: the persisted queue is sent by the next page, and numbering goes on', async () => {
    const storage = memoryStorage();
    const first = outbox({ storage });
    const id = uuid();
    api.weather = 'down';
    record(first.actor, id, path.choices.slice(0, 2), null);
    await waitFor(first.actor, (s) => s.matches('backoff'));
    first.actor.stop();
    const stored = readOutbox(storage, OUTBOX(api.user.id));
    expect(stored.queue.map((i) => (i.kind === 'start' ? 0 : i.body.seq))).toEqual([0, 1, 2]);
    expect(stored.next[id]).toBe(3);

    api.weather = 'up';
    const second = outbox({ storage });
    expect(syncStatus(second.actor.getSnapshot(), id)).toMatchObject({
      waiting: { start: true, choices: 2, reflection: false },
    });
    second.actor.send({ type: 'attempt.choice', attemptId: id, ...path.choices[2]!, text: path.choices[2]!.text! });
    second.actor.send({ type: 'attempt.complete', attemptId: id, reflection: 'after a reload' });
    await drained(second.actor);
    expect((await serverEvents(id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect((await serverAttempt(id)).status).toBe('completed');
    expect(readOutbox(storage, OUTBOX(api.user.id)).queue).toEqual([]);
    // The score outlives the page too, for a debrief resumed after a reload.
    const third = outbox({ storage });
    expect(recordedScore(third.actor.getSnapshot(), id)?.overall).toBe(path.report.overall);
    expect(syncStatus(third.actor.getSnapshot(), id)).toEqual({ kind: 'saved' });
    second.actor.stop();
    third.actor.stop();
  });

  it('stops an attempt the server refuses, says why, drops its events and goes on with the next attempt', async () => {
    const { actor } = outbox();
    const bad = uuid();
    const good = uuid();
    // The story ends after three choices; completing after one does not replay to an ending: 422.
    record(actor, bad, path.choices.slice(0, 1), 'too soon');
    record(actor, good);
    await drained(actor);
    const status = syncStatus(actor.getSnapshot(), bad);
    expect(status).toMatchObject({ kind: 'rejected' });
    expect(status.kind === 'rejected' && status.message).toMatch(/do not replay/);
    expect(recordedScore(actor.getSnapshot(), bad)).toBeUndefined();
    expect((await serverAttempt(good)).status).toBe('completed');
    // Nothing more is queued for the refused attempt.
    actor.send({ type: 'attempt.choice', attemptId: bad, point: 1, index: 0, text: 'x' });
    expect(actor.getSnapshot().context.queue).toEqual([]);
    actor.stop();
  });

  it('stops on 404 and 400 with the server message, never sending the attempt`s later events', async () => {
    const { actor } = outbox();
    const unknown = uuid();
    start(actor, unknown, { scenario: 'no-such-story' });
    actor.send({ type: 'attempt.choice', attemptId: unknown, point: 0, index: 0, text: 'x' });
    await drained(actor);
    expect(syncStatus(actor.getSnapshot(), unknown)).toEqual({
      kind: 'rejected',
      message: 'There is no scenario called "no-such-story".',
    });
    expect(api.sent).toHaveLength(1);

    const malformed = uuid();
    start(actor, malformed);
    actor.send({ type: 'attempt.choice', attemptId: malformed, point: 0, index: -1, text: 'x' });
    await drained(actor);
    expect(api.sent.at(-1)!.status).toBe(400);
    const status = syncStatus(actor.getSnapshot(), malformed);
    expect(status.kind === 'rejected' && status.message).toMatch(/not valid/);
    actor.stop();
  });

  it('a reflection the server cannot store (a NUL, a lone surrogate) is refused once with the reason, never retried', async () => {
    fakeClock();
    for (const reflection of ['I hurried.\u0000', 'I hurried. \ud800']) {
      const { actor } = outbox({ retryDelay: () => 1 });
      const id = uuid();
      record(actor, id, path.choices, reflection);
      await drainedOnFakeClock(actor);
      const completions = api.sent.filter((x) => x.body.type === 'complete');
      expect(completions.map((x) => x.status)).toEqual([400]);
      const status = syncStatus(actor.getSnapshot(), id);
      expect(status.kind).toBe('rejected');
      // What the player shows ("Not saved: …", SyncStatus.svelte) names the field and the reason.
      expect(status.kind === 'rejected' && status.message).toMatch(
        /reflection: must (not contain a NUL|be valid Unicode)/,
      );
      // A minute passes, sixty thousand retry delays: nothing more is sent for it.
      await vi.advanceTimersByTimeAsync(60_000);
      expect(api.sent.filter((x) => x.body.type === 'complete')).toHaveLength(1);
      expect(actor.getSnapshot().matches('idle')).toBe(true);
      expect((await serverAttempt(id)).status).toBe('in_progress');
      actor.stop();
      api.sent.length = 0;
    }
  });

  it('refuses an event that arrives before the one it follows (a gap in the queue)', async () => {
    const storage = memoryStorage();
    const first = outbox({ storage });
    const id = uuid();
    api.weather = 'down';
    record(first.actor, id, path.choices.slice(0, 2), null);
    await waitFor(first.actor, (s) => s.matches('backoff'));
    first.actor.stop();
    // Lose event 1 from storage (another tab wrote over it, say): event 2 must not be recorded in its place.
    const stored = readOutbox(storage, OUTBOX(api.user.id));
    storage.setItem(
      OUTBOX(api.user.id),
      JSON.stringify({ ...stored, queue: stored.queue.filter((i) => i.kind !== 'event' || i.body.seq !== 1) }),
    );
    api.weather = 'up';
    const second = outbox({ storage });
    await drained(second.actor);
    const status = syncStatus(second.actor.getSnapshot(), id);
    expect(status.kind === 'rejected' && status.message).toMatch(/arrived before event 1/);
    expect(await serverEvents(id)).toEqual([]);
    second.actor.stop();
  });

  it('stops when signed out, keeps the queue, and sends it after signing in again', async () => {
    const storage = memoryStorage();
    const { actor } = outbox({ storage });
    const id = uuid();
    api.weather = 'signedOut';
    record(actor, id, path.choices.slice(0, 1), null);
    await waitFor(actor, (s) => s.matches('signedOut'));
    expect(syncStatus(actor.getSnapshot(), id)).toMatchObject({
      kind: 'signed-out',
      waiting: { start: true, choices: 1, reflection: false },
    });
    expect(readOutbox(storage, OUTBOX(api.user.id)).queue).toHaveLength(2);
    api.weather = 'up';
    actor.send({ type: 'outbox.retry' });
    await drained(actor);
    expect((await serverEvents(id)).map((e) => e.seq)).toEqual([1]);
    actor.stop();
  });

  it('ignores events of an attempt it never started (begun before signing in)', () => {
    const { actor } = outbox();
    actor.send({ type: 'attempt.choice', attemptId: uuid(), point: 0, index: 0, text: 'x' });
    actor.send({ type: 'attempt.complete', attemptId: uuid(), reflection: 'x' });
    expect(actor.getSnapshot().context.queue).toEqual([]);
    actor.stop();
  });

  it('keeps working in memory when storage fails', async () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('quota');
    };
    const { actor } = outbox({ storage });
    const id = uuid();
    record(actor, id);
    expect(actor.getSnapshot().context.persisted).toBe(false);
    await drained(actor);
    expect((await serverAttempt(id)).status).toBe('completed');
    actor.stop();
  });

  it('names every event it handles domain.verb', () => {
    const machine = createAttemptSyncMachine({ fetch: api.fetch, key: 'k' });
    const handled = machine.root.events.filter((t) => !t.startsWith('xstate.'));
    expect(handled.length).toBeGreaterThanOrEqual(6);
    for (const t of handled) expect(t).toMatch(/^[a-z]+\.[a-z][a-zA-Z]*$/);
  });
});

describe('outbox storage shared by two tabs', () => {
  const item = (attemptId: string, seq: number): OutboxItem =>
    seq === 0
      ? { kind: 'start', attemptId, body: { id: attemptId, scenario: 'mini', storyHash: 'h', mode: 'practice' } }
      : {
          kind: 'event',
          attemptId,
          body: { eventId: `${attemptId}-${seq}`, seq, type: 'choice', point: seq - 1, index: 0, text: 't' },
        };
  const state = (
    queue: OutboxItem[],
    next: Record<string, number>,
    settled: OutboxState['settled'] = {},
  ): OutboxState => ({ version: 1, queue, next, settled });

  it('keeps what another tab stored for attempts this one does not know', () => {
    const stored = state([item('b', 0), item('b', 1)], { b: 2 });
    const ours = state([item('a', 0)], { a: 1 });
    const merged = mergeOutbox(stored, ours, ['a'], []);
    expect(merged.queue.map((i) => `${i.attemptId}${i.kind === 'start' ? 0 : i.body.seq}`)).toEqual(['a0', 'b0', 'b1']);
    expect(merged.next).toEqual({ a: 1, b: 2 });
  });

  it('never lowers a sequence counter, and does not bring back what this tab sent or settled', () => {
    const stored = state([item('a', 3), item('c', 1)], { a: 4, c: 2 });
    const ours = state([], { a: 2 }, { c: { score: null } });
    const merged = mergeOutbox(stored, ours, ['a', 'c'], ['a-3']);
    expect(merged.next).toEqual({ a: 4 });
    expect(merged.queue).toEqual([]);
    expect(merged.settled).toEqual({ c: { score: null } });
  });

  it('keeps a completed attempt closed', () => {
    const merged = mergeOutbox(state([], { a: 5 }), state([], { a: 0 }), ['a'], []);
    expect(merged.next).toEqual({ a: 0 });
  });

  it('reads nothing from a missing or unreadable store', () => {
    const storage = memoryStorage();
    expect(readOutbox(storage, 'k').queue).toEqual([]);
    storage.setItem('k', '{not json');
    expect(readOutbox(storage, 'k').queue).toEqual([]);
    storage.setItem(
      'k',
      JSON.stringify({ version: 1, queue: [{ kind: 'event', attemptId: 'a' }, item('a', 1)], next: {}, settled: {} }),
    );
    expect(readOutbox(storage, 'k').queue).toEqual([item('a', 1)]);
  });
});

describe('deferred recorder', () => {
  const spy = () => {
    const calls: string[] = [];
    const r: AttemptRecorder = {
      start: (a) => calls.push(`start ${a.attemptId}`),
      choice: (id, c) => calls.push(`choice ${id} ${c.point}`),
      complete: (id) => calls.push(`complete ${id}`),
    };
    return { calls, r };
  };

  it('holds calls until it knows who is playing, then passes them on in order', () => {
    const d = deferredRecorder();
    const { calls, r } = spy();
    d.recorder.start({ attemptId: 'a', scenario: 's', storyHash: 'h', mode: 'practice' });
    d.recorder.choice('a', { point: 0, index: 1, text: 't' });
    expect(calls).toEqual([]);
    d.attach(r);
    d.recorder.complete('a', 'r');
    expect(calls).toEqual(['start a', 'choice a 0', 'complete a']);
  });

  it('drops everything for a guest, before and after it is known', () => {
    const d = deferredRecorder();
    const { calls, r } = spy();
    d.recorder.start({ attemptId: 'a', scenario: 's', storyHash: 'h', mode: 'practice' });
    d.attach(null);
    d.attach(r);
    d.recorder.choice('a', { point: 0, index: 1, text: 't' });
    expect(calls).toEqual([]);
  });
});
