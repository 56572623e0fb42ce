/**
 * Respond-first play (issue 16) on both databases: the typed words are stored with their choice event and the
 * attempt keeps how it was played; an assignment that requires respond-first refuses any other start, clearly.
 * Supervisors of the trainee's cohort and admins rate each typed response (-2..+2, optional note; rating again
 * replaces their rating), the trainee reads the ratings, and no one else does either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { RESPONSES_CSV_HEADER } from '../../src/server/services/exports/responses-csv.ts';
import { VERBS } from '../../src/server/services/exports/xapi-types.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertCohort } from './export-helpers.ts';
import { forCohort, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const catalog = { current: async (slug: string) => (slug === mini.slug ? mini : null) } as StoryCatalog;
const PLAYED = playIndependently(mini, [0, 1, 0]);
const WORDS = ['I hear how hard this week was.', 'Can we look at what happened?', 'Let us stop there for today.'];

describe.each(DATABASES)('typed responses on %s', (kind) => {
  let t: TestApp;
  const db = () => t.app.db.kysely;
  let sup: Actor;
  let coSup: Actor;
  let otherSup: Actor;
  let admin: Actor;
  let trainee: Actor;
  let otherTrainee: Actor;
  let cohort: string;

  /** Starts the respond-first assessment `id` of mini as `actor`. */
  const startRespondFirst = (actor: Actor, id: string) =>
    t.app.attempts.start(actor, {
      id,
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'assessment',
      style: 'respond-first',
    });
  /** The choice event of PLAYED's choice `i`, with the typed words if any. */
  const choiceEvent = (seq: number, i: number, response?: string, eventId: string = crypto.randomUUID()) => ({
    eventId,
    seq,
    type: 'choice',
    ...PLAYED.choices[i]!,
    ...(response === undefined ? {} : { response }),
  });
  const completeEvent = (seq: number) => ({ eventId: crypto.randomUUID(), seq, type: 'complete', reflection: 'ok' });

  /** Plays PLAYED respond-first to the end as `actor`, typing `words[i]` (when given) at choice i; its id. */
  async function playRespondFirst(actor: Actor, words: readonly (string | undefined)[] = WORDS) {
    const id = crypto.randomUUID();
    await startRespondFirst(actor, id);
    for (const i of PLAYED.choices.keys()) await t.app.attempts.record(actor, id, choiceEvent(i + 1, i, words[i]));
    await t.app.attempts.record(actor, id, completeEvent(PLAYED.choices.length + 1));
    return id;
  }

  beforeAll(async () => {
    t = await openApp(kind, catalog);
    sup = await insertUser(t.app, 'supervisor', 'Supervisor');
    coSup = await insertUser(t.app, 'supervisor', 'Co-supervisor');
    otherSup = await insertUser(t.app, 'supervisor', 'Other supervisor');
    admin = await insertUser(t.app, 'admin', 'Admin');
    trainee = await insertUser(t.app, 'trainee', 'Tia');
    otherTrainee = await insertUser(t.app, 'trainee', 'Oli');
    cohort = await insertCohort(t.app, 'A', [sup, coSup], [trainee]);
    await insertCohort(t.app, 'B', [otherSup], [otherTrainee]);
  });
  afterAll(() => t?.close());

  it('stores the typed words with each choice and the attempt as respond-first; scoring ignores them', async () => {
    const id = crypto.randomUUID();
    await startRespondFirst(trainee, id);
    for (const i of PLAYED.choices.keys()) await t.app.attempts.record(trainee, id, choiceEvent(i + 1, i, WORDS[i]));
    const done = await t.app.attempts.record(trainee, id, completeEvent(PLAYED.choices.length + 1));
    expect(done.attempt.overall).toBe(PLAYED.report.overall);
    const row = await db().selectFrom('attempt').select('style').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.style).toBe('respond-first');
    const events = await db()
      .selectFrom('attempt_event')
      .select('payload')
      .where('attempt_id', '=', id)
      .where('type', '=', 'choice')
      .orderBy('seq')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload).response)).toEqual(WORDS.slice(0, PLAYED.choices.length));
  });

  it('keeps an ordinary attempt as it was: no style, no response', async () => {
    const id = crypto.randomUUID();
    await t.app.attempts.start(trainee, { id, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    await t.app.attempts.record(trainee, id, choiceEvent(1, 0));
    const row = await db().selectFrom('attempt').select('style').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.style).toBeNull();
    const event = await db()
      .selectFrom('attempt_event')
      .select('payload')
      .where('attempt_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).not.toHaveProperty('response');
  });

  it('refuses the same event id sent again with other words, and a start of the same id in another style', async () => {
    const id = crypto.randomUUID();
    await startRespondFirst(trainee, id);
    const eventId = crypto.randomUUID();
    await t.app.attempts.record(trainee, id, choiceEvent(1, 0, 'first words', eventId));
    const again = await t.app.attempts.record(trainee, id, choiceEvent(1, 0, 'first words', eventId));
    expect(again.duplicate).toBe(true);
    expect(
      (await problemOf(t.app.attempts.record(trainee, id, choiceEvent(1, 0, 'other words', eventId)))).status,
    ).toBe(409);
    expect(
      (
        await problemOf(
          t.app.attempts.start(trainee, { id, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' }),
        )
      ).status,
    ).toBe(409);
  });

  it('refuses typed words longer than 2,000 characters', async () => {
    const id = crypto.randomUUID();
    await startRespondFirst(trainee, id);
    const p = await problemOf(t.app.attempts.record(trainee, id, choiceEvent(1, 0, 'x'.repeat(2_001))));
    expect(p.status).toBe(400);
  });

  it('an assignment that requires respond-first refuses any other start, and says so', async () => {
    const base = {
      title: 'Respond first',
      scenarios: ['mini'],
      opensAt: '2020-01-01',
      dueAt: '2099-01-01',
      mode: 'assessment' as const,
    };
    const required = await t.app.assignments.create(sup, cohort, { ...base, respondFirst: 'required' });
    const offered = await t.app.assignments.create(sup, cohort, { ...base, respondFirst: 'offered' });
    const plain = await t.app.assignments.create(sup, cohort, base);
    expect([required.respondFirst, offered.respondFirst, plain.respondFirst]).toEqual(['required', 'offered', 'off']);
    const start = (assignmentId: string, style?: 'choose' | 'respond-first') =>
      t.app.attempts.start(trainee, {
        id: crypto.randomUUID(),
        scenario: 'mini',
        storyHash: mini.hash,
        mode: 'assessment',
        assignmentId,
        ...(style ? { style } : {}),
      });
    const refused = await problemOf(start(required.id));
    expect(refused.status).toBe(422);
    expect(refused.message).toMatch(/respond-first/);
    expect((await problemOf(start(required.id, 'choose'))).status).toBe(422);
    await expect(start(required.id, 'respond-first')).resolves.toMatchObject({ created: true });
    await expect(start(offered.id)).resolves.toMatchObject({ created: true });
    await expect(start(offered.id, 'respond-first')).resolves.toMatchObject({ created: true });
    await expect(start(plain.id)).resolves.toMatchObject({ created: true });
    const mine = await t.app.assignments.mine(trainee);
    expect(mine.find((a) => a.id === required.id)?.respondFirst).toBe('required');
    expect((await problemOf(t.app.assignments.create(sup, cohort, { ...base, respondFirst: 'always' }))).status).toBe(
      400,
    );
  });

  it('a supervisor of the cohort rates a typed response; rating again replaces it; the trainee reads it', async () => {
    const id = await playRespondFirst(trainee);
    await forCohort(t.app, cohort, id);
    const first = await t.app.review.rateResponse(sup, id, { point: 1, rating: -1, note: '  Too quick to fix it.  ' });
    expect(first).toMatchObject({ point: 1, rating: -1, note: 'Too quick to fix it.', authorName: 'Supervisor' });
    const again = await t.app.review.rateResponse(sup, id, { point: 1, rating: 2, note: null });
    expect(again).toMatchObject({ point: 1, rating: 2, note: null });
    await t.app.review.rateResponse(coSup, id, { point: 1, rating: 1 });
    await t.app.review.rateResponse(admin, id, { point: 0, rating: 0, note: 'Fine.' });
    const rows = await db().selectFrom('response_rating').selectAll().where('attempt_id', '=', id).execute();
    expect(rows).toHaveLength(3);

    const seen = await t.app.review.listResponses(trainee, id);
    expect(seen.map((r) => [r.point, r.response])).toEqual(WORDS.slice(0, PLAYED.choices.length).map((w, i) => [i, w]));
    expect(seen[1]!.optionIndex).toBe(PLAYED.choices[1]!.index);
    expect(seen[1]!.optionText).toBe(PLAYED.choices[1]!.text);
    expect(seen[1]!.ratings.map((r) => [r.authorName, r.rating])).toEqual([
      ['Supervisor', 2],
      ['Co-supervisor', 1],
    ]);
    expect(seen[0]!.ratings.map((r) => [r.authorName, r.rating, r.note])).toEqual([['Admin', 0, 'Fine.']]);
    const detail = await t.app.review.reviewDetail(sup, id);
    expect(detail.responses.map((r) => r.ratings.length)).toEqual(seen.map((r) => r.ratings.length));
  });

  it('only the supervisors of the cohort and admins rate; the trainee, another trainee, another supervisor and an educator are told it does not exist', async () => {
    const id = await playRespondFirst(trainee);
    await forCohort(t.app, cohort, id);
    const educator = await insertUser(t.app, 'educator');
    for (const who of [trainee, otherTrainee, otherSup, educator]) {
      expect((await problemOf(t.app.review.rateResponse(who, id, { point: 0, rating: 1 }))).status).toBe(404);
    }
    for (const who of [otherTrainee, otherSup, educator]) {
      expect((await problemOf(t.app.review.listResponses(who, id))).status).toBe(404);
    }
    expect((await problemOf(t.app.review.rateResponse(sup, 'not-an-id', { point: 0, rating: 1 }))).status).toBe(404);
    // An attempt not made for the cohort's assignments is not theirs to see.
    const own = await playRespondFirst(trainee);
    expect((await problemOf(t.app.review.rateResponse(sup, own, { point: 0, rating: 1 }))).status).toBe(404);
    expect(
      await db().selectFrom('response_rating').select('id').where('attempt_id', 'in', [id, own]).execute(),
    ).toEqual([]);
  });

  it('refuses a rating out of range, a long note, and a point with no typed response', async () => {
    const id = await playRespondFirst(trainee, [undefined, 'only the second']);
    await forCohort(t.app, cohort, id);
    for (const rating of [3, -3, 1.5, null, '2']) {
      expect((await problemOf(t.app.review.rateResponse(sup, id, { point: 1, rating }))).status).toBe(400);
    }
    expect(
      (await problemOf(t.app.review.rateResponse(sup, id, { point: 1, rating: 1, note: 'x'.repeat(2_001) }))).status,
    ).toBe(400);
    const none = await problemOf(t.app.review.rateResponse(sup, id, { point: 0, rating: 1 }));
    expect(none.status).toBe(422);
    expect(none.message).toMatch(/no typed response at choice 1/);
    expect((await problemOf(t.app.review.rateResponse(sup, id, { point: 40, rating: 1 }))).status).toBe(422);
    expect((await t.app.review.listResponses(trainee, id)).map((r) => r.point)).toEqual([1]);
  });

  it('the personal data export holds the typed responses and the ratings on them, and a rater’s ratings written', async () => {
    const id = await playRespondFirst(trainee);
    await forCohort(t.app, cohort, id);
    await t.app.review.rateResponse(sup, id, { point: 2, rating: 1, note: 'A good close.' });
    const mine = await t.app.privacy.export(trainee);
    const attempt = mine.attempts.find((a) => a.id === id)!;
    expect(attempt.style).toBe('respond-first');
    expect(attempt.typedResponses.map((r) => [r.point, r.response, r.optionPicked])).toEqual(
      PLAYED.choices.map((c, i) => [i, WORDS[i], c.text]),
    );
    expect(attempt.typedResponses[2]!.ratings).toMatchObject([{ rating: 1, note: 'A good close.' }]);
    const theirs = await t.app.privacy.export(sup);
    expect(theirs.ratingsWritten.filter((r) => r.attemptId === id)).toMatchObject([
      { point: 2, rating: 1, note: 'A good close.' },
    ]);
    expect((await t.app.privacy.export(otherTrainee)).attempts.some((a) => a.id === id)).toBe(false);
  });

  it('erasing the trainee removes their typed responses and the ratings on them; erasing a rater keeps the rating without a name', async () => {
    const gone = await insertUser(t.app, 'trainee', 'Gone');
    const rater = await insertUser(t.app, 'supervisor', 'Leaving supervisor');
    await db()
      .insertInto('cohort_member')
      .values({ cohort_id: cohort, user_id: gone.id, joined_at: '2026-05-01T00:00:00.000Z' })
      .execute();
    await db()
      .insertInto('cohort_supervisor')
      .values({ cohort_id: cohort, user_id: rater.id, added_at: '2026-05-01T00:00:00.000Z' })
      .execute();
    const goneAttempt = await playRespondFirst(gone, ['secret words']);
    await forCohort(t.app, cohort, goneAttempt);
    await t.app.review.rateResponse(sup, goneAttempt, { point: 0, rating: -2, note: 'about the secret' });
    const kept = await playRespondFirst(trainee);
    await forCohort(t.app, cohort, kept);
    await t.app.review.rateResponse(rater, kept, { point: 0, rating: 2, note: 'Warm.' });

    await t.app.users.erase(admin, gone.id);
    expect(
      await db().selectFrom('response_rating').select('id').where('attempt_id', '=', goneAttempt).execute(),
    ).toEqual([]);
    const left = await db().selectFrom('attempt_event').select('payload').execute();
    expect(left.some((e) => e.payload.includes('secret words'))).toBe(false);

    await t.app.users.erase(admin, rater.id);
    const ratings = (await t.app.review.listResponses(trainee, kept))[0]!.ratings;
    expect(ratings).toMatchObject([{ rating: 2, note: 'Warm.', authorId: null, authorName: null }]);
  });

  it('xAPI: each answered statement keeps the chosen option as its response and carries the typed words in an extension', async () => {
    const id = await playRespondFirst(trainee, [undefined, 'Say more about that?']);
    const answered = (await t.app.exports.attemptStatements(trainee, id)).filter((s) => s.verb.id === VERBS.answered);
    expect(answered).toHaveLength(PLAYED.choices.length);
    const typed = (s: (typeof answered)[number]) =>
      Object.entries(s.result?.extensions ?? {}).find(([k]) => k.endsWith('/xapi/extensions/typed-response'))?.[1];
    expect(answered.map(typed)).toEqual(PLAYED.choices.map((_, i) => (i === 1 ? 'Say more about that?' : undefined)));
    const choices = (answered[1]!.object as { definition: { choices: { id: string }[] } }).definition.choices.map(
      (c) => c.id,
    );
    expect(choices).toContain(answered[1]!.result!.response);
  });

  it('the cohort’s responses CSV: a row per typed response with its point, the option picked and the ratings, spreadsheet-safe; its supervisors only', async () => {
    const id = await playRespondFirst(trainee, ['=HYPERLINK("x")', undefined, 'We can stop, "if you like", here.']);
    await forCohort(t.app, cohort, id);
    await t.app.review.rateResponse(sup, id, { point: 0, rating: -2, note: 'Never.' });
    await t.app.review.rateResponse(coSup, id, { point: 0, rating: 1 });
    const { csv, filename, rows } = await t.app.review.cohortResponsesCsv(sup, cohort);
    expect(filename).toBe('rapport-a-responses.csv');
    expect(csv.startsWith('\uFEFF' + RESPONSES_CSV_HEADER.join(','))).toBe(true);
    const lines = csv.split('\r\n').filter((l) => l.includes(id));
    expect(lines).toHaveLength(2);
    expect(rows).toBeGreaterThanOrEqual(2);
    // The formula is shown as text; quotes are doubled; the point is numbered from 1 and named.
    expect(lines[0]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[0]).toContain(`,1,`);
    expect(lines[0]).toContain(`,Supervisor: -2; Co-supervisor: +1,-0.5,Supervisor: Never.`);
    expect(lines[0]).toContain(`,${PLAYED.choices[0]!.text},`);
    expect(lines[1]).toContain(`"We can stop, ""if you like"", here."`);
    expect(lines[1]).toContain(`,3,`);
    for (const who of [otherSup, trainee, otherTrainee]) {
      expect((await problemOf(t.app.review.cohortResponsesCsv(who, cohort))).status).toBe(404);
    }
    expect((await t.app.review.cohortResponsesCsv(admin, cohort)).csv).toContain(id);
  });

  it('item analysis: per choice point, the typed responses most recent first with the option picked and the ratings, in the analysis’s scope', async () => {
    const educator = await insertUser(t.app, 'educator');
    const before = await t.app.itemAnalysis.typedResponses(educator, 'mini');
    const firstPoint =
      (await t.app.itemAnalysis.analyse(educator, 'mini')).points.find((p) => p.position === 1) ?? null;
    await playRespondFirst(otherTrainee, ['older words']);
    const newer = await playRespondFirst(trainee, ['newer words']);
    await forCohort(t.app, cohort, newer);
    await t.app.review.rateResponse(sup, newer, { point: 0, rating: 2, note: 'Just right.' });
    const all = await t.app.itemAnalysis.typedResponses(educator, 'mini');
    const pointId = [...all.keys()].find((k) => all.get(k)!.responses.some((r) => r.response === 'newer words'))!;
    expect(pointId).toBeTruthy();
    if (firstPoint) expect(pointId).toBe(firstPoint.id);
    const here = all.get(pointId)!;
    expect(here.total).toBe((before.get(pointId)?.total ?? 0) + 2);
    expect(here.responses.slice(0, 2).map((r) => r.response)).toEqual(['newer words', 'older words']);
    expect(here.responses[0]).toMatchObject({
      optionText: PLAYED.choices[0]!.text,
      ratings: [{ rating: 2, note: 'Just right.' }],
    });
    // A supervisor sees only the attempts made for their cohorts' assignments; a trainee none.
    const theirs = (await t.app.itemAnalysis.typedResponses(sup, 'mini')).get(pointId)!;
    expect(theirs.responses.map((r) => r.response)).toContain('newer words');
    expect(theirs.responses.map((r) => r.response)).not.toContain('older words');
    expect((await problemOf(t.app.itemAnalysis.typedResponses(trainee, 'mini'))).status).toBe(403);
  });
});
