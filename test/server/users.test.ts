/** The account service on both databases: only an admin lists, changes roles and erases, and erasing is complete. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/server/db/schema.ts';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, openApp, playIndependently, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');

describe.each(DATABASES)('users on %s', (kind) => {
  let t: TestApp;
  let admin: Actor;
  const others: Record<Exclude<Role, 'admin'>, Actor> = {} as never;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]));
    admin = await insertUser(t.app, 'admin');
    for (const role of ['trainee', 'supervisor', 'educator'] as const) others[role] = await insertUser(t.app, role);
  });
  afterAll(async () => {
    await t?.close();
  });

  const db = () => t.app.db.kysely;
  const roleOf = async (id: string) =>
    (await db().selectFrom('user').select('role').where('id', '=', id).executeTakeFirst())?.role;

  /** An attempt played to its end by `actor`, with its events. */
  async function playedAttempt(actor: Actor): Promise<string> {
    const { attempt } = await t.app.attempts.start(actor, {
      id: crypto.randomUUID(),
      scenario: 'mini',
      storyHash: mini.hash,
      mode: 'practice',
    });
    let seq = 0;
    for (const c of playIndependently(mini, [0, 1, 0]).choices) {
      await t.app.attempts.record(actor, attempt.id, {
        eventId: crypto.randomUUID(),
        seq: ++seq,
        type: 'choice',
        ...c,
      });
    }
    await t.app.attempts.record(actor, attempt.id, {
      eventId: crypto.randomUUID(),
      seq: seq + 1,
      type: 'complete',
      reflection: '',
    });
    return attempt.id;
  }

  it('refuses list, setRole and erase to everyone but an admin with 403, changing nothing', async () => {
    const target = await insertUser(t.app, 'trainee');
    for (const actor of Object.values(others)) {
      const calls = [
        t.app.users.list(actor),
        t.app.users.setRole(actor, target.id, { role: 'admin' }),
        t.app.users.erase(actor, target.id),
      ];
      for (const call of calls) {
        const problem = await problemOf(call);
        expect(problem.status).toBe(403);
        expect(problem.message).toMatch(/administrator/);
      }
      // Not even on themselves.
      expect((await problemOf(t.app.users.setRole(actor, actor.id, { role: 'admin' }))).status).toBe(403);
      expect(await roleOf(actor.id)).toBe(actor.role);
    }
    expect(await roleOf(target.id)).toBe('trainee');
  });

  it('lists every account for an admin, with roles and attempt counts', async () => {
    const player = await insertUser(t.app, 'trainee');
    await playedAttempt(player);
    await playedAttempt(player);
    const listed = await t.app.users.list(admin);
    const emails = listed.map((u) => u.email);
    expect(emails).toEqual([...emails].sort());
    const ids = (await db().selectFrom('user').select('id').execute()).map((r) => r.id);
    expect(listed.map((u) => u.id).sort()).toEqual(ids.sort());
    expect(listed.find((u) => u.id === player.id)).toMatchObject({
      role: 'trainee',
      demo: false,
      attempts: 2,
      email: player.email,
    });
    expect(listed.find((u) => u.id === admin.id)).toMatchObject({ role: 'admin', attempts: 0 });
    expect(listed.find((u) => u.id === others.educator.id)?.role).toBe('educator');
    expect(Number.isNaN(Date.parse(listed[0]!.createdAt))).toBe(false);
  });

  it('lets an admin change a role; refuses an unknown role (400), an unknown user (404) and demoting oneself (409)', async () => {
    const target = await insertUser(t.app, 'trainee');
    await t.app.users.setRole(admin, target.id, { role: 'supervisor' });
    expect(await roleOf(target.id)).toBe('supervisor');
    for (const input of [{ role: 'owner' }, { role: 'admin', extra: 1 }, {}, null, 'admin']) {
      expect((await problemOf(t.app.users.setRole(admin, target.id, input))).status).toBe(400);
    }
    expect((await problemOf(t.app.users.setRole(admin, crypto.randomUUID(), { role: 'educator' }))).status).toBe(404);
    expect((await problemOf(t.app.users.setRole(admin, admin.id, { role: 'trainee' }))).status).toBe(409);
    expect(await roleOf(admin.id)).toBe('admin');
    expect(await roleOf(target.id)).toBe('supervisor');
  });

  it('erases a person with their attempts, events, sessions and sign-in accounts, and no one else’s', async () => {
    const email = `erase.${kind}@rapport.test`;
    const signedUp = await t.app.auth.api.signUpEmail({
      body: { email, password: 'a quiet harbour at dusk', name: 'To Erase' },
    });
    const person: Actor = { id: signedUp.user.id, role: 'trainee' };
    const bystander = await insertUser(t.app, 'trainee');
    const attemptIds = [await playedAttempt(person), await playedAttempt(person)];
    const kept = await playedAttempt(bystander);
    await db()
      .insertInto('verification')
      .values({
        id: crypto.randomUUID(),
        identifier: email,
        value: 'reset',
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        createdAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      })
      .execute();

    const count = async (table: 'session' | 'account', id: string) =>
      (await db().selectFrom(table).select('id').where('userId', '=', id).execute()).length;
    // What erasing must remove is there to begin with.
    expect(await count('session', person.id)).toBeGreaterThan(0);
    expect(await count('account', person.id)).toBe(1);
    expect(
      await db().selectFrom('attempt_event').select('seq').where('attempt_id', 'in', attemptIds).execute(),
    ).toHaveLength(8);

    expect(await t.app.users.erase(admin, person.id)).toEqual({ attempts: 2, cohortsHandedOver: 0 });

    expect(await db().selectFrom('user').select('id').where('id', '=', person.id).execute()).toEqual([]);
    expect(await db().selectFrom('attempt').select('id').where('user_id', '=', person.id).execute()).toEqual([]);
    expect(
      await db().selectFrom('attempt_event').select('seq').where('attempt_id', 'in', attemptIds).execute(),
    ).toEqual([]);
    expect(await count('session', person.id)).toBe(0);
    expect(await count('account', person.id)).toBe(0);
    expect(await db().selectFrom('verification').select('id').where('identifier', '=', email).execute()).toEqual([]);
    // Someone else's data stays.
    expect(await db().selectFrom('attempt_event').select('seq').where('attempt_id', '=', kept).execute()).toHaveLength(
      4,
    );
    expect((await t.app.attempts.get(bystander, kept)).status).toBe('completed');
    // Erased means gone: a second erase finds nobody, and not even an admin finds the attempts.
    expect((await problemOf(t.app.users.erase(admin, person.id))).status).toBe(404);
    expect((await problemOf(t.app.attempts.get(admin, attemptIds[0]!))).status).toBe(404);
  });

  it('does not let an admin erase themselves', async () => {
    const problem = await problemOf(t.app.users.erase(admin, admin.id));
    expect(problem.status).toBe(409);
    expect(await roleOf(admin.id)).toBe('admin');
  });
});
