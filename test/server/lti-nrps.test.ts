/**
 * LTI Names and Role Provisioning Services on both databases, against the test platform: roster sync on demand by
 * the cohort's supervisor adds the course's members (accounts keyed by issuer and subject, made before they ever
 * launch) and removes those who left or are inactive, but never someone who joined in Rapport itself; only the
 * cohort's supervisors and administrators may sync; a launch syncs its course in the background.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { DATABASES } from '../support/databases.ts';
import { ROLE, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import { insertUser, problemOf, type TestApp } from './helpers.ts';
import { launchWith, openLtiApp } from './lti-helpers.ts';

const course = { id: 'course-nrps', title: 'Roster 101' };
const teacher: Person = { sub: 'nrps-teacher', name: 'Nora Teacher', email: 'nora@lms.test', roles: [ROLE.instructor] };
const ann: Person = { sub: 'nrps-ann', name: 'Ann Early', email: 'ann@lms.test', roles: [ROLE.learner] };
const ben: Person = { sub: 'nrps-ben', name: 'Ben Never-launched', email: 'ben@lms.test', roles: [ROLE.learner] };
const cal: Person = { sub: 'nrps-cal', name: 'Cal Inactive', roles: [ROLE.learner] };
const dee: Person = { sub: 'nrps-dee', name: 'Dee Later', roles: [ROLE.learner] };

describe.each(DATABASES)('LTI roster sync on %s', (kind) => {
  let t: TestApp;
  let platform: LtiPlatform;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  let supervisor: Actor;
  let cohortId: string;

  /** A launch of the course by `person`, once the roster sync it starts in the background has settled. */
  async function launch(person: Person) {
    const r = await launchWith(t, platform, now, (nonce) => platform.launchClaims(person, course, nonce));
    await t.app.lti.rosterSettled();
    return r;
  }

  const members = async () => (await t.app.cohorts.get(supervisor, cohortId)).memberList.map((m) => m.name).sort();
  const supervisors = async () =>
    (await t.app.cohorts.get(supervisor, cohortId)).supervisorList.map((m) => m.name).sort();

  beforeAll(async () => {
    ({ t, platform } = await openLtiApp(kind, now));
    // The instructor's launch reads the roster in the background: the platform lists only them so far.
    platform.roster = [teacher];
    const r = await launch(teacher);
    supervisor = { id: r.userId, role: 'trainee' };
    cohortId = r.cohortId;
  });
  afterAll(async () => {
    await platform?.close();
    await t?.close();
  });

  it("adds the course's members, launched or not, with accounts keyed by issuer and subject", async () => {
    expect(await members()).toEqual([]);
    expect(await t.app.lti.hasRoster(cohortId)).toBe(true);
    platform.roster = [teacher, ann, ben];
    expect(await t.app.lti.syncRoster(supervisor, cohortId)).toEqual({ added: 2, removed: 0, members: 3 });
    expect(await members()).toEqual(['Ann Early', 'Ben Never-launched']);
    const accounts = await t.app.db.kysely
      .selectFrom('lti_user')
      .innerJoin('user', 'user.id', 'lti_user.user_id')
      .select(['lti_user.subject', 'lti_user.issuer', 'lti_user.email', 'user.role'])
      .where('lti_user.subject', 'in', [ann.sub, ben.sub])
      .orderBy('lti_user.subject')
      .execute();
    expect(accounts).toEqual([
      { subject: ann.sub, issuer: platform.issuer, email: 'ann@lms.test', role: 'trainee' },
      { subject: ben.sub, issuer: platform.issuer, email: 'ben@lms.test', role: 'trainee' },
    ]);
    // Ann launching later is the account the roster made.
    const launched = await launch(ann);
    expect(launched.userId).toBe(
      (
        await t.app.db.kysely
          .selectFrom('lti_user')
          .select('user_id')
          .where('subject', '=', ann.sub)
          .executeTakeFirstOrThrow()
      ).user_id,
    );
    // Syncing again changes nothing.
    expect(await t.app.lti.syncRoster(supervisor, cohortId)).toEqual({ added: 0, removed: 0, members: 3 });
  });

  it('removes those who left the course or are inactive, and keeps people who joined in Rapport', async () => {
    const invited = await insertUser(t.app, 'trainee', 'Ivy Invited');
    await t.app.db.kysely
      .insertInto('cohort_member')
      .values({ cohort_id: cohortId, user_id: invited.id, joined_at: now().toISOString() })
      .execute();
    // Ben left the course; the platform lists Cal as inactive: not added.
    platform.roster = [teacher, ann, { ...cal, status: 'Inactive' }];
    expect(await t.app.lti.syncRoster(supervisor, cohortId)).toEqual({ added: 0, removed: 1, members: 2 });
    expect(await members()).toEqual(['Ann Early', 'Ivy Invited']);
    expect(await supervisors()).toEqual(['Nora Teacher']);
    // Ben's account and anything he did stay; he is only out of the cohort.
    expect(
      await t.app.db.kysely.selectFrom('lti_user').select('user_id').where('subject', '=', ben.sub).executeTakeFirst(),
    ).toBeDefined();
  });

  it('removes nobody on a roster that lists nobody active (a platform sharing no names)', async () => {
    const before = await members();
    platform.roster = [];
    expect(await t.app.lti.syncRoster(supervisor, cohortId)).toEqual({ added: 0, removed: 0, members: 0 });
    expect(await members()).toEqual(before);
  });

  it("lets only the cohort's supervisors and administrators sync", async () => {
    expect((await problemOf(t.app.lti.syncRoster(await insertUser(t.app, 'supervisor'), cohortId))).status).toBe(404);
    const annActor: Actor = {
      id: (
        await t.app.db.kysely
          .selectFrom('lti_user')
          .select('user_id')
          .where('subject', '=', ann.sub)
          .executeTakeFirstOrThrow()
      ).user_id,
      role: 'trainee',
    };
    expect((await problemOf(t.app.lti.syncRoster(annActor, cohortId))).status).toBe(404);
    expect(await t.app.lti.syncRoster(await insertUser(t.app, 'admin'), cohortId)).toMatchObject({ removed: 0 });
  });

  it('changes nothing when the roster cannot be read', async () => {
    const before = await members();
    const roster = platform.roster;
    (platform as unknown as { roster: unknown }).roster = null;
    expect((await problemOf(t.app.lti.syncRoster(supervisor, cohortId))).status).toBe(502);
    platform.roster = roster;
    expect(await members()).toEqual(before);
  });

  it("answers 502 in Rapport's words when the platform's token endpoint refuses or cannot be reached", async () => {
    const before = await members();
    const platformRow = () => t.app.db.kysely.updateTable('lti_platform').where('issuer', '=', platform.issuer);
    // A token held from an earlier sync would be used: past its hour, a new one is asked for.
    clock += 2 * 3600_000;
    for (const tokenUrl of [`${platform.url}/no-such-endpoint`, 'http://127.0.0.1:9/token']) {
      await platformRow().set({ token_url: tokenUrl }).execute();
      const problem = await problemOf(t.app.lti.syncRoster(supervisor, cohortId));
      expect(problem.status, tokenUrl).toBe(502);
      expect(problem.message).toMatch(/^The learning platform could not be reached for the course's roster/);
    }
    await platformRow()
      .set({ token_url: `${platform.url}/token` })
      .execute();
    expect(await members()).toEqual(before);
  });

  it('syncs in the background on a launch, at most every ten minutes, never removing the person launching', async () => {
    platform.roster = [teacher, ann, dee];
    clock += 11 * 60_000;
    // Ann is not on the roster the platform answers with a moment later: she stays, since she has just launched.
    platform.roster = [teacher, dee];
    await launch(ann);
    expect(await members()).toEqual(['Ann Early', 'Dee Later', 'Ivy Invited']);
    platform.roster = [teacher, ann, dee, ben];
    await launch(ann);
    expect(await members()).toEqual(['Ann Early', 'Dee Later', 'Ivy Invited']);
  });
});
