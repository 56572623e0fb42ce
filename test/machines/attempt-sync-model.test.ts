/**
 * Model-based test of the outbox: traverse its state graph with xstate/graph, prove every state it can rest in
 * is reachable and that the queue keeps its invariants everywhere, then replay the shortest paths on a live
 * actor whose fetch answers as each path says.
 */
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock, type SnapshotFrom } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { Outcome, ResponseLike } from '../../src/machines/attempt-sync-delivery.ts';
import { createAttemptSyncMachine, type SyncEvent } from '../../src/machines/attempt-sync-machine.ts';
import type { OutboxItem } from '../../src/machines/attempt-sync-outbox.ts';

type Machine = ReturnType<typeof createAttemptSyncMachine>;
type Snap = SnapshotFrom<Machine>;

const DONE = 'xstate.done.actor.deliver';
const OUTCOMES: Outcome[] = [
  { kind: 'sent', score: null },
  { kind: 'retry', reason: 'network' },
  { kind: 'retry', reason: 'server' },
  { kind: 'rejected', message: 'Refused.' },
  { kind: 'signed-out', message: 'Signed out.' },
];

function machine(fetch: (url: string, init: RequestInit) => Promise<ResponseLike> = () => new Promise(() => {})) {
  return createAttemptSyncMachine({ fetch, key: 'outbox', storage: null, retryDelay: () => 1000 });
}

const backoffEvent = (m: Machine) => {
  const found = Object.keys(m.root.states.backoff!.on).find((t) => t.startsWith('xstate.after.'));
  if (!found) throw new Error('the backoff state has no delayed transition');
  return found;
};

function eventsFor(m: Machine) {
  const after = backoffEvent(m);
  return (s: Snap): SyncEvent[] => {
    const c = s.context;
    const attempts = ['a', 'b'];
    const room = c.queue.length < 3;
    return [
      ...(room
        ? attempts.map((id) => ({
            type: 'attempt.start' as const,
            attemptId: id,
            scenario: 'mini',
            storyHash: 'h',
            mode: 'practice' as const,
          }))
        : []),
      ...(room
        ? attempts.map((id) => ({ type: 'attempt.choice' as const, attemptId: id, point: 0, index: 0, text: 't' }))
        : []),
      ...(room ? attempts.map((id) => ({ type: 'attempt.complete' as const, attemptId: id, reflection: 'r' })) : []),
      { type: 'network.online' },
      { type: 'network.offline' },
      { type: 'outbox.retry' },
      ...(s.matches('sending') ? OUTCOMES.map((output) => ({ type: DONE, output }) as unknown as SyncEvent) : []),
      ...(s.matches('backoff') ? [{ type: after } as unknown as SyncEvent] : []),
    ];
  };
}

const key = (s: Snap) =>
  JSON.stringify({
    v: s.value,
    // Kinds, not sequence numbers, which grow without end.
    queue: s.context.queue.map((i) => `${i.attemptId}:${i.kind === 'start' ? 'start' : i.body.type}`),
    recording: Object.keys(s.context.next).sort(),
    online: s.context.online,
    signedOut: s.context.signedOut !== null,
    settled: Object.keys(s.context.settled).sort(),
    failures: Math.min(s.context.failures, 2),
  });

const RESTING = ['idle', 'sending', 'backoff', 'offline', 'signedOut'];

function invariants(s: Snap) {
  const c = s.context;
  const byAttempt = new Map<string, OutboxItem[]>();
  for (const item of c.queue) byAttempt.set(item.attemptId, [...(byAttempt.get(item.attemptId) ?? []), item]);
  for (const [id, items] of byAttempt) {
    const seqs = items.map((i) => (i.kind === 'start' ? 0 : i.body.seq));
    // In order, without gaps or repeats, and never for an attempt that is settled.
    for (let k = 1; k < seqs.length; k++) expect(seqs[k]).toBe(seqs[k - 1]! + 1);
    expect(id in c.settled).toBe(false);
    const complete = items.findIndex((i) => i.kind === 'event' && i.body.type === 'complete');
    if (complete >= 0) expect(complete).toBe(items.length - 1);
  }
  if (s.matches('sending')) expect(c.queue.length).toBeGreaterThan(0);
  // (The browser may go offline while a request is in flight; it waits offline only while it is offline.)
  if (s.matches('offline')) expect(c.online).toBe(false);
  if (s.matches('idle')) expect(c.queue).toEqual([]);
  if (s.matches('signedOut')) expect(c.signedOut).not.toBeNull();
}

describe('attempt outbox model', () => {
  const m = machine();
  const paths = getShortestPaths(m, { events: eventsFor(m), serializeState: key });

  it('reaches every state it can rest in and keeps its queue in order everywhere', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.flatMap((step) => [...step.state._nodes].map((n) => n.key))));
    for (const state of RESTING) expect(reached, `state ${state} is never reached`).toContain(state);
    expect(reached.has('route')).toBe(false);
    expect(paths.length).toBeGreaterThan(50);
    for (const p of paths) for (const step of p.steps) invariants(step.state);
  });

  it('replays shortest paths on a live actor whose server answers as the path says', async () => {
    const sample = paths.filter((p) => p.steps.length > 2);
    expect(sample.length).toBeGreaterThan(20);
    for (const path of sample.slice(0, 150)) {
      const pending: { item: Record<string, unknown>; url: string; answer: (r: ResponseLike | Error) => void }[] = [];
      const fetch = (url: string, init: RequestInit) =>
        new Promise<ResponseLike>((resolve, reject) => {
          pending.push({
            url,
            item: JSON.parse(String(init.body)),
            answer: (r) => (r instanceof Error ? reject(r) : resolve(r)),
          });
        });
      const clock = new SimulatedClock();
      const actor = createActor(machine(fetch), { clock });
      actor.start();
      const after = backoffEvent(m);
      for (const step of path.steps) {
        const type = step.event.type as string;
        if (type === 'xstate.init') continue;
        if (type === DONE) {
          const outcome = (step.event as unknown as { output: Outcome }).output;
          const request = pending.shift()!;
          expect(request, 'a request was in flight').toBeDefined();
          request.answer(responseFor(outcome, request.url, request.item));
          await settle();
        } else if (type === after) {
          clock.increment(1000);
          await settle();
        } else {
          actor.send(step.event);
          await settle();
        }
      }
      expect(key(actor.getSnapshot())).toBe(key(path.state));
      // Never more than one request in flight.
      expect(pending.length).toBeLessThanOrEqual(1);
      actor.stop();
    }
  });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function responseFor(outcome: Outcome, url: string, body: Record<string, unknown>): ResponseLike | Error {
  const reply = (status: number, data: unknown): ResponseLike => ({ status, json: async () => data });
  switch (outcome.kind) {
    case 'sent':
      return url === '/api/attempts'
        ? reply(201, { attempt: { id: body.id } })
        : reply(201, { seq: body.seq, duplicate: false, attempt: { status: 'in_progress' } });
    case 'retry':
      return outcome.reason === 'network' ? new TypeError('Failed to fetch') : reply(503, null);
    case 'rejected':
      return reply(422, { error: { status: 422, message: outcome.message } });
    case 'signed-out':
      return reply(401, { error: { status: 401, message: 'Sign in to do this.' } });
  }
}
