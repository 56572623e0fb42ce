/**
 * The cohort service on both databases: creating and listing cohorts by role, co-supervisors, invites that
 * expire or are revoked, joining by code, and that a cohort you may not see answers 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { normaliseCode } from '../../src/server/services/cohorts/invite-codes.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, openApp, problemOf, type TestApp } from './helpers.ts';

describe.each(DATABASES)('cohorts on %s', (kind) => {
  let t: TestApp;
  let supA: Actor & { email: string };
  let supB: Actor & { email: string };
  let admin: Actor;
  let trainee: Actor;
  let trainee2: Actor;
  let educator: Actor & { email: string };
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const DAY = 86_400_000;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([fixtureBundle('mini')]), {}, { now: () => new Date(clock) });
    supA = await insertUser(t.app, 'supervisor', 'Ada Supervisor');
    supB = await insertUser(t.app, 'supervisor', 'Bea Supervisor');
    admin = await insertUser(t.app, 'admin');
    trainee = await insertUser(t.app, 'trainee', 'Tom Trainee');
    trainee2 = await insertUser(t.app, 'trainee', 'Tia Trainee');
    educator = await insertUser(t.app, 'educator');
  });
  afterAll(async () => {
    await t?.close();
  });

  const cohorts = () => t.app.cohorts;

  it('a supervisor creates a cohort and becomes its supervisor; a trainee or educator cannot', async () => {
    const made = await cohorts().create(supA, { name: '  Spring 2026  ' });
    expect(made).toMatchObject({ name: 'Spring 2026', members: 0, supervisors: 1 });
    const detail = await cohorts().get(supA, made.id);
    expect(detail.supervisorList.map((s) => s.id)).toEqual([supA.id]);
    expect((await problemOf(cohorts().create(trainee, { name: 'Mine' }))).status).toBe(403);
    expect((await problemOf(cohorts().create(educator, { name: 'Mine' }))).status).toBe(403);
    expect((await problemOf(cohorts().list(trainee))).status).toBe(403);
    expect((await problemOf(cohorts().create(supA, { name: '' }))).status).toBe(400);
    expect((await problemOf(cohorts().create(supA, { name: 'x', extra: 1 }))).status).toBe(400);
  });

  it('a supervisor lists only their cohorts; an admin lists all; another supervisor gets 404 for each', async () => {
    const a = await cohorts().create(supA, { name: 'A only' });
    const b = await cohorts().create(supB, { name: 'B only' });
    const listA = (await cohorts().list(supA)).map((c) => c.id);
    const listB = (await cohorts().list(supB)).map((c) => c.id);
    expect(listA).toContain(a.id);
    expect(listA).not.toContain(b.id);
    expect(listB).toEqual([b.id]);
    const all = (await cohorts().list(admin)).map((c) => c.id);
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(await cohorts().get(admin, a.id)).toMatchObject({ id: a.id, name: 'A only' });

    // B can neither read nor change A's cohort, and the answer is the same as for no cohort at all.
    const missing = await problemOf(cohorts().get(supB, crypto.randomUUID()));
    for (const call of [
      () => cohorts().get(supB, a.id),
      () => cohorts().createInvite(supB, a.id, {}),
      () => cohorts().addSupervisor(supB, a.id, { email: supB.email }),
      () => cohorts().removeMember(supB, a.id, trainee.id),
      () => cohorts().get(trainee, a.id),
      () => cohorts().get(supB, 'not-a-uuid'),
    ]) {
      const p = await problemOf(call());
      expect(p.status).toBe(404);
      expect(p.message).toBe(missing.message);
    }
  });

  it('co-supervisors share a cohort; only accounts with the supervisor role can be added', async () => {
    const c = await cohorts().create(supA, { name: 'Shared' });
    // The answer is the same whether or not the address can be used: it does not tell who has an account.
    const educatorAnswer = await cohorts().addSupervisor(supA, c.id, { email: educator.email });
    const nobodyAnswer = await cohorts().addSupervisor(supA, c.id, { email: 'nobody@rapport.test' });
    expect((await problemOf(cohorts().addSupervisor(supA, c.id, { email: 'not an email' }))).status).toBe(400);
    const added = await cohorts().addSupervisor(supA, c.id, { email: supB.email.toUpperCase() });
    expect(educatorAnswer).toEqual(added);
    expect(nobodyAnswer).toEqual(added);
    expect(added.message).toMatch(/^If the address belongs to/);
    await cohorts().addSupervisor(supA, c.id, { email: supB.email }); // twice is harmless
    expect((await cohorts().list(supB)).map((x) => x.id)).toContain(c.id);
    const detail = await cohorts().get(supB, c.id);
    expect(detail.supervisorList.map((s) => s.id).sort()).toEqual([supA.id, supB.id].sort());
    expect(detail.supervisorList.map((s) => s.id)).not.toContain(educator.id);
  });

  it('a co-supervisor can be removed (or leave), never the last one; erasing the last supervisor hands the cohort to the admin', async () => {
    const c = await cohorts().create(supA, { name: 'Removals' });
    await cohorts().addSupervisor(supA, c.id, { email: supB.email });
    // Someone outside the cohort cannot remove anyone; an unknown or malformed id is 404.
    expect((await problemOf(cohorts().removeSupervisor(trainee, c.id, supB.id))).status).toBe(404);
    expect((await problemOf(cohorts().removeSupervisor(supA, c.id, crypto.randomUUID()))).status).toBe(404);
    expect((await problemOf(cohorts().removeSupervisor(supA, c.id, 'x\u0000'))).status).toBe(404);
    // B leaves; A is then the last and cannot be removed, not even by themself or an admin.
    expect(await cohorts().removeSupervisor(supB, c.id, supB.id)).toEqual({ remaining: 1 });
    expect((await problemOf(cohorts().get(supB, c.id))).status).toBe(404);
    for (const who of [supA, admin]) {
      const last = await problemOf(cohorts().removeSupervisor(who, c.id, supA.id));
      expect(last.status).toBe(409);
      expect(last.message).toMatch(/at least one supervisor/);
    }
    // Erasing the last supervisor: the cohort passes to the admin who erased them.
    const solo = await insertUser(t.app, 'supervisor', 'Solo');
    const own = await cohorts().create(solo, { name: 'Solo’s' });
    const erased = await t.app.users.erase(admin, solo.id);
    expect(erased.cohortsHandedOver).toBe(1);
    const after = await cohorts().get(admin, own.id);
    expect(after.supervisorList.map((s) => s.id)).toEqual([admin.id]);
  });

  it('invites: a random code that expires; trainees join once; expired, revoked and unknown codes are refused', async () => {
    const c = await cohorts().create(supA, { name: 'Invited' });
    const invite = await cohorts().createInvite(supA, c.id, { days: 7 });
    expect(invite.code).toMatch(/^[A-Z2-9]{16}$/);
    expect(invite.expiresAt).toBe(new Date(clock + 7 * DAY).toISOString());
    expect(invite.usable).toBe(true);
    const other = await cohorts().createInvite(supA, c.id, {});
    expect(other.code).not.toBe(invite.code);
    expect(other.expiresAt).toBe(new Date(clock + 14 * DAY).toISOString());
    expect((await problemOf(cohorts().createInvite(supA, c.id, { days: 0 }))).status).toBe(400);
    expect((await problemOf(cohorts().createInvite(supA, c.id, { days: 31 }))).status).toBe(400);

    // Typed with lower case, spaces and dashes, it is the same code.
    const typed = invite.code.toLowerCase().replace(/(.{4})/g, '$1-');
    expect(normaliseCode(typed)).toBe(invite.code);
    expect(await cohorts().checkInvite(typed)).toEqual({ cohortName: 'Invited', expiresAt: invite.expiresAt });
    expect(await cohorts().join(trainee, { code: typed })).toEqual({
      cohort: { id: c.id, name: 'Invited' },
      joined: true,
    });
    expect(await cohorts().join(trainee, { code: invite.code })).toEqual({
      cohort: { id: c.id, name: 'Invited' },
      joined: false,
    });
    expect((await cohorts().memberships(trainee)).map((m) => m.id)).toContain(c.id);
    let detail = await cohorts().get(supA, c.id);
    expect(detail.memberList.map((m) => m.id)).toEqual([trainee.id]);
    expect(detail.invites.find((i) => i.code === invite.code)?.uses).toBe(1);

    // A supervisor does not join by invite.
    expect((await problemOf(cohorts().join(supB, { code: invite.code }))).status).toBe(403);
    // Unknown and malformed codes.
    expect((await problemOf(cohorts().join(trainee2, { code: 'ABCDEFGHJKMNPQRS' }))).status).toBe(404);
    expect((await problemOf(cohorts().join(trainee2, { code: 'short' }))).status).toBe(404);
    expect((await problemOf(cohorts().join(trainee2, {}))).status).toBe(404);

    // Revoked.
    await cohorts().revokeInvite(supA, c.id, other.code);
    const revoked = await problemOf(cohorts().join(trainee2, { code: other.code }));
    expect(revoked.status).toBe(410);
    expect(revoked.details.reason).toBe('revoked');
    expect((await problemOf(cohorts().revokeInvite(supB, c.id, invite.code))).status).toBe(404);
    expect((await problemOf(cohorts().revokeInvite(supA, c.id, 'ABCDEFGHJKMNPQRS'))).status).toBe(404);

    // Expired: a week and a moment later.
    const saved = clock;
    clock += 7 * DAY + 1;
    try {
      const expired = await problemOf(cohorts().join(trainee2, { code: invite.code }));
      expect(expired.status).toBe(410);
      expect(expired.details.reason).toBe('expired');
      expect(expired.message).toMatch(/expired/);
      expect((await problemOf(cohorts().checkInvite(invite.code))).status).toBe(410);
      detail = await cohorts().get(supA, c.id);
      expect(detail.memberList.map((m) => m.id)).toEqual([trainee.id]);
      expect(detail.invites.every((i) => !i.usable)).toBe(true);
    } finally {
      clock = saved;
    }
  });

  it('a supervisor removes a member; removing them again is 404', async () => {
    const c = await cohorts().create(supA, { name: 'Removal' });
    const invite = await cohorts().createInvite(supA, c.id, {});
    await cohorts().join(trainee2, { code: invite.code });
    expect((await cohorts().get(supA, c.id)).members).toBe(1);
    await cohorts().removeMember(supA, c.id, trainee2.id);
    expect((await cohorts().get(supA, c.id)).members).toBe(0);
    expect((await problemOf(cohorts().removeMember(supA, c.id, trainee2.id))).status).toBe(404);
  });

  it('the cohort an attempt was made for is named to those who supervise it, to no one else', async () => {
    const mini = fixtureBundle('mini');
    const c = await cohorts().create(supA, { name: 'Way back' });
    await cohorts().join(trainee2, { code: (await cohorts().createInvite(supA, c.id, {})).code });
    const assignment = await t.app.assignments.create(supA, c.id, {
      title: 'Gifts',
      scenarios: ['mini'],
      opensAt: '2026-03-01',
      dueAt: '2026-03-10',
      mode: 'practice',
    });
    const start = async (assignmentId?: string) => {
      const id = crypto.randomUUID();
      await t.app.attempts.start(trainee2, {
        id,
        scenario: 'mini',
        storyHash: mini.hash,
        mode: 'practice',
        ...(assignmentId ? { assignmentId } : {}),
      });
      return id;
    };
    const forAssignment = await start(assignment.id);
    const practice = await start();
    expect(await cohorts().ofAttempt(supA, forAssignment)).toEqual({ id: c.id, name: 'Way back' });
    expect(await cohorts().ofAttempt(admin, forAssignment)).toEqual({ id: c.id, name: 'Way back' });
    // Another cohort's supervisor, the trainee themself, practice outside any assignment, a bad or unknown id.
    expect(await cohorts().ofAttempt(supB, forAssignment)).toBeNull();
    expect(await cohorts().ofAttempt(trainee2, forAssignment)).toBeNull();
    expect(await cohorts().ofAttempt(supA, practice)).toBeNull();
    expect(await cohorts().ofAttempt(supA, 'not-an-id')).toBeNull();
    expect(await cohorts().ofAttempt(supA, crypto.randomUUID())).toBeNull();
    // Once the trainee leaves the cohort, its supervisors no longer see the attempt, and no way back is named.
    await cohorts().removeMember(supA, c.id, trainee2.id);
    expect(await cohorts().ofAttempt(supA, forAssignment)).toBeNull();
  });
});
