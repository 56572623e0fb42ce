/**
 * Review of attempts on both databases: supervisors pin comments to a choice point or to the whole
 * attempt and mark attempts reviewed; the trainee reads the comments, which marks them seen, and is told
 * how many are new; and who may do each of these (a supervisor of another cohort, another trainee, the
 * trainee themself). Cohorts and members are written straight into the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import type { StoryCatalog } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { forCohort, insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const catalog = { current: async (slug: string) => (slug === mini.slug ? mini : null) } as StoryCatalog;
const PLAYED = playIndependently(mini, [0, 1, 0]);

describe.each(DATABASES)('review on %s', (kind) => {
  let t: TestApp;
  let clock = Date.parse('2026-06-01T09:00:00.000Z');
  const db = () => t.app.db.kysely;
  let supA: Actor;
  let supB: Actor;
  let admin: Actor;
  let trainee: Actor;
  let other: Actor;
  let educator: Actor;
  let attemptId: string;
  let openId: string;
  let cohortB: string;

  async function play(actor: Actor, complete = true) {
    const id = crypto.randomUUID();
    await t.app.attempts.start(actor, { id, scenario: 'mini', storyHash: mini.hash, mode: 'assessment' });
    let seq = 0;
    for (const c of complete ? PLAYED.choices : PLAYED.choices.slice(0, 1)) {
      await t.app.attempts.record(actor, id, { eventId: crypto.randomUUID(), seq: ++seq, type: 'choice', ...c });
    }
    if (complete)
      await t.app.attempts.record(actor, id, {
        eventId: crypto.randomUUID(),
        seq: seq + 1,
        type: 'complete',
        reflection: 'I said yes too fast.',
      });
    return id;
  }

  beforeAll(async () => {
    t = await openApp(kind, catalog, {}, { now: () => new Date((clock += 1000)) });
    supA = await insertUser(t.app, 'supervisor', 'Supervisor A');
    supB = await insertUser(t.app, 'supervisor', 'Supervisor B');
    admin = await insertUser(t.app, 'admin', 'Admin');
    educator = await insertUser(t.app, 'educator');
    trainee = await insertUser(t.app, 'trainee', 'Tia');
    other = await insertUser(t.app, 'trainee', 'Oli');
    const at = '2026-05-01T00:00:00.000Z';
    const a = crypto.randomUUID();
    const b = crypto.randomUUID();
    await db()
      .insertInto('cohort')
      .values([
        { id: a, name: 'A', created_by: supA.id, created_at: at, archived_at: null },
        { id: b, name: 'B', created_by: supB.id, created_at: at, archived_at: null },
      ])
      .execute();
    await db()
      .insertInto('cohort_supervisor')
      .values([
        { cohort_id: a, user_id: supA.id, added_at: at },
        { cohort_id: b, user_id: supB.id, added_at: at },
      ])
      .execute();
    await db()
      .insertInto('cohort_member')
      .values([
        { cohort_id: a, user_id: trainee.id, joined_at: at },
        { cohort_id: b, user_id: other.id, joined_at: at },
      ])
      .execute();
    cohortB = b;
    attemptId = await play(trainee);
    openId = await play(trainee, false);
    // Made for cohort A's assignment: what A's supervisors may review.
    await forCohort(t.app, a, attemptId);
    await forCohort(t.app, a, openId);
  });
  afterAll(async () => {
    await t?.close();
  });

  const commentRows = (id = attemptId) =>
    db().selectFrom('attempt_comment').selectAll().where('attempt_id', '=', id).orderBy('created_at').execute();

  it('a supervisor of the trainee pins comments to a choice point and to the whole attempt; the trainee reads them', async () => {
    const pinned = await t.app.review.addComment(supA, attemptId, {
      point: 1,
      body: '  Here the invitation was the moment to explain your role.  ',
    });
    const whole = await t.app.review.addComment(supA, attemptId, {
      point: null,
      body: 'A thoughtful reflection overall.',
    });
    expect(pinned).toMatchObject({
      attemptId,
      point: 1,
      body: 'Here the invitation was the moment to explain your role.',
      authorId: supA.id,
      authorName: 'Supervisor A',
      seenAt: null,
    });
    expect(whole.point).toBeNull();

    const asTrainee = await t.app.review.listComments(trainee, attemptId);
    expect(asTrainee.map((c) => [c.point, c.body, c.authorName])).toEqual([
      [1, 'Here the invitation was the moment to explain your role.', 'Supervisor A'],
      [null, 'A thoughtful reflection overall.', 'Supervisor A'],
    ]);
    expect(await t.app.review.listComments(supA, attemptId)).toEqual(asTrainee);
    expect(await t.app.review.listComments(admin, attemptId)).toEqual(asTrainee);
    expect((await commentRows()).map((r) => [r.author_id, r.point === null ? null : Number(r.point)])).toEqual([
      [supA.id, 1],
      [supA.id, null],
    ]);
  });

  it('tells the trainee how many comments are new, per attempt, until they have seen them', async () => {
    expect(await t.app.review.unseenCommentCount(trainee)).toBe(2);
    expect(await t.app.review.unseenComments(trainee)).toEqual({
      count: 2,
      attempts: [{ id: attemptId, title: mini.meta.title, count: 2 }],
    });
    expect(await t.app.review.unseenCommentCount(other)).toBe(0);
    // Only the trainee marks them seen; a supervisor reading them does not.
    expect((await problemOf(t.app.review.markSeen(supA, attemptId))).status).toBe(404);
    expect((await problemOf(t.app.review.markSeen(other, attemptId))).status).toBe(404);
    expect(await t.app.review.unseenCommentCount(trainee)).toBe(2);
    expect(await t.app.review.markSeen(trainee, attemptId)).toBe(2);
    expect(await t.app.review.markSeen(trainee, attemptId)).toBe(0);
    expect(await t.app.review.unseenCommentCount(trainee)).toBe(0);
    expect((await commentRows()).every((r) => r.seen_at !== null)).toBe(true);
    // A new comment is new again.
    await t.app.review.addComment(admin, attemptId, { point: 0, body: 'Good opening question.' });
    expect(await t.app.review.unseenCommentCount(trainee)).toBe(1);
    await t.app.review.markSeen(trainee, attemptId);
  });

  it('refuses a comment pinned to a point the attempt does not have, or with an empty or oversized body', async () => {
    const before = (await commentRows()).length;
    const beyond = await problemOf(
      t.app.review.addComment(supA, attemptId, { point: PLAYED.choices.length, body: 'Out of range.' }),
    );
    expect(beyond.status).toBe(422);
    expect(beyond.message).toContain(`${PLAYED.choices.length} choice points`);
    // The attempt in progress has reached one choice point only.
    expect((await problemOf(t.app.review.addComment(supA, openId, { point: 1, body: 'Not there yet.' }))).status).toBe(
      422,
    );
    for (const bad of [
      { point: -1, body: 'Negative.' },
      { point: 0.5, body: 'Half.' },
      { point: '1', body: 'A string.' },
      { point: 0, body: '   ' },
      { point: 0, body: 'x'.repeat(5_001) },
      { body: 'No point given.' },
      { point: 0, body: 'Extra.', author: supB.id },
      null,
    ]) {
      expect(
        (await problemOf(t.app.review.addComment(supA, attemptId, bad))).status,
        JSON.stringify(bad)?.slice(0, 60),
      ).toBe(400);
    }
    expect((await commentRows()).length).toBe(before);
    // Point 0 of the attempt in progress is fine.
    expect((await t.app.review.addComment(supA, openId, { point: 0, body: 'Keep going.' })).point).toBe(0);
  });

  it('marks an attempt reviewed (and not reviewed) for a supervisor of the trainee; only a completed one', async () => {
    const done = await t.app.review.markReviewed(supA, attemptId);
    expect(done.reviewedBy).toBe(supA.id);
    expect(done.reviewedAt).toMatch(/^2026-06-01T/);
    let row = await db()
      .selectFrom('attempt')
      .select(['reviewed_at', 'reviewed_by'])
      .where('id', '=', attemptId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ reviewed_at: done.reviewedAt, reviewed_by: supA.id });
    const detail = await t.app.review.reviewDetail(supA, attemptId);
    expect(detail).toMatchObject({
      reviewedAt: done.reviewedAt,
      reviewedBy: 'Supervisor A',
      trainee: { id: trainee.id, name: 'Tia' },
      canReview: true,
    });
    expect(detail.attempt.replay?.points).toHaveLength(PLAYED.choices.length);
    expect(detail.comments.length).toBeGreaterThanOrEqual(3);
    expect(detail.map).toBeNull();

    expect((await problemOf(t.app.review.markReviewed(supA, openId))).status).toBe(409);
    expect((await problemOf(t.app.review.markReviewed(supA, attemptId, { reviewed: 'yes' }))).status).toBe(400);
    await t.app.review.markReviewed(supA, attemptId, { reviewed: false });
    row = await db()
      .selectFrom('attempt')
      .select(['reviewed_at', 'reviewed_by'])
      .where('id', '=', attemptId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ reviewed_at: null, reviewed_by: null });
  });

  it('answers 404 to everyone else: another cohort’s supervisor, another trainee, an educator, the trainee themself (for reviewing)', async () => {
    const unknown = await problemOf(t.app.review.addComment(supA, crypto.randomUUID(), { point: null, body: 'x' }));
    expect(unknown.status).toBe(404);
    const before = (await commentRows()).length;
    for (const stranger of [supB, other, educator, trainee]) {
      const add = await problemOf(t.app.review.addComment(stranger, attemptId, { point: null, body: 'Sneaky.' }));
      expect([add.status, add.message]).toEqual([404, unknown.message]);
      expect((await problemOf(t.app.review.markReviewed(stranger, attemptId))).status).toBe(404);
      expect((await problemOf(t.app.review.reviewDetail(stranger, attemptId))).status).toBe(404);
    }
    for (const stranger of [supB, other, educator]) {
      const read = await problemOf(t.app.review.listComments(stranger, attemptId));
      expect([read.status, read.message]).toEqual([404, unknown.message]);
      expect((await problemOf(t.app.attempts.get(stranger, attemptId))).status).toBe(404);
    }
    expect((await commentRows()).length).toBe(before);
    expect((await problemOf(t.app.review.listComments(trainee, 'not-a-uuid'))).status).toBe(404);
    const row = await db()
      .selectFrom('attempt')
      .select('reviewed_at')
      .where('id', '=', attemptId)
      .executeTakeFirstOrThrow();
    expect(row.reviewed_at).toBeNull();
  });

  it('a trainee in two cohorts: each cohort’s supervisor reviews only the attempts made for their own cohort’s assignments, and no one’s practice', async () => {
    await db()
      .insertInto('cohort_member')
      .values({ cohort_id: cohortB, user_id: trainee.id, joined_at: '2026-05-02T00:00:00.000Z' })
      .execute();
    try {
      const forB = await play(trainee);
      await forCohort(t.app, cohortB, forB);
      const practice = await play(trainee);
      await t.app.review.addComment(supB, forB, { point: null, body: 'B’s own note.' });
      // A's supervisor: nothing of B's attempt (its comments, reflection, review), and no practice attempt.
      for (const id of [forB, practice]) {
        expect((await problemOf(t.app.review.reviewDetail(supA, id))).status).toBe(404);
        expect((await problemOf(t.app.review.listComments(supA, id))).status).toBe(404);
        expect((await problemOf(t.app.review.addComment(supA, id, { point: null, body: 'Not mine.' }))).status).toBe(
          404,
        );
        expect((await problemOf(t.app.review.markReviewed(supA, id))).status).toBe(404);
        expect((await problemOf(t.app.attempts.get(supA, id))).status).toBe(404);
      }
      // B's supervisor: B's attempt, not A's, not the practice one.
      expect((await t.app.review.reviewDetail(supB, forB)).comments.map((c) => c.body)).toEqual(['B’s own note.']);
      for (const id of [attemptId, practice])
        expect((await problemOf(t.app.review.reviewDetail(supB, id))).status).toBe(404);
      // Listing the trainee's attempts as a supervisor gives only theirs.
      expect((await t.app.attempts.list(supA, trainee.id)).map((a) => a.id).sort()).toEqual([attemptId, openId].sort());
      expect((await t.app.attempts.list(supB, trainee.id)).map((a) => a.id)).toEqual([forB]);
      // The trainee and an admin see everything.
      expect((await t.app.attempts.list(trainee)).map((a) => a.id)).toEqual(
        expect.arrayContaining([attemptId, openId, forB, practice]),
      );
      expect((await t.app.review.reviewDetail(admin, practice)).attempt.id).toBe(practice);
      await db().deleteFrom('attempt_comment').where('attempt_id', 'in', [forB, practice]).execute();
      await db().deleteFrom('attempt_event').where('attempt_id', 'in', [forB, practice]).execute();
      await db().deleteFrom('attempt').where('id', 'in', [forB, practice]).execute();
    } finally {
      await db()
        .deleteFrom('cohort_member')
        .where('cohort_id', '=', cohortB)
        .where('user_id', '=', trainee.id)
        .execute();
    }
  });

  it('puts the comments on a person’s attempts, and those they wrote, in their data export', async () => {
    const mine = await t.app.privacy.export(trainee);
    const exported = mine.attempts.find((a) => a.id === attemptId)!;
    expect(exported.comments.map((c) => [c.point, c.body])).toEqual(
      (await commentRows()).map((r) => [r.point === null ? null : Number(r.point), r.body]),
    );
    expect(exported.comments.every((c) => c.seenAt !== null)).toBe(true);
    const theirs = await t.app.privacy.export(supA);
    expect(theirs.commentsWritten.map((c) => c.attemptId).sort()).toEqual([attemptId, attemptId, openId].sort());
    expect(mine.commentsWritten).toEqual([]);
  });

  it('erasing a supervisor keeps their comments without a name; erasing the trainee removes every comment', async () => {
    await t.app.users.erase(admin, supA.id);
    const left = await t.app.review.listComments(trainee, attemptId);
    expect(left.length).toBeGreaterThan(0);
    expect(left.filter((c) => c.authorId === null).every((c) => c.authorName === null)).toBe(true);
    expect(left.some((c) => c.authorId === null)).toBe(true);
    await t.app.users.erase(admin, trainee.id);
    expect(
      await db().selectFrom('attempt_comment').select('id').where('attempt_id', 'in', [attemptId, openId]).execute(),
    ).toEqual([]);
  });
});
