/**
 * Durability: an event the server acknowledged survives the server being killed (SIGKILL, no chance to
 * flush anything) right after, with or without more requests in flight. Restarted on the same database, the
 * attempt has every acknowledged event, continues, and completes with the score the engine gives its choices.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASES, freshDatabase, type FreshDatabase } from '../support/databases.ts';
import { Client, signUp, startServer, type Reply, type ServerProcess } from '../support/server-process.ts';
import {
  builtBundle,
  builtScenarios,
  choiceEvent,
  completeEvent,
  engineScore,
  planPath,
  postEvent,
  startAttempt,
} from './play.ts';

/** A scenario whose chosen path is long enough to kill the server twice along the way. */
function longEnoughScenario() {
  for (const slug of builtScenarios()) {
    const bundle = builtBundle(slug);
    const path = planPath(bundle);
    if (path.length >= 7) return { bundle, path };
  }
  throw new Error('no built scenario has a path of 7 choices');
}

describe.each(DATABASES)('durability on %s', (kind) => {
  let fresh: FreshDatabase;
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop();
    await fresh?.drop();
  });

  it('every acknowledged event survives SIGKILL; the attempt then continues and completes with the server’s score', async () => {
    const { bundle, path } = longEnoughScenario();
    fresh = await freshDatabase(kind);
    server = await startServer({ database: fresh });
    const health = await new Client(server).get('/api/health');
    expect(health.body).toEqual({ status: 'ok', database: kind });

    const user = await signUp(server, 'durable');
    const browser = user.client;
    const attempt = await startAttempt(browser, bundle, 'assessment');
    const events = path.map((choice, i) => choiceEvent(i + 1, choice));
    /** Event id → attempt, for every event the server answered 201 or 200 to. */
    const acknowledged = new Map<string, string>();
    /** Attempts whose start the server answered 201 to. */
    const started = new Set<string>([attempt]);

    const send = async (target: string, event: { eventId: string }): Promise<Reply> => {
      const res = await postEvent(browser, target, event);
      if (res.status === 201 || res.status === 200) acknowledged.set(event.eventId, target);
      return res;
    };

    async function restart() {
      const port = server!.port;
      server = await startServer({ database: fresh, port });
    }

    /** Every acknowledged start and event is in the database, as the person's own export shows. */
    async function expectAllAcknowledgedPresent() {
      const res = await browser.get('/api/me/export');
      expect(res.status).toBe(200);
      const stored = new Map<string, string>();
      for (const a of res.body.attempts as { id: string; events: { id: string; seq: number }[] }[]) {
        for (const e of a.events) stored.set(e.id, a.id);
        // Events are contiguous from 1: nothing half-written.
        expect(a.events.map((e) => e.seq)).toEqual(a.events.map((_, i) => i + 1));
      }
      for (const [eventId, target] of acknowledged)
        expect(stored.get(eventId), `acknowledged event ${eventId}`).toBe(target);
      const ids = new Set((res.body.attempts as { id: string }[]).map((a) => a.id));
      for (const id of started) expect(ids.has(id), `acknowledged attempt ${id}`).toBe(true);
    }

    // 1. Two choices acknowledged, then SIGKILL at once, nothing in flight.
    for (const e of events.slice(0, 2)) expect((await send(attempt, e)).status).toBe(201);
    const first = await server.kill();
    expect(first.signal).toBe('SIGKILL');
    await restart();
    const afterFirst = await browser.get(`/api/attempts/${attempt}`);
    expect(afterFirst.status).toBe(200);
    expect(afterFirst.body.attempt.lastSeq).toBe(2);
    expect(afterFirst.body.attempt.status).toBe('in_progress');
    await expectAllAcknowledgedPresent();

    // 2. Choices 3 and 4 acknowledged; choice 5, the start of another attempt and some reads in flight; SIGKILL.
    for (const e of events.slice(2, 4)) expect((await send(attempt, e)).status).toBe(201);
    const other = crypto.randomUUID();
    const inFlight = [
      send(attempt, events[4]!),
      browser
        .post('/api/attempts', { id: other, scenario: bundle.slug, storyHash: bundle.hash, mode: 'practice' })
        .then((r) => {
          if (r.status === 201) started.add(other);
          return r;
        }),
      browser.get(`/api/attempts/${attempt}`),
      browser.get('/api/me/export'),
    ].map((p) =>
      p.then(
        (r) => r.status,
        (error: Error) => error.message,
      ),
    );
    const second = await server.kill();
    expect(second.signal).toBe('SIGKILL');
    await Promise.all(inFlight);
    await restart();

    const afterSecond = await browser.get(`/api/attempts/${attempt}`);
    expect(afterSecond.status).toBe(200);
    const lastSeq = afterSecond.body.attempt.lastSeq as number;
    expect(lastSeq).toBeGreaterThanOrEqual(4);
    expect(lastSeq).toBeLessThanOrEqual(5);
    await expectAllAcknowledgedPresent();

    // 3. The browser resends what it has no answer for, with the same ids: recorded now, or recognised.
    const resent = await send(attempt, events[4]!);
    expect(resent.status).toBe(lastSeq === 5 ? 200 : 201);
    expect(resent.body.attempt.lastSeq).toBe(5);
    for (const e of events.slice(5)) expect((await send(attempt, e)).status).toBe(201);
    const done = await send(attempt, completeEvent(events.length + 1, 'Survived two crashes.'));
    expect(done.status, done.text).toBe(201);
    expect(done.body.attempt.status).toBe('completed');
    expect(done.body.attempt.overall).toBe(engineScore(bundle, path, 'assessment'));

    // 4. Killed once more after completion, the score and the replayed path are still there.
    await server.kill();
    await restart();
    const final = await browser.get(`/api/attempts/${attempt}`);
    expect(final.body.attempt.status).toBe('completed');
    expect(final.body.attempt.lastSeq).toBe(events.length + 1);
    expect(final.body.attempt.overall).toBe(engineScore(bundle, path, 'assessment'));
    expect(final.body.attempt.replay.ended).toBe(true);
    expect(
      final.body.attempt.replay.points.map(
        (p: { options: { index: number }[]; chosen: number }) => p.options[p.chosen]!.index,
      ),
    ).toEqual(path.map((c) => c.index));
    await expectAllAcknowledgedPresent();
  });
});
