/**
 * Access control over HTTP for supervision's review endpoints and pages: two cohorts, each with its own
 * supervisor and trainee, plus an educator and an admin. Every endpoint of the dashboard, the trainee view,
 * comments, marking reviewed and the trainee's notifications is tried by everyone: a supervisor sees only
 * their own cohort, a trainee only their own attempt and its comments, guests get 401, and a refusal is the
 * same 404 as for a missing record, carrying none of the other person's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES } from '../support/databases.ts';
import { startOnFreshDatabase, twoCohorts, type TestServer } from '../support/fresh-server.ts';
import { Client, type Reply, type ServerProcess, type TestUser } from '../support/server-process.ts';
import { assignOver, builtBundle, planPath, playPath, startAttempt } from './play.ts';

describe.each(DATABASES)('review access on %s', (kind) => {
  let running: TestServer;
  let server: ServerProcess;
  let db: Db;
  const bundle = builtBundle();
  const path = planPath(bundle);
  let supA: TestUser;
  let supB: TestUser;
  let trainA: TestUser;
  let trainB: TestUser;
  let educator: TestUser;
  let admin: TestUser;
  const cohortA = crypto.randomUUID();
  const cohortB = crypto.randomUUID();
  let attemptA: string;
  const reflectionA = `Private reflection ${crypto.randomUUID()}`;
  const commentA = `Private comment ${crypto.randomUUID()}`;

  beforeAll(async () => {
    running = await startOnFreshDatabase(kind, { LOGIN_RATE_MAX: '100' });
    ({ server, db } = running);
    ({ supA, supB, trainA, trainB, educator, admin } = await twoCohorts(server, db, cohortA, cohortB));
    // Made for cohort A's assignment: what A's supervisors may review.
    attemptA = await startAttempt(trainA.client, bundle, 'assessment', await assignOver(supA.client, cohortA, bundle));
    await playPath(trainA.client, attemptA, path, reflectionA);
    const made = await supA.client.post(`/api/attempts/${attemptA}/comments`, { point: null, body: commentA });
    expect(made.status, made.text).toBe(201);
  });
  afterAll(() => running?.close());

  function expectNothingOfA(res: Reply, what: string) {
    expect(res.text, `${what}: reflection`).not.toContain(reflectionA);
    expect(res.text, `${what}: comment`).not.toContain(commentA);
    expect(res.text, `${what}: email`).not.toContain(trainA.email);
  }
  const commentCount = async () =>
    (await db.kysely.selectFrom('attempt_comment').select('id').where('attempt_id', '=', attemptA).execute()).length;

  it('a guest gets 401 from every endpoint', async () => {
    const guest = new Client(server);
    const replies = [
      await guest.get(`/api/cohorts/${cohortA}/dashboard`),
      await guest.get(`/api/review/cohorts/${cohortA}/trainees/${trainA.id}`),
      await guest.get(`/api/attempts/${attemptA}/comments`),
      await guest.post(`/api/attempts/${attemptA}/comments`, { point: null, body: 'Guest.' }),
      await guest.get(`/api/attempts/${attemptA}/review`),
      await guest.post(`/api/attempts/${attemptA}/review`, { reviewed: true }),
      await guest.get('/api/review/unseen'),
      await guest.post('/api/review/seen', { attemptId: attemptA }),
    ];
    for (const res of replies) {
      expect(res.status).toBe(401);
      expectNothingOfA(res, 'guest');
    }
    expect(await commentCount()).toBe(1);
  });

  it('the cohort dashboard and trainee view: the cohort’s supervisor and the admin only', async () => {
    for (const [who, status] of [
      [supA, 200],
      [admin, 200],
      [supB, 404],
      [trainA, 404],
      [trainB, 404],
      [educator, 404],
    ] as const) {
      const dash = await who.client.get(`/api/cohorts/${cohortA}/dashboard`);
      expect(dash.status, `${who.name} dashboard`).toBe(status);
      const view = await who.client.get(`/api/review/cohorts/${cohortA}/trainees/${trainA.id}`);
      expect(view.status, `${who.name} trainee view`).toBe(status);
      if (status === 200) {
        expect(dash.body.dashboard.trainees.map((t: { id: string }) => t.id)).toEqual([trainA.id]);
        expect(view.body.trainee.attempts[0].reflection).toBe(reflectionA);
      } else {
        expectNothingOfA(dash, `${who.name} dashboard`);
        expectNothingOfA(view, `${who.name} trainee view`);
      }
      const page = await who.client.get(`/cohorts/${cohortA}/dashboard/`);
      expect(page.status, `${who.name} dashboard page`).toBe(status);
    }
    // Supervisor A cannot reach B's trainee through A's cohort.
    expect((await supA.client.get(`/api/review/cohorts/${cohortA}/trainees/${trainB.id}`)).status).toBe(404);
    expect((await supA.client.get(`/api/cohorts/${cohortB}/dashboard`)).status).toBe(404);
  });

  it('comments: the trainee and their supervisors read them; only those supervisors write them', async () => {
    for (const [who, status] of [
      [trainA, 200],
      [supA, 200],
      [admin, 200],
      [supB, 404],
      [trainB, 404],
      [educator, 404],
    ] as const) {
      const res = await who.client.get(`/api/attempts/${attemptA}/comments`);
      expect(res.status, `${who.name} reads`).toBe(status);
      if (status === 200) expect(res.body.comments.map((c: { body: string }) => c.body)).toEqual([commentA]);
      else expectNothingOfA(res, `${who.name} reads`);
    }
    for (const who of [trainA, supB, trainB, educator]) {
      const res = await who.client.post(`/api/attempts/${attemptA}/comments`, { point: 0, body: `By ${who.name}` });
      expect(res.status, `${who.name} writes`).toBe(404);
      expectNothingOfA(res, `${who.name} writes`);
    }
    expect(await commentCount()).toBe(1);
    const beyond = await supA.client.post(`/api/attempts/${attemptA}/comments`, {
      point: path.length,
      body: 'Past the end.',
    });
    expect(beyond.status).toBe(422);
    expect((await supA.client.post(`/api/attempts/${attemptA}/comments`, { point: 0, body: '' })).status).toBe(400);
    expect(
      (await admin.client.post(`/api/attempts/${attemptA}/comments`, { point: 0, body: 'From the admin.' })).status,
    ).toBe(201);
    expect(await commentCount()).toBe(2);
  });

  it('review detail and marking reviewed: the trainee’s supervisors and the admin only (not the trainee)', async () => {
    for (const who of [trainA, supB, trainB, educator]) {
      const read = await who.client.get(`/api/attempts/${attemptA}/review`);
      expect(read.status, `${who.name} reads the review`).toBe(404);
      expectNothingOfA(read, `${who.name} review`);
      expect(
        (await who.client.post(`/api/attempts/${attemptA}/review`, { reviewed: true })).status,
        `${who.name} marks`,
      ).toBe(404);
      expect((await who.client.get(`/review/${attemptA}/`)).status, `${who.name} review page`).toBe(404);
    }
    let row = await db.kysely
      .selectFrom('attempt')
      .select('reviewed_by')
      .where('id', '=', attemptA)
      .executeTakeFirstOrThrow();
    expect(row.reviewed_by).toBeNull();
    const read = await supA.client.get(`/api/attempts/${attemptA}/review`);
    expect(read.status).toBe(200);
    expect(read.body.review.attempt.reflection).toBe(reflectionA);
    expect((await supA.client.get(`/review/${attemptA}/`)).status).toBe(200);
    const mark = await supA.client.post(`/api/attempts/${attemptA}/review`, { reviewed: true });
    expect(mark.status, mark.text).toBe(200);
    row = await db.kysely
      .selectFrom('attempt')
      .select('reviewed_by')
      .where('id', '=', attemptA)
      .executeTakeFirstOrThrow();
    expect(row.reviewed_by).toBe(supA.id);
  });

  it('notifications: each trainee counts only their own new comments, and only the trainee marks them seen', async () => {
    const a = await trainA.client.get('/api/review/unseen');
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ count: 2, attempts: [{ id: attemptA, title: bundle.meta.title, count: 2 }] });
    expect((await trainB.client.get('/api/review/unseen')).body).toEqual({ count: 0, attempts: [] });
    for (const who of [supA, trainB, admin])
      expect((await who.client.post('/api/review/seen', { attemptId: attemptA })).status, who.name).toBe(404);
    expect((await trainA.client.get('/api/review/unseen')).body.count).toBe(2);
    const seen = await trainA.client.post('/api/review/seen', { attemptId: attemptA });
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual({ marked: 2 });
    expect((await trainA.client.get('/api/review/unseen')).body.count).toBe(0);
  });
});
