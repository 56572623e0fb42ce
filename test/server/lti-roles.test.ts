/**
 * What a course role gives in Rapport (issue 17's security review), on both databases: an Instructor or TA of a
 * course supervises that course's cohort by its supervisor row and nothing more. Their account stays a trainee
 * (the global role opens every scenario's branch map, analytics and making cohorts), yet the cohort's pages work:
 * the cohort, its dashboard, a trainee's view, the review of its attempts, the exports. A TA of another course sees
 * none of this one; a TA the platform later lists as a learner stops supervising (never the last supervisor).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { DATABASES } from '../support/databases.ts';
import { ROLE, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import { insertCohort, recordAttempt } from './export-helpers.ts';
import { insertUser, problemOf, type TestApp } from './helpers.ts';
import { deepLinkingRequest, launchWith, linkAssessment, mini, openLtiApp } from './lti-helpers.ts';

const courseA = { id: 'roles-a', title: 'Assessed course' };
const sandbox = { id: 'roles-sandbox', title: 'Sandbox' };
const teacher: Person = { sub: 'roles-teacher', name: 'Rita Teacher', roles: [ROLE.instructor] };
const ta: Person = { sub: 'roles-ta', name: 'Tad Assistant', roles: [ROLE.instructor] };
const lena: Person = { sub: 'roles-lena', name: 'Lena Learner', roles: [ROLE.learner] };

describe.each(DATABASES)('LTI course roles on %s', (kind) => {
  let t: TestApp;
  let platform: LtiPlatform;
  const clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  let cohortA: string;
  let teacherActor: Actor;
  let teacherId: string;
  let attemptId: string;

  const launch = (person: Person, course: { id: string; title: string }, extra: Record<string, unknown> = {}) =>
    launchWith(t, platform, now, (nonce) => ({ ...platform.launchClaims(person, course, nonce), ...extra }));
  /** The account as the session would present it: its id and its role in the database. */
  const actorOf = async (userId: string): Promise<Actor> => {
    const row = await t.app.db.kysely
      .selectFrom('user')
      .select('role')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    return { id: userId, role: row.role as Actor['role'] };
  };
  const supervisorIds = async (cohortId: string) =>
    (
      await t.app.db.kysely
        .selectFrom('cohort_supervisor')
        .select('user_id')
        .where('cohort_id', '=', cohortId)
        .execute()
    ).map((r) => r.user_id);

  beforeAll(async () => {
    ({ t, platform } = await openLtiApp(kind, now));
    const r = await launch(teacher, courseA);
    cohortA = r.cohortId;
    teacherActor = await actorOf(r.userId);
    teacherId = r.userId;
    const deep = await launch(
      teacher,
      courseA,
      deepLinkingRequest({ deep_link_return_url: `${platform.url}/deep-link-return` }),
    );
    const assignment = await linkAssessment(t, teacherActor, deep, 'Assessed');
    const l = await launch(lena, courseA);
    const { id } = await recordAttempt(t.app, await actorOf(l.userId), mini, [0, 0, 0]);
    await t.app.db.kysely.updateTable('attempt').set({ assignment_id: assignment.id }).where('id', '=', id).execute();
    attemptId = id;
  });
  afterAll(async () => {
    await platform?.close();
    await t?.close();
  });

  it("never changes the account's role: an instructor's new account, and a trainee's who teaches, stay trainees", async () => {
    expect(teacherActor.role).toBe('trainee');
    const existing = await launch(ta, sandbox);
    expect((await actorOf(existing.userId)).role).toBe('trainee');
    await launch(ta, sandbox);
    expect((await actorOf(existing.userId)).role).toBe('trainee');
    // The supervision the platform gave is the cohort's row, for that course only.
    expect(await supervisorIds(existing.cohortId)).toContain(existing.userId);
  });

  it("gives an instructor whose role is trainee the course cohort's pages: cohort, dashboard, trainee view, review, exports", async () => {
    // As the session presents them: a trainee (the account's role), who supervises this cohort by its row.
    const teacherActor: Actor = { id: teacherId, role: 'trainee' };
    const detail = await t.app.cohorts.get(teacherActor, cohortA);
    expect(detail.memberList.map((m) => m.name)).toEqual(['Lena Learner']);
    const board = await t.app.dashboard.cohortDashboard(teacherActor, cohortA);
    expect(board.trainees.map((x) => x.name)).toEqual(['Lena Learner']);
    const lenaId = detail.memberList[0]!.id;
    expect((await t.app.dashboard.traineeView(teacherActor, cohortA, lenaId)).attempts).toHaveLength(1);
    expect((await t.app.review.reviewDetail(teacherActor, attemptId)).attempt.id).toBe(attemptId);
    await t.app.review.addComment(teacherActor, attemptId, { point: null, body: 'Good start.' });
    const csv = await t.app.exports.cohortCsv(teacherActor, cohortA);
    expect(csv.csv).toContain('Lena Learner');
    expect((await t.app.assignments.listForCohort(teacherActor, cohortA)).map((a) => a.title)).toEqual(['Assessed']);
  });

  it('gives a teaching assistant of another course nothing of this one, and no global supervision', async () => {
    const other = await launch({ ...ta, sub: 'roles-sandbox-only' }, sandbox);
    const outsider = await actorOf(other.userId);
    expect(outsider.role).toBe('trainee');
    expect((await problemOf(t.app.cohorts.get(outsider, cohortA))).status).toBe(404);
    expect((await problemOf(t.app.dashboard.cohortDashboard(outsider, cohortA))).status).toBe(404);
    expect((await problemOf(t.app.review.reviewDetail(outsider, attemptId))).status).toBe(404);
    expect((await problemOf(t.app.exports.cohortCsv(outsider, cohortA))).status).toBe(404);
    expect((await problemOf(t.app.cohorts.create(outsider, { name: 'Mine' }))).status).toBe(403);
  });

  it('removes the supervision of a TA the platform now lists as a learner, on launch and on roster sync, never the last supervisor', async () => {
    const course = { id: 'roles-demote', title: 'Demotions' };
    const first = await launch(teacher, course);
    const helper = await launch(ta, course);
    expect((await supervisorIds(first.cohortId)).sort()).toEqual([first.userId, helper.userId].sort());
    await launch({ ...ta, roles: [ROLE.learner] }, course);
    expect(await supervisorIds(first.cohortId)).toEqual([first.userId]);
    expect((await problemOf(t.app.cohorts.get(await actorOf(helper.userId), first.cohortId))).status).toBe(404);
    // The last supervisor stays, even listed as a learner: a cohort always keeps one.
    await launch({ ...teacher, roles: [ROLE.learner] }, course);
    expect(await supervisorIds(first.cohortId)).toEqual([first.userId]);
    // Roster sync: the TA is an instructor again, then the roster lists them as a learner.
    await launch(ta, course);
    expect(await supervisorIds(first.cohortId)).toHaveLength(2);
    platform.roster = [teacher, { ...ta, roles: [ROLE.learner] }];
    await t.app.lti.syncRoster(await actorOf(first.userId), first.cohortId);
    expect(await supervisorIds(first.cohortId)).toEqual([first.userId]);
  });

  it('does not let a demoted Rapport supervisor keep an ordinary cohort through its old row', async () => {
    const sup = await insertUser(t.app, 'supervisor');
    const cohort = await insertCohort(t.app, 'Ordinary', [sup], []);
    expect((await t.app.cohorts.get(sup, cohort)).name).toBe('Ordinary');
    await t.app.db.kysely.updateTable('user').set({ role: 'trainee' }).where('id', '=', sup.id).execute();
    expect((await problemOf(t.app.cohorts.get({ id: sup.id, role: 'trainee' }, cohort))).status).toBe(404);
  });
});
