/**
 * The built server answers a choice event itself, before Astro (src/server/http/choice-route.ts); Astro's route
 * still answers the same path with a trailing slash. Every kind of request is sent both ways, each to an attempt of
 * its own in the same state, and the two answers must be the same: status, body (ids aside), content type,
 * caching and security headers, and what is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES } from '../support/databases.ts';
import { startOnFreshDatabase, type TestServer } from '../support/fresh-server.ts';
import { Client, signUp, type Reply, type RequestOptions, type TestUser } from '../support/server-process.ts';
import { builtBundle, choiceEvent, completeEvent, planPath, startAttempt } from './play.ts';

describe.each(DATABASES)('a choice event answered before Astro, on %s', (kind) => {
  let t: TestServer;
  let user: TestUser;
  const bundle = builtBundle();
  const path = planPath(bundle);

  beforeAll(async () => {
    t = await startOnFreshDatabase(kind);
    user = await signUp(t.server, 'choice-route');
  });
  afterAll(async () => t?.close());

  const stored = async (attempt: string) =>
    (
      await t.db.kysely
        .selectFrom('attempt_event')
        .select(['seq', 'type'])
        .where('attempt_id', '=', attempt)
        .orderBy('seq')
        .execute()
    ).map((e) => `${Number(e.seq)}:${e.type}`);

  /** What an answer says, with ids and times made alike (each way has its own attempt), and the headers that matter. */
  const shape = (reply: Reply) => ({
    status: reply.status,
    body: reply.text
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
      .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '<time>'),
    type: reply.headers.get('content-type'),
    cache: reply.headers.get('cache-control'),
    policy: reply.headers.get('content-security-policy'),
    frame: reply.headers.get('x-frame-options'),
    nosniff: reply.headers.get('x-content-type-options'),
  });

  /**
   * Prepares two attempts alike (`sent`: events recorded first, through the fast path), then sends `request` to each,
   * one through the fast path and one through Astro's route, and answers both answers and what each attempt then holds.
   */
  async function bothWays(
    request: (sent: object[]) => { client?: Client; body?: unknown; options?: RequestOptions; id?: string },
    before: () => object[] = () => [],
  ) {
    const answers = [];
    for (const slash of ['', '/']) {
      const attempt = await startAttempt(user.client, bundle);
      const sent = before();
      for (const event of sent)
        expect((await user.client.post(`/api/attempts/${attempt}/events`, event)).status).toBe(201);
      const { client = user.client, body, options = {}, id = attempt } = request(sent);
      const reply = await client.request('POST', `/api/attempts/${id}/events${slash}`, {
        ...(body === undefined ? {} : { json: body }),
        ...options,
      });
      answers.push({ ...shape(reply), stored: await stored(attempt) });
    }
    return { fast: answers[0]!, astro: answers[1]! };
  }

  it('records a choice the same way (201), and a repeat (200) and a gap (409) the same way', async () => {
    const recorded = await bothWays(() => ({ body: choiceEvent(1, path[0]!) }));
    expect(recorded.fast.status).toBe(201);
    expect(recorded.fast.stored).toEqual(['1:choice']);
    expect(recorded.fast).toEqual(recorded.astro);

    // The same event again, by its id: acknowledged, stored once.
    const repeat = await bothWays(
      ([again]) => ({ body: again }),
      () => [choiceEvent(1, path[0]!)],
    );
    expect(repeat.fast.status).toBe(200);
    expect(repeat.fast.stored).toEqual(['1:choice']);
    expect(repeat.fast).toEqual(repeat.astro);

    const gap = await bothWays(
      () => ({ body: choiceEvent(3, path[2]!) }),
      () => [choiceEvent(1, path[0]!)],
    );
    expect(gap.fast.status).toBe(409);
    expect(gap.fast.stored).toEqual(['1:choice']);
    expect(gap.fast).toEqual(gap.astro);
  });

  it('refuses the same requests with the same answers, storing nothing', async () => {
    const event = () => choiceEvent(1, path[0]!);
    const stranger = new Client(t.server);
    const cases: [string, number, Parameters<typeof bothWays>[0]][] = [
      ['no Origin header', 403, () => ({ body: event(), options: { origin: null } })],
      ['another site', 403, () => ({ body: event(), options: { origin: 'https://elsewhere.example' } })],
      ['nobody signed in', 401, () => ({ client: stranger, body: event() })],
      [
        'not JSON by its type',
        415,
        () => ({ options: { body: JSON.stringify(event()), headers: { 'content-type': 'text/plain' } } }),
      ],
      [
        'JSON that does not parse',
        400,
        () => ({ options: { body: '{"seq": 1,', headers: { 'content-type': 'application/json' } } }),
      ],
      ['a NUL in the text', 400, () => ({ body: { ...event(), text: 'a\u0000b' } })],
      ['an unknown field', 400, () => ({ body: { ...event(), score: 100 } })],
      ['someone else’s or no such attempt', 404, () => ({ body: event(), id: crypto.randomUUID() })],
      ['completing before the end', 422, () => ({ body: completeEvent(1, 'Too soon.') })],
    ];
    for (const [what, status, request] of cases) {
      const { fast, astro } = await bothWays(request);
      expect(fast.status, what).toBe(status);
      expect(fast, what).toEqual(astro);
      if (status !== 422) expect(fast.stored, what).toEqual([]);
    }
  });
});
