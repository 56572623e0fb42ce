/**
 * Respond-first over HTTP (issue 16), against the built server on both databases: an assignment that requires it
 * refuses any other start; the typed words are recorded with the choices; the review page's rating form (a plain
 * form post) works for the trainee's supervisors and the admin only, and everyone else gets the same 404 as for a
 * missing attempt with nothing of the trainee's; the trainee's own debrief shows the rating; the cohort's responses
 * CSV is for its supervisors and the admin only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES } from '../support/databases.ts';
import { startOnFreshDatabase, twoCohorts, type TestServer } from '../support/fresh-server.ts';
import { Client, type Reply, type ServerProcess, type TestUser } from '../support/server-process.ts';
import { builtBundle, choiceEvent, completeEvent, day, planPath, postEvent } from './play.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(DATABASES)('typed responses over HTTP on %s', (kind) => {
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
  let assignmentId: string;
  let attemptA: string;
  const words = `What I would say ${crypto.randomUUID()}`;
  const note = `A private note ${crypto.randomUUID()}`;

  const rate = (who: Client, fields: Record<string, string>) =>
    who.request('POST', `/review/${attemptA}/`, {
      body: form({ intent: 'rate', point: '0', ...fields }),
      headers: FORM,
    });
  const ratings = async () =>
    db.kysely.selectFrom('response_rating').selectAll().where('attempt_id', '=', attemptA).execute();
  function expectNothingOfA(res: Reply, what: string) {
    expect(res.text, `${what}: typed words`).not.toContain(words);
    expect(res.text, `${what}: note`).not.toContain(note);
    expect(res.text, `${what}: email`).not.toContain(trainA.email);
  }

  beforeAll(async () => {
    running = await startOnFreshDatabase(kind, { LOGIN_RATE_MAX: '100' });
    ({ server, db } = running);
    ({ supA, supB, trainA, trainB, educator, admin } = await twoCohorts(server, db, cohortA, cohortB));
    const made = await supA.client.post(`/api/cohorts/${cohortA}/assignments`, {
      title: 'Respond first',
      scenarios: [bundle.slug],
      mode: 'assessment',
      respondFirst: 'required',
      opensAt: day(-1),
      dueAt: day(7),
    });
    expect(made.status, made.text).toBe(201);
    expect(made.body.assignment.respondFirst).toBe('required');
    assignmentId = made.body.assignment.id;
  });
  afterAll(() => running?.close());

  it('a required assignment refuses a start that is not respond-first, saying why; a respond-first one records the words', async () => {
    const start = (style?: string) =>
      trainA.client.post('/api/attempts', {
        id: crypto.randomUUID(),
        scenario: bundle.slug,
        storyHash: bundle.hash,
        mode: 'assessment',
        assignmentId,
        ...(style ? { style } : {}),
      });
    const plain = await start();
    expect(plain.status).toBe(422);
    expect(plain.body.error.message).toMatch(/respond-first/);
    expect((await start('choose')).status).toBe(422);
    expect((await start('shout')).status).toBe(400);
    const mine = await trainA.client.get('/api/assignments');
    expect(mine.status, mine.text).toBe(200);
    expect(JSON.stringify(mine.body)).toContain('"respondFirst":"required"');

    attemptA = crypto.randomUUID();
    const begun = await trainA.client.post('/api/attempts', {
      id: attemptA,
      scenario: bundle.slug,
      storyHash: bundle.hash,
      mode: 'assessment',
      assignmentId,
      style: 'respond-first',
    });
    expect(begun.status, begun.text).toBe(201);
    let seq = 0;
    for (const choice of path) {
      const res = await postEvent(trainA.client, attemptA, {
        ...choiceEvent(++seq, choice),
        ...(choice.point === 0 ? { response: words } : {}),
      });
      expect(res.status, res.text).toBe(201);
    }
    expect((await postEvent(trainA.client, attemptA, completeEvent(seq + 1, 'Done.'))).status).toBe(201);
    // Outside any assignment, anyone may choose to play respond-first.
    const free = await trainB.client.post('/api/attempts', {
      id: crypto.randomUUID(),
      scenario: bundle.slug,
      storyHash: bundle.hash,
      mode: 'practice',
      style: 'respond-first',
    });
    expect(free.status, free.text).toBe(201);
  });

  it('rating on the review page: the cohort’s supervisor and the admin; everyone else a 404 with nothing of the trainee’s', async () => {
    const guest = new Client(server);
    expect((await rate(guest, { rating: '1' })).status).toBe(303); // to sign in
    for (const who of [trainA, trainB, supB, educator]) {
      const res = await rate(who.client, { rating: '-2', note: `By ${who.name}` });
      expect(res.status, `${who.name} rates`).toBe(404);
      expectNothingOfA(res, `${who.name} rates`);
    }
    expect(await ratings()).toEqual([]);

    const bad = await rate(supA.client, { rating: '5', note });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/at most \+2/);
    const done = await rate(supA.client, { rating: '-1', note });
    expect(done.status, done.text).toBe(303);
    expect(done.headers.get('location')).toBe(`/review/${attemptA}/#choice-1`);
    const again = await rate(supA.client, { rating: '2', note });
    expect(again.status).toBe(303);
    expect((await rate(admin.client, { rating: '0' })).status).toBe(303);
    expect((await ratings()).map((r) => [r.author_id, Number(r.rating), r.note]).sort()).toEqual(
      [
        [supA.id, 2, note],
        [admin.id, 0, null],
      ].sort(),
    );
    // A point with no typed words cannot be rated; the page says why.
    const none = await rate(supA.client, { point: '1', rating: '1' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('There is no typed response at choice 2 of this attempt to rate.');
    // A refused comment is shown beside its form too (not a server error).
    const empty = await supA.client.request('POST', `/review/${attemptA}/`, {
      body: form({ intent: 'comment', point: '0', body: '   ' }),
      headers: FORM,
    });
    expect(empty.status).toBe(400);

    const review = await supA.client.get(`/review/${attemptA}/`);
    expect(review.status).toBe(200);
    expect(review.text).toContain(words);
    expect(review.text).toContain('Change your rating of the typed response at choice 1');
  });

  it('the trainee’s debrief shows the typed words and the ratings; nobody else’s debrief does', async () => {
    const own = await trainA.client.get(`/attempts/${attemptA}/`);
    expect(own.status).toBe(200);
    expect(own.text).toContain(words);
    expect(own.text).toContain(note);
    expect(own.text).toMatch(/\+2 Excellent/);
    for (const who of [trainB, educator]) {
      const res = await who.client.get(`/attempts/${attemptA}/`);
      expect(res.status, who.name).toBe(404);
      expectNothingOfA(res, `${who.name} debrief`);
    }
  });

  it('the responses CSV: the cohort’s supervisor and the admin; 401 for a guest, 404 for everyone else', async () => {
    for (const who of [supA, admin]) {
      const res = await who.client.get(`/api/cohorts/${cohortA}/responses.csv`);
      expect(res.status, who.name).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="rapport-cohort-a-responses.csv"');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.text).toContain(words);
      expect(res.text).toContain(note);
    }
    expect((await new Client(server).get(`/api/cohorts/${cohortA}/responses.csv`)).status).toBe(401);
    for (const who of [supB, trainA, trainB, educator]) {
      const res = await who.client.get(`/api/cohorts/${cohortA}/responses.csv`);
      expect(res.status, who.name).toBe(404);
      expectNothingOfA(res, `${who.name} CSV`);
    }
    expect((await supA.client.get('/api/cohorts/not-a-cohort/responses.csv')).status).toBe(404);
  });
});
