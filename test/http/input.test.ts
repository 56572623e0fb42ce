/**
 * Bad input over HTTP: malformed JSON, the wrong content type, bodies over MAX_BODY_BYTES (declared or
 * streamed), wrong types and unknown fields get a 4xx with a message that says what is wrong, and nothing is
 * stored; repeated events are acknowledged once stored once, and events out of order are refused with the
 * sequence number the server expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase, type FreshDatabase } from '../support/databases.ts';
import { openTestDatabase, signUp, startServer, type ServerProcess, type TestUser } from '../support/server-process.ts';
import { builtBundle, choiceEvent, completeEvent, planPath, postEvent, startAttempt } from './play.ts';

const MAX_BODY = 2048;

describe.each(DATABASES)('bad input on %s', (kind) => {
  let fresh: FreshDatabase;
  let server: ServerProcess;
  let db: Db;
  let user: TestUser;
  let admin: TestUser;
  const bundle = builtBundle();
  const path = planPath(bundle);
  const start = () => ({ id: crypto.randomUUID(), scenario: bundle.slug, storyHash: bundle.hash, mode: 'assessment' });

  const count = async (table: 'attempt' | 'attempt_event') =>
    Number(
      (
        await db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const eventsOf = async (attempt: string) =>
    (
      await db.kysely
        .selectFrom('attempt_event')
        .select(['seq', 'event_id'])
        .where('attempt_id', '=', attempt)
        .orderBy('seq')
        .execute()
    ).map((e) => ({
      seq: Number(e.seq),
      eventId: e.event_id,
    }));

  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    server = await startServer({ database: fresh, env: { MAX_BODY_BYTES: String(MAX_BODY) } });
    db = openTestDatabase(fresh);
    user = await signUp(server, 'input');
    admin = await signUp(server, 'admin');
    await db.kysely.updateTable('user').set({ role: 'admin' }).where('id', '=', admin.id).execute();
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await fresh?.drop();
  });

  it('malformed JSON: 400 saying the body is not valid JSON; nothing stored', async () => {
    for (const body of ['{"id": ', '{id: 1}', "{'a': 1}", '', 'null null', '\u0000']) {
      const res = await user.client.post('/api/attempts', undefined, {
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.body.error.message, JSON.stringify(body)).toMatch(/not valid JSON/);
    }
    expect(await count('attempt')).toBe(0);
  });

  it('a body that is not JSON by content type: 415 naming application/json; nothing stored', async () => {
    const body = JSON.stringify(start());
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      const res = await user.client.post('/api/attempts', undefined, {
        body: type === null ? new TextEncoder().encode(body) : body,
        headers,
      });
      expect(res.status, String(type)).toBe(415);
      expect(res.body.error.message).toMatch(/application\/json/);
    }
    expect(await count('attempt')).toBe(0);
  });

  it(`a body over MAX_BODY_BYTES (${MAX_BODY}): 413, whether its length is declared or it is streamed; nothing stored`, async () => {
    const big = { ...start(), padding: 'x'.repeat(MAX_BODY * 2) };
    const declared = await user.client.post('/api/attempts', big);
    expect(declared.status).toBe(413);
    expect(declared.body.error.message).toMatch(new RegExp(`larger than ${MAX_BODY} bytes`));

    // Chunked, no Content-Length: the server must count as it reads.
    const text = new TextEncoder().encode(JSON.stringify(big));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < text.length; i += 512) controller.enqueue(text.slice(i, i + 512));
        controller.close();
      },
    });
    const streamed = await user.client.post('/api/attempts', undefined, {
      body: stream,
      headers: { 'content-type': 'application/json' },
    });
    expect(streamed.status).toBe(413);

    const attempt = await startAttempt(user.client, bundle);
    const hugeText = await postEvent(user.client, attempt, { ...choiceEvent(1, path[0]!), text: 'y'.repeat(MAX_BODY) });
    expect(hugeText.status).toBe(413);
    expect(await count('attempt')).toBe(1);
    expect(await eventsOf(attempt)).toEqual([]);
    // Just under the limit is read (and then judged on its content).
    const under = await postEvent(user.client, attempt, {
      ...choiceEvent(1, path[0]!),
      text: 'z'.repeat(MAX_BODY - 300),
    });
    expect(under.status).not.toBe(413);
  });

  it('wrong types and unknown fields in a start: 400 naming the field; nothing stored', async () => {
    const before = await count('attempt');
    const cases: [string, unknown, RegExp][] = [
      ['an array', [start()], /attempt/],
      ['a string', 'start', /attempt/],
      ['id not a UUID', { ...start(), id: 'attempt-1' }, /id: must be a UUID/],
      ['id a number', { ...start(), id: 7 }, /id:/],
      ['mode unknown', { ...start(), mode: 'exam' }, /mode:/],
      ['scenario with a path', { ...start(), scenario: '../../etc/passwd' }, /scenario:/],
      ['storyHash missing', { ...start(), storyHash: undefined }, /storyHash:/],
      ['an unknown field', { ...start(), score: 100 }, /score/],
      ['a user id smuggled in', { ...start(), userId: admin.id }, /userId/],
    ];
    for (const [label, body, message] of cases) {
      const res = await user.client.post('/api/attempts', body);
      expect(res.status, label).toBe(400);
      expect(res.body.error.message, label).toMatch(/is not valid/);
      expect(res.body.error.message, label).toMatch(message);
    }
    expect(await count('attempt')).toBe(before);
    // A scenario that does not exist, and a stale story version, are refused too.
    expect((await user.client.post('/api/attempts', { ...start(), scenario: 'no-such-scenario' })).status).toBe(404);
    const stale = await user.client.post('/api/attempts', { ...start(), storyHash: 'not-the-current-hash' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.currentHash).toBe(bundle.hash);
    expect(await count('attempt')).toBe(before);
  });

  it('wrong types and unknown fields in an event: 400 naming the field; nothing stored', async () => {
    const attempt = await startAttempt(user.client, bundle);
    const good = choiceEvent(1, path[0]!);
    const cases: [string, unknown, RegExp][] = [
      ['seq a string', { ...good, seq: '1' }, /seq:/],
      ['seq 0', { ...good, seq: 0 }, /seq:/],
      ['seq fractional', { ...good, seq: 1.5 }, /seq:/],
      ['index negative', { ...good, index: -1 }, /index:/],
      ['point a string', { ...good, point: 'first' }, /point:/],
      ['eventId not a UUID', { ...good, eventId: 'e1' }, /eventId:/],
      ['type unknown', { ...good, type: 'score' }, /type/],
      ['an unknown field', { ...good, overall: 100 }, /overall/],
      ['reflection on a choice', { ...good, reflection: 'x' }, /reflection/],
      ['a complete without reflection', { eventId: crypto.randomUUID(), seq: 1, type: 'complete' }, /reflection:/],
    ];
    for (const [label, body, message] of cases) {
      const res = await postEvent(user.client, attempt, body as object);
      expect(res.status, label).toBe(400);
      expect(res.body.error.message, label).toMatch(message);
    }
    const badId = await postEvent(user.client, 'not-a-uuid', good);
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toMatch(/attempt id/);
    expect(await eventsOf(attempt)).toEqual([]);
    const row = await db.kysely
      .selectFrom('attempt')
      .select(['last_seq', 'status'])
      .where('id', '=', attempt)
      .executeTakeFirstOrThrow();
    expect(Number(row.last_seq)).toBe(0);
    expect(row.status).toBe('in_progress');
  });

  it('the admin API checks its input too: an unknown role or extra fields are 400, nothing changed', async () => {
    for (const body of [{ role: 'superuser' }, { role: 'admin', extra: true }, { role: 7 }, []]) {
      const res = await admin.client.patch(`/api/admin/users/${user.id}`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toMatch(/role change is not valid/);
    }
    const row = await db.kysely.selectFrom('user').select('role').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.role).toBe('trainee');
  });

  it('the same event twice: 201, then 200 marked duplicate, stored once', async () => {
    const attempt = await startAttempt(user.client, bundle);
    const event = choiceEvent(1, path[0]!);
    const first = await postEvent(user.client, attempt, event);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ seq: 1, duplicate: false });
    const again = await postEvent(user.client, attempt, event);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ seq: 1, duplicate: true });
    expect(again.body.attempt.lastSeq).toBe(1);
    expect(await eventsOf(attempt)).toEqual([{ seq: 1, eventId: event.eventId }]);
    // The same id with other content is not a repeat: refused, and the stored event is untouched.
    const altered = await postEvent(user.client, attempt, { ...event, index: event.index + 1 });
    expect(altered.status).toBe(409);
    expect(altered.body.error.message).toMatch(/already recorded with different content/);
    expect(await eventsOf(attempt)).toEqual([{ seq: 1, eventId: event.eventId }]);
  });

  it('events out of order: 409 with expectedSeq, nothing stored; then the right one is taken', async () => {
    const attempt = await startAttempt(user.client, bundle);
    const ahead = await postEvent(user.client, attempt, choiceEvent(3, path[0]!));
    expect(ahead.status).toBe(409);
    expect(ahead.body.error.expectedSeq).toBe(1);
    expect(ahead.body.error.message).toMatch(/before event 1/);
    const first = choiceEvent(1, path[0]!);
    expect((await postEvent(user.client, attempt, first)).status).toBe(201);
    // An old sequence number under a new event id is stale, not a repeat.
    const stale = await postEvent(user.client, attempt, choiceEvent(1, path[1]!));
    expect(stale.status).toBe(409);
    expect(stale.body.error.expectedSeq).toBe(2);
    const gap = await postEvent(user.client, attempt, choiceEvent(4, path[1]!));
    expect(gap.status).toBe(409);
    expect(gap.body.error.expectedSeq).toBe(2);
    // A choice at a point not reached yet.
    const skip = await postEvent(user.client, attempt, { ...choiceEvent(2, path[1]!), point: 5 });
    expect(skip.status).toBe(422);
    expect(skip.body.error.message).toMatch(/has not been reached/);
    expect(await eventsOf(attempt)).toEqual([{ seq: 1, eventId: first.eventId }]);
    const second = await postEvent(user.client, attempt, choiceEvent(2, path[1]!));
    expect(second.status).toBe(201);
    expect(second.body.attempt.lastSeq).toBe(2);
  });

  it('completing before the story has ended is rejected with the reason; the attempt then takes no more events', async () => {
    const attempt = await startAttempt(user.client, bundle);
    expect((await postEvent(user.client, attempt, choiceEvent(1, path[0]!))).status).toBe(201);
    const early = await postEvent(user.client, attempt, completeEvent(2, 'Too soon.'));
    expect(early.status).toBe(422);
    expect(early.body.error.message).toMatch(/before the story ends/);
    expect(early.body.attempt.status).toBe('rejected');
    expect(early.body.attempt.overall).toBeNull();
    const more = await postEvent(user.client, attempt, choiceEvent(3, path[1]!));
    expect(more.status).toBe(409);
  });

  it('a choice the story does not offer is not scored: the completed attempt is rejected', async () => {
    const attempt = await startAttempt(user.client, bundle);
    let seq = 0;
    const bogus = path.map((c, i) => (i === 0 ? { ...c, text: 'Something the client never heard' } : c));
    for (const c of bogus) expect((await postEvent(user.client, attempt, choiceEvent(++seq, c))).status).toBe(201);
    const done = await postEvent(user.client, attempt, completeEvent(seq + 1, 'Done.'));
    expect(done.status).toBe(422);
    expect(done.body.attempt.status).toBe('rejected');
    expect(done.body.error.message).toMatch(/do not replay/);
  });
});
