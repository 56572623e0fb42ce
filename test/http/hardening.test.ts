/**
 * The findings of the outside attack (issue 11), each checked against the built server on SQLite and on
 * PostgreSQL, with the hostile values of the bad-input corpus (test/fixtures/bad-input/corpus.json):
 * hostile `next=` after sign-in and sign-up; MAX_BODY_BYTES on every route (better-auth, form posts on pages),
 * declared or chunked; a trainee in two cohorts seen by each cohort's supervisors only through that cohort's
 * assignments; NUL, lone surrogates and invisible names refused with 400 (PostgreSQL answered 500); invalid
 * dates; path ids; and the lower findings (comments marked seen by POST only, revoking someone else's
 * session, the error envelope, an unknown cohort's assignments, loopback origins in development, sign-up and
 * co-supervisor answers that reveal no account, passwords judged after NFKC).
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { BAD_INPUT } from '../support/bad-input.ts';
import { DATABASES } from '../support/databases.ts';
import { insertCohorts, signUpAs, startOnFreshDatabase, type TestServer } from '../support/fresh-server.ts';
import {
  Client,
  newCredentials,
  signUp,
  type Reply,
  type ServerProcess,
  type TestUser,
} from '../support/server-process.ts';
import {
  assignOver,
  builtBundle,
  choiceEvent,
  completeEvent,
  planPath,
  playPath,
  postEvent,
  startAttempt,
} from './play.ts';

const MAX_BODY = 2048;

/** A body of `size` bytes sent in 512-byte chunks with no Content-Length (Transfer-Encoding: chunked). */
function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.slice(i, i + 512));
      controller.close();
    },
  });
}

const formBody = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe.each(DATABASES)('issue 11 hardening on %s', (kind) => {
  let running: TestServer;
  let server: ServerProcess;
  let db: Db;
  const bundle = builtBundle();
  const path = planPath(bundle);
  let supX: TestUser;
  let supY: TestUser;
  let trainee: TestUser;
  let admin: TestUser;
  const cohortX = crypto.randomUUID();
  const cohortY = crypto.randomUUID();
  let attemptX: string;
  let attemptY: string;
  let practice: string;
  const titleY = `Y only ${crypto.randomUUID().slice(0, 8)}`;
  const reflectionY = `Reflection for Y ${crypto.randomUUID()}`;
  const reflectionPractice = `Practice reflection ${crypto.randomUUID()}`;
  const commentY = `Comment by Y ${crypto.randomUUID()}`;

  beforeAll(async () => {
    running = await startOnFreshDatabase(kind, { MAX_BODY_BYTES: String(MAX_BODY) });
    ({ server, db } = running);
    supX = await signUpAs(server, db, 'sup-x', 'supervisor');
    supY = await signUpAs(server, db, 'sup-y', 'supervisor');
    admin = await signUpAs(server, db, 'admin', 'admin');
    trainee = await signUp(server, 'two-cohorts');
    await insertCohorts(db, [
      { id: cohortX, name: 'Cohort X', supervisors: [supX], members: [trainee] },
      { id: cohortY, name: 'Cohort Y', supervisors: [supY], members: [trainee] },
    ]);
    attemptX = await startAttempt(
      trainee.client,
      bundle,
      'assessment',
      await assignOver(supX.client, cohortX, bundle, 'assessment', 'X week 1'),
    );
    await playPath(trainee.client, attemptX, path, 'Reflection for X.');
    attemptY = await startAttempt(
      trainee.client,
      bundle,
      'assessment',
      await assignOver(supY.client, cohortY, bundle, 'assessment', titleY),
    );
    await playPath(trainee.client, attemptY, path, reflectionY);
    practice = await startAttempt(trainee.client, bundle, 'practice');
    await playPath(trainee.client, practice, path, reflectionPractice);
    expect((await supY.client.post(`/api/attempts/${attemptY}/comments`, { point: null, body: commentY })).status).toBe(
      201,
    );
  });
  afterAll(() => running?.close());

  const noLeak = (res: Reply, what: string) => {
    for (const secret of [reflectionY, reflectionPractice, commentY, titleY, attemptY, practice])
      expect(res.text, `${what} leaks ${secret.slice(0, 20)}`).not.toContain(secret);
  };

  // -------------------------------------------------------------------------------------------- finding 1

  it('hostile next= after sign-in and sign-up: a signed-in person is sent to a path on this site, never to another host', async () => {
    for (const page of ['/signin/', '/signup/']) {
      for (const raw of BAD_INPUT.hostileNext) {
        const res = await trainee.client.get(`${page}?next=${encodeURIComponent(raw)}`);
        // A control character anywhere in the URL (%00, %09, %0A…) is refused outright at the entry point.
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
        if (/[\u0000-\u001f]/.test(raw)) {
          expect(res.status, `${page} ${JSON.stringify(raw)}`).toBe(400);
          continue;
        }
        expect(res.status, `${page} ${JSON.stringify(raw)}`).toBe(303);
        const location = res.headers.get('location') ?? '';
        expect(
          location.startsWith('/') && !location.startsWith('//') && !location.includes('\\'),
          `${page} ${JSON.stringify(raw)} → ${location}`,
        ).toBe(true);
        expect(new URL(location, server.url).origin).toBe(new URL(server.url).origin);
      }
    }
    // The reported ones are ignored: a trainee lands on their dashboard; signed out, the form is told the same.
    for (const raw of ['/..//evil.example', '/.//evil.example']) {
      expect((await trainee.client.get(`/signin/?next=${encodeURIComponent(raw)}`)).headers.get('location')).toBe(
        '/dashboard/',
      );
      const page = await new Client(server).get(`/signup/?next=${encodeURIComponent(raw)}`);
      expect(page.status).toBe(200);
      expect(page.text).not.toMatch(/\/\/evil\.example/);
    }
  });

  // -------------------------------------------------------------------------------------------- finding 2

  it('MAX_BODY_BYTES holds on every route, declared or chunked: better-auth, page form posts, the JSON API', async () => {
    const guest = new Client(server);
    for (const factor of BAD_INPUT.bodies.overLimit) {
      const padding = 'x'.repeat(Math.ceil(MAX_BODY * factor));
      const signIn = JSON.stringify({ email: trainee.email, password: trainee.password, padding });
      const cases: [string, Client, string, string, Record<string, string>][] = [
        ['sign-in (better-auth)', guest, '/api/auth/sign-in/email', signIn, { 'content-type': 'application/json' }],
        [
          'sign-up (better-auth)',
          guest,
          '/api/auth/sign-up/email',
          JSON.stringify({ ...newCredentials('big'), padding }),
          { 'content-type': 'application/json' },
        ],
        [
          'a review form post',
          supX.client,
          `/review/${attemptX}/`,
          formBody({ intent: 'comment', point: '', body: padding }),
          FORM,
        ],
        [
          'a cohort form post',
          supX.client,
          `/cohorts/${cohortX}/`,
          formBody({ action: 'invite', days: '3', padding }),
          FORM,
        ],
        ['creating a cohort', supX.client, '/cohorts/', formBody({ name: padding }), FORM],
        ['joining', trainee.client, '/join/', formBody({ code: padding }), FORM],
        [
          'the JSON API',
          supX.client,
          `/api/attempts/${attemptX}/comments`,
          JSON.stringify({ point: null, body: padding }),
          { 'content-type': 'application/json' },
        ],
      ];
      for (const [label, client, url, body, headers] of cases) {
        const declared = await client.post(url, undefined, { body, headers });
        expect(declared.status, `${label}, declared, ×${factor}`).toBe(413);
        const streamed = await client.post(url, undefined, { body: chunked(body), headers });
        expect(streamed.status, `${label}, chunked, ×${factor}`).toBe(413);
        if (url.startsWith('/api/'))
          expect(streamed.body.error).toEqual({
            status: 413,
            message: `The request body is larger than ${MAX_BODY} bytes.`,
          });
      }
    }
    // Nothing of it was stored, and a body under the limit still goes through.
    expect(
      await db.kysely.selectFrom('attempt_comment').select('id').where('attempt_id', '=', attemptX).execute(),
    ).toEqual([]);
    expect(
      (await new Client(server).post('/api/auth/sign-in/email', { email: trainee.email, password: trainee.password }))
        .status,
    ).toBe(200);
    expect((await guest.get('/api/health')).status).toBe(200);
  });

  it('a huge declared body with Expect: 100-continue is refused before any of it is sent', async () => {
    const url = new URL('/api/auth/sign-up/email', server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(BAD_INPUT.bodies.hugeDeclaredBytes),
          expect: '100-continue',
          origin: server.baseUrl,
        },
      });
      req.on('continue', () => reject(new Error('the server asked for the body')));
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect((await new Client(server).get('/api/health')).status).toBe(200);
  });

  // -------------------------------------------------------------------------------------------- finding 3

  it('a trainee in two cohorts: X’s supervisor reads and writes nothing of Y’s attempt nor of practice', async () => {
    for (const id of [attemptY, practice]) {
      const replies: [string, Reply][] = [
        ['attempt', await supX.client.get(`/api/attempts/${id}`)],
        ['review', await supX.client.get(`/api/attempts/${id}/review`)],
        ['mark reviewed', await supX.client.post(`/api/attempts/${id}/review`, { reviewed: true })],
        ['comments', await supX.client.get(`/api/attempts/${id}/comments`)],
        ['comment', await supX.client.post(`/api/attempts/${id}/comments`, { point: null, body: 'Not my cohort.' })],
        ['xAPI', await supX.client.get(`/api/attempts/${id}/xapi.json`)],
        ['review page', await supX.client.get(`/review/${id}/`)],
        ['debrief page', await supX.client.get(`/attempts/${id}/`)],
      ];
      for (const [what, res] of replies) {
        expect([404, 303], `${what} of ${id === practice ? 'practice' : 'Y'}`).toContain(res.status);
        if (res.status === 303) expect(res.headers.get('location')).toBe(`/review/${id}/`);
        noLeak(res, what);
      }
    }
    // X's views of the trainee hold X's attempt only: not Y's reflection, comment, assignment title, nor practice.
    const views: [string, Reply][] = [
      ['trainee view', await supX.client.get(`/api/review/cohorts/${cohortX}/trainees/${trainee.id}`)],
      ['trainee page', await supX.client.get(`/cohorts/${cohortX}/trainees/${trainee.id}/`)],
      ['dashboard', await supX.client.get(`/api/cohorts/${cohortX}/dashboard`)],
      ['dashboard page', await supX.client.get(`/cohorts/${cohortX}/dashboard/`)],
      ['CSV', await supX.client.get(`/api/cohorts/${cohortX}/export.csv`)],
      ['cohort xAPI', await supX.client.get(`/api/cohorts/${cohortX}/xapi.json`)],
    ];
    for (const [what, res] of views) {
      expect(res.status, what).toBe(200);
      noLeak(res, what);
    }
    expect(views[0]![1].body.trainee.attempts.map((a: { id: string }) => a.id)).toEqual([attemptX]);
    expect(views[4]![1].text).toContain(attemptX);
    // Nothing was written by X's supervisor.
    const rows = await db.kysely
      .selectFrom('attempt')
      .select(['id', 'reviewed_by'])
      .where('id', 'in', [attemptY, practice])
      .execute();
    expect(rows.every((r) => r.reviewed_by === null)).toBe(true);
    expect(
      (await db.kysely.selectFrom('attempt_comment').select('body').where('attempt_id', '=', attemptY).execute()).map(
        (c) => c.body,
      ),
    ).toEqual([commentY]);
    // Y's supervisor sees Y's attempt, and neither X's nor the practice one.
    expect((await supY.client.get(`/api/attempts/${attemptY}/review`)).body.review.attempt.reflection).toBe(
      reflectionY,
    );
    for (const id of [attemptX, practice])
      expect((await supY.client.get(`/api/attempts/${id}/review`)).status).toBe(404);
    // The trainee sees all of their own; an admin sees them too.
    expect((await trainee.client.get(`/api/attempts/${practice}`)).status).toBe(200);
    expect((await admin.client.get(`/api/attempts/${practice}/review`)).status).toBe(200);
  });

  // -------------------------------------------------------------------------------------------- finding 4

  it('NUL, lone surrogates and invisible names: 400 naming the field, never a 500, nothing stored', async () => {
    const statuses: number[] = [];
    for (const { label, value } of BAD_INPUT.unstorableText) {
      const replies: [string, Reply, RegExp][] = [
        ['cohort name', await supX.client.post('/api/cohorts', { name: value }), /name/],
        [
          'assignment title',
          await supX.client.post(`/api/cohorts/${cohortX}/assignments`, {
            title: value,
            scenarios: [bundle.slug],
            mode: 'assessment',
            opensAt: '2026-01-01',
            dueAt: '2030-01-01',
          }),
          /title/,
        ],
        ['comment', await supX.client.post(`/api/attempts/${attemptX}/comments`, { point: null, body: value }), /body/],
        [
          'sign-up name',
          await new Client(server).post('/api/auth/sign-up/email', { ...newCredentials('nul'), name: value }),
          /name/,
        ],
        ['a field name', await supX.client.post('/api/cohorts', { name: 'Fine', [value]: 1 }), /field name/],
      ];
      const open = await startAttempt(trainee.client, bundle, 'practice');
      replies.push(['reflection', await postEvent(trainee.client, open, completeEvent(1, `I ${value}`)), /reflection/]);
      for (const [what, res, field] of replies) {
        statuses.push(res.status);
        expect(res.status, `${what}: ${label}`).toBe(400);
        expect(res.body?.error?.message ?? res.body?.message, `${what}: ${label}`).toMatch(field);
      }
    }
    for (const { label, value } of BAD_INPUT.invisibleNames) {
      const res = await new Client(server).post('/api/auth/sign-up/email', { ...newCredentials('blank'), name: value });
      expect(res.status, label).toBe(400);
      expect(res.body.message).toMatch(/Your name/);
      expect((await supX.client.post('/api/cohorts', { name: value })).status, label).toBe(400);
    }
    expect(
      (await new Client(server).post('/api/auth/sign-up/email', { ...newCredentials('long'), name: 'n'.repeat(121) }))
        .status,
    ).toBe(400);
    // A form post with a NUL (%00 in the body) on a page: refused with the reason, not a 500.
    const form = await supX.client.post('/cohorts/', undefined, { body: 'name=Group%00A', headers: FORM });
    expect(form.status).toBe(400);
    expect(form.text).toMatch(/NUL/);
    expect(statuses.every((s) => s < 500)).toBe(true);
    expect(await db.kysely.selectFrom('cohort').select('id').where('name', 'like', '%Group%').execute()).toEqual([]);
  });

  it('path ids are checked before any query: %00 in a URL is 400, a malformed id 404', async () => {
    for (const id of BAD_INPUT.badIds) {
      for (const url of [
        `/api/cohorts/${id}/dashboard`,
        `/api/attempts/${id}`,
        `/api/review/cohorts/${cohortX}/trainees/${id}`,
        `/api/cohorts/${id}/export.csv`,
        `/cohorts/${id}/`,
        `/review/${id}/`,
      ]) {
        const res = await supX.client.get(url);
        // %00 is refused at the entry point; a path that is not UTF-8 (%ED%A0%80) by Astro; any other id by its form.
        if (/%00/i.test(url)) expect(res.status, url).toBe(400);
        else expect([400, 404], `${url}: ${res.status}`).toContain(res.status);
      }
      const erase = await admin.client.delete(`/api/admin/users/${id}`);
      if (/%00/i.test(id)) expect(erase.status, id).toBe(400);
      else expect([400, 404], `${id}: ${erase.status}`).toContain(erase.status);
    }
  });

  it('dates the calendar does not have are refused with 400 naming the field', async () => {
    for (const bad of BAD_INPUT.invalidDates) {
      const res = await supX.client.post(`/api/cohorts/${cohortX}/assignments`, {
        title: 'Dates',
        scenarios: [bundle.slug],
        mode: 'assessment',
        opensAt: '2026-01-01',
        dueAt: bad,
      });
      expect(res.status, bad).toBe(400);
      expect(res.body.error.message, bad).toMatch(/dueAt/);
    }
  });

  // -------------------------------------------------------------------------------------------- finding 6

  it('viewing a debrief by GET marks nothing seen; the page’s POST does', async () => {
    expect(
      (await supX.client.post(`/api/attempts/${attemptX}/comments`, { point: null, body: 'Seen only by a POST.' }))
        .status,
    ).toBe(201);
    const unseen = async () => (await trainee.client.get('/api/review/unseen')).body.count as number;
    const before = await unseen();
    expect(before).toBeGreaterThan(0);
    const page = await trainee.client.get(`/attempts/${attemptX}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Seen only by a POST.');
    expect(await unseen()).toBe(before);
    expect((await trainee.client.post('/api/review/seen', { attemptId: attemptX })).body.marked).toBeGreaterThan(0);
    expect(await unseen()).toBe(before - 1);
  });

  it('revoking a session by someone else’s token answers 404 and leaves it alive', async () => {
    const victim = await signUp(server, 'victim');
    const token = (
      await db.kysely.selectFrom('session').select('token').where('userId', '=', victim.id).executeTakeFirstOrThrow()
    ).token;
    const res = await trainee.client.post('/api/auth/revoke-session', { token });
    expect(res.status).toBe(404);
    expect((await victim.client.get('/api/me')).body.user.id).toBe(victim.id);
    // One's own session is revoked as before.
    expect((await victim.client.post('/api/auth/revoke-session', { token })).status).toBe(200);
    expect((await victim.client.get('/api/me')).body.user).toBeNull();
  });

  it('an error envelope’s status is the HTTP status (a closed attempt said "completed")', async () => {
    const res = await postEvent(trainee.client, attemptX, choiceEvent(path.length + 2, path[0]!));
    expect(res.status).toBe(409);
    expect(res.body.error.status).toBe(409);
    expect(res.body.error.attemptStatus).toBe('completed');
  });

  it('an admin asking for the assignments of a cohort that does not exist gets 404', async () => {
    expect((await admin.client.get(`/api/cohorts/${crypto.randomUUID()}/assignments`)).status).toBe(404);
    expect((await admin.client.get(`/api/cohorts/${cohortX}/assignments`)).status).toBe(200);
  });

  it('in development, signing in works from the other loopback name of BASE_URL (localhost for 127.0.0.1)', async () => {
    const other = `http://localhost:${server.port}`;
    const res = await new Client(server, other).post('/api/auth/sign-in/email', {
      email: trainee.email,
      password: trainee.password,
    });
    expect(res.status, res.text).toBe(200);
    expect(
      (
        await new Client(server, 'http://evil.example').post('/api/auth/sign-in/email', {
          email: trainee.email,
          password: trainee.password,
        })
      ).status,
    ).toBe(403);
  });

  it('sign-up and adding a co-supervisor do not say whether an address has an account', async () => {
    const taken = await new Client(server).post('/api/auth/sign-up/email', {
      ...newCredentials('again'),
      email: trainee.email,
    });
    expect(taken.status).toBe(422);
    expect(taken.body.message).toMatch(/^If the address can be used/);
    expect(taken.text).not.toMatch(/already exists/i);
    const known = await supX.client.post(`/api/cohorts/${cohortX}/supervisors`, { email: trainee.email });
    const unknown = await supX.client.post(`/api/cohorts/${cohortX}/supervisors`, {
      email: 'nobody-here@rapport.test',
    });
    expect([known.status, unknown.status]).toEqual([200, 200]);
    expect(known.text).toBe(unknown.text);
  });

  it('co-supervisors can be removed or leave, never the last one', async () => {
    expect((await supX.client.post(`/api/cohorts/${cohortX}/supervisors`, { email: supY.email })).status).toBe(200);
    expect((await supY.client.delete(`/api/cohorts/${cohortX}/supervisors/${supY.id}`)).body).toEqual({ remaining: 1 });
    const last = await supX.client.delete(`/api/cohorts/${cohortX}/supervisors/${supX.id}`);
    expect(last.status).toBe(409);
    expect(last.body.error.message).toMatch(/at least one supervisor/);
  });

  it('full-width forms of common passwords are refused (judged after NFKC, as they are hashed)', async () => {
    for (const password of BAD_INPUT.passwords.commonAfterNfkc) {
      const res = await new Client(server).post('/api/auth/sign-up/email', { ...newCredentials('nfkc'), password });
      expect(res.status, password).toBe(400);
      expect(res.body.code).toBe('PASSWORD_POLICY');
    }
  });
});
