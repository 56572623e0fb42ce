/**
 * Access control over HTTP: five people (two trainees, a supervisor, an educator, an admin), each with an
 * attempt and a reflection of their own, each trying to read and change everyone else's records. Guests
 * get 401; others' attempts are 404 (the same as no attempt, so nothing leaks); account management is 403
 * for all but the admin; the admin can read attempts but cannot record into them. No answer carries
 * another person's email, reflection or attempt.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import type { Role } from '../../src/server/db/schema.ts';
import { DATABASES } from '../support/databases.ts';
import { signUpAs, startOnFreshDatabase, type TestServer } from '../support/fresh-server.ts';
import { Client, signUp, type Reply, type ServerProcess, type TestUser } from '../support/server-process.ts';
import { builtBundle, choiceEvent, planPath, playPath, postEvent, startAttempt } from './play.ts';

interface Person extends TestUser {
  attempt: string;
  reflection: string;
}

const ROLES: [string, Role][] = [
  ['trainee A', 'trainee'],
  ['trainee B', 'trainee'],
  ['supervisor', 'supervisor'],
  ['educator', 'educator'],
  ['admin', 'admin'],
];

describe.each(DATABASES)('access control on %s', (kind) => {
  let running: TestServer;
  let server: ServerProcess;
  let db: Db;
  const people: Person[] = [];
  const bundle = builtBundle();
  const path = planPath(bundle);

  /** Everything of `owner`'s that must not appear in an answer to someone else. */
  function expectNothingOf(owner: Person, res: Reply, what: string) {
    expect(res.text, `${what}: ${owner.name}'s email`).not.toContain(owner.email);
    expect(res.text, `${what}: ${owner.name}'s reflection`).not.toContain(owner.reflection);
    expect(res.text, `${what}: ${owner.name}'s attempt id`).not.toContain(owner.attempt);
    expect(res.text, `${what}: ${owner.name}'s user id`).not.toContain(owner.id);
  }

  const events = async (attempt: string) =>
    (await db.kysely.selectFrom('attempt_event').select('seq').where('attempt_id', '=', attempt).execute()).length;

  beforeAll(async () => {
    running = await startOnFreshDatabase(kind);
    ({ server, db } = running);
    for (const [label, role] of ROLES) {
      const user = await signUpAs(server, db, label.replace(/\s/g, '-'), role);
      // Each has an attempt: one choice and a completed one with a reflection (the last one read back).
      const attempt = await startAttempt(user.client, bundle);
      const reflection = `Private reflection of ${label} ${crypto.randomUUID()}`;
      await playPath(user.client, attempt, path, reflection);
      people.push({ ...user, name: label, attempt, reflection });
    }
  });
  afterAll(() => running?.close());

  it('a guest gets 401 everywhere, with nobody’s data, and /api/me says nobody is signed in', async () => {
    const guest = new Client(server);
    const owner = people[0]!;
    const me = await guest.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ user: null });
    const answers = [
      await guest.get('/api/me/export'),
      await guest.get('/api/attempts'),
      await guest.get(`/api/attempts/${owner.attempt}`),
      await postEvent(guest, owner.attempt, choiceEvent(1, path[0]!)),
      await guest.post('/api/attempts', {
        id: crypto.randomUUID(),
        scenario: bundle.slug,
        storyHash: bundle.hash,
        mode: 'practice',
      }),
      await guest.get('/api/admin/users'),
      await guest.patch(`/api/admin/users/${owner.id}`, { role: 'admin' }),
      await guest.delete(`/api/admin/users/${owner.id}`),
    ];
    for (const res of answers) {
      expect(res.status).toBe(401);
      for (const p of people) expectNothingOf(p, res, 'a guest');
    }
  });

  it('everyone reads their own attempt in full', async () => {
    for (const p of people) {
      const res = await p.client.get(`/api/attempts/${p.attempt}`);
      expect(res.status, p.name).toBe(200);
      expect(res.body.attempt.reflection).toBe(p.reflection);
      expect(res.body.attempt.status).toBe('completed');
    }
  });

  it('GET /api/attempts/:id of someone else: 404 for all but the admin, who reads it', async () => {
    for (const actor of people) {
      for (const owner of people) {
        if (owner === actor) continue;
        const res = await actor.client.get(`/api/attempts/${owner.attempt}`);
        if (actor.role === 'admin') {
          expect(res.status, `admin reads ${owner.name}'s attempt`).toBe(200);
          expect(res.body.attempt.reflection).toBe(owner.reflection);
          expect(res.body.attempt.userId).toBe(owner.id);
        } else {
          expect(res.status, `${actor.name} reads ${owner.name}'s attempt`).toBe(404);
          expectNothingOf(owner, res, `${actor.name} reading ${owner.name}'s attempt`);
        }
      }
    }
  });

  it('POST /api/attempts/:id/events into someone else’s attempt: 404 for everyone, the admin too; nothing recorded', async () => {
    for (const owner of people) {
      const before = await events(owner.attempt);
      for (const actor of people) {
        if (owner === actor) continue;
        // The next sequence number and a valid choice: only the owner could be refused for nothing else.
        const res = await postEvent(actor.client, owner.attempt, choiceEvent(before + 1, path[0]!));
        expect(res.status, `${actor.name} records into ${owner.name}'s attempt`).toBe(404);
        expectNothingOf(owner, res, `${actor.name} recording into ${owner.name}'s attempt`);
      }
      expect(await events(owner.attempt)).toBe(before);
    }
  });

  it('starting an attempt with someone else’s attempt id does not take it over', async () => {
    const [a, b] = people;
    const res = await b!.client.post('/api/attempts', {
      id: a!.attempt,
      scenario: bundle.slug,
      storyHash: bundle.hash,
      mode: 'assessment',
    });
    expect(res.status).toBe(409);
    expect(res.text).not.toContain(a!.email);
    expect(res.text).not.toContain(a!.reflection);
    const row = await db.kysely
      .selectFrom('attempt')
      .select('user_id')
      .where('id', '=', a!.attempt)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(a!.id);
  });

  it('GET /api/attempts lists only one’s own attempts, the admin’s too', async () => {
    for (const actor of people) {
      const res = await actor.client.get('/api/attempts');
      expect(res.status).toBe(200);
      expect(res.body.attempts.map((a: { id: string }) => a.id)).toEqual([actor.attempt]);
      for (const owner of people) if (owner !== actor) expectNothingOf(owner, res, `${actor.name}'s list`);
    }
  });

  it('GET /api/admin/users: 403 with no accounts listed for all but the admin', async () => {
    for (const actor of people) {
      const res = await actor.client.get('/api/admin/users');
      if (actor.role === 'admin') {
        expect(res.status).toBe(200);
        const emails = res.body.users.map((u: { email: string }) => u.email);
        for (const p of people) expect(emails).toContain(p.email);
        // Accounts, not attempts: no one's reflection is in the list.
        for (const p of people) expect(res.text).not.toContain(p.reflection);
      } else {
        expect(res.status, actor.name).toBe(403);
        for (const owner of people) if (owner !== actor) expectNothingOf(owner, res, `${actor.name} listing accounts`);
      }
    }
  });

  it('PATCH and DELETE /api/admin/users/:id: 403 for all but the admin, nothing changed', async () => {
    for (const actor of people) {
      if (actor.role === 'admin') continue;
      for (const owner of people) {
        const patch = await actor.client.patch(`/api/admin/users/${owner.id}`, { role: 'admin' });
        expect(patch.status, `${actor.name} changes ${owner.name}'s role`).toBe(403);
        const del = await actor.client.delete(`/api/admin/users/${owner.id}`);
        expect(del.status, `${actor.name} erases ${owner.name}`).toBe(403);
        for (const res of [patch, del])
          if (owner !== actor) expectNothingOf(owner, res, `${actor.name} managing ${owner.name}`);
      }
    }
    const rows = await db.kysely.selectFrom('user').select(['id', 'role']).execute();
    expect(rows).toHaveLength(people.length);
    for (const p of people) expect(rows.find((r) => r.id === p.id)?.role).toBe(p.role);
  });

  it('the admin can change a role and erase a person with everything of theirs, but not demote or erase themself', async () => {
    const admin = people.find((p) => p.role === 'admin')!;
    const extra = await signUp(server, 'extra');
    const attempt = await startAttempt(extra.client, bundle);
    expect((await postEvent(extra.client, attempt, choiceEvent(1, path[0]!))).status).toBe(201);

    const promote = await admin.client.patch(`/api/admin/users/${extra.id}`, { role: 'supervisor' });
    expect(promote.status, promote.text).toBe(200);
    expect((await extra.client.get('/api/me')).body.user.role).toBe('supervisor');
    expect((await admin.client.patch(`/api/admin/users/${admin.id}`, { role: 'trainee' })).status).toBe(409);
    expect((await admin.client.delete(`/api/admin/users/${admin.id}`)).status).toBe(409);

    const erase = await admin.client.delete(`/api/admin/users/${extra.id}`);
    expect(erase.status, erase.text).toBe(200);
    expect(erase.body.erased.attempts).toBe(1);
    expect((await extra.client.get('/api/me')).body.user).toBeNull();
    expect(await db.kysely.selectFrom('attempt').select('id').where('user_id', '=', extra.id).execute()).toEqual([]);
    expect(await events(attempt)).toBe(0);
    expect((await admin.client.get(`/api/attempts/${attempt}`)).status).toBe(404);
    expect((await admin.client.patch(`/api/admin/users/${extra.id}`, { role: 'trainee' })).status).toBe(404);
  });

  it('GET /api/me/export holds one’s own data and nobody else’s', async () => {
    for (const actor of people) {
      const res = await actor.client.get('/api/me/export');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(res.body.user.email).toBe(actor.email);
      expect(res.body.attempts.map((a: { id: string }) => a.id)).toEqual([actor.attempt]);
      expect(res.body.attempts[0].reflection).toBe(actor.reflection);
      expect(res.body.attempts[0].events).toHaveLength(path.length + 1);
      expect(res.text).not.toMatch(/argon2|"password"/);
      for (const owner of people) if (owner !== actor) expectNothingOf(owner, res, `${actor.name}'s export`);
    }
  });
});
