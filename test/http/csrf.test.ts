/**
 * Cross-site request forgery: every state-changing request without an Origin, or from another origin, is
 * refused with 403 before anything is stored; the same request from Rapport's own origin goes through.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES } from '../support/databases.ts';
import { signUpAs, startOnFreshDatabase, type TestServer } from '../support/fresh-server.ts';
import { Client, newCredentials, signUp, type ServerProcess, type TestUser } from '../support/server-process.ts';
import { builtBundle, choiceEvent, planPath, startAttempt } from './play.ts';

/** Origins a forged request might carry, and "none at all". */
const FOREIGN: { label: string; origin: string | null; headers?: Record<string, string> }[] = [
  { label: 'no Origin', origin: null },
  { label: 'another site', origin: 'https://evil.example' },
  { label: 'Origin: null (a sandboxed frame)', origin: 'null' },
  { label: 'another port of the same host', origin: 'http://127.0.0.1:1' },
  { label: 'no Origin, Sec-Fetch-Site: cross-site', origin: null, headers: { 'sec-fetch-site': 'cross-site' } },
  { label: 'no Origin, Sec-Fetch-Site: same-site', origin: null, headers: { 'sec-fetch-site': 'same-site' } },
];

describe.each(DATABASES)('CSRF on %s', (kind) => {
  let running: TestServer;
  let server: ServerProcess;
  let db: Db;
  let trainee: TestUser;
  let admin: TestUser;
  const bundle = builtBundle();
  const path = planPath(bundle);

  const count = async (table: 'attempt' | 'attempt_event' | 'user' | 'session') => {
    const row = await db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  beforeAll(async () => {
    running = await startOnFreshDatabase(kind);
    ({ server, db } = running);
    trainee = await signUp(server, 'trainee');
    admin = await signUpAs(server, db, 'admin', 'admin');
  });
  afterAll(() => running?.close());

  it('POST /api/attempts: refused with 403 and nothing stored unless it comes from Rapport’s origin', async () => {
    for (const f of FOREIGN) {
      const res = await trainee.client.post(
        '/api/attempts',
        { id: crypto.randomUUID(), scenario: bundle.slug, storyHash: bundle.hash, mode: 'assessment' },
        { origin: f.origin, headers: f.headers ?? {} },
      );
      expect(res.status, f.label).toBe(403);
      expect(res.body.error.message, f.label).toMatch(/not accepted|did not come from a Rapport page/);
    }
    expect(await count('attempt')).toBe(0);
    await startAttempt(trainee.client, bundle);
    expect(await count('attempt')).toBe(1);
  });

  it('POST /api/attempts/:id/events: refused with 403 and no event stored; same origin is recorded', async () => {
    const id = await startAttempt(trainee.client, bundle);
    const event = choiceEvent(1, path[0]!);
    for (const f of FOREIGN) {
      const res = await trainee.client.post(`/api/attempts/${id}/events`, event, {
        origin: f.origin,
        headers: f.headers ?? {},
      });
      expect(res.status, f.label).toBe(403);
    }
    expect(await count('attempt_event')).toBe(0);
    const ok = await trainee.client.post(`/api/attempts/${id}/events`, event);
    expect(ok.status).toBe(201);
    expect(await count('attempt_event')).toBe(1);
  });

  it('PATCH /api/admin/users/:id: an admin’s forged role change is refused and the role stays', async () => {
    for (const f of FOREIGN) {
      const res = await admin.client.patch(
        `/api/admin/users/${trainee.id}`,
        { role: 'admin' },
        { origin: f.origin, headers: f.headers ?? {} },
      );
      expect(res.status, f.label).toBe(403);
    }
    const before = await db.kysely
      .selectFrom('user')
      .select('role')
      .where('id', '=', trainee.id)
      .executeTakeFirstOrThrow();
    expect(before.role).toBe('trainee');
    const ok = await admin.client.patch(`/api/admin/users/${trainee.id}`, { role: 'supervisor' });
    expect(ok.status, ok.text).toBe(200);
    const after = await db.kysely
      .selectFrom('user')
      .select('role')
      .where('id', '=', trainee.id)
      .executeTakeFirstOrThrow();
    expect(after.role).toBe('supervisor');
    await admin.client.patch(`/api/admin/users/${trainee.id}`, { role: 'trainee' });
  });

  it('DELETE /api/admin/users/:id: a forged erasure is refused and the person stays', async () => {
    const victim = await signUp(server, 'victim');
    for (const f of FOREIGN) {
      const res = await admin.client.delete(`/api/admin/users/${victim.id}`, {
        origin: f.origin,
        headers: f.headers ?? {},
      });
      expect(res.status, f.label).toBe(403);
    }
    expect(
      await db.kysely.selectFrom('user').select('id').where('id', '=', victim.id).executeTakeFirst(),
    ).toBeDefined();
    const ok = await admin.client.delete(`/api/admin/users/${victim.id}`);
    expect(ok.status, ok.text).toBe(200);
    expect(
      await db.kysely.selectFrom('user').select('id').where('id', '=', victim.id).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('sign-up, sign-in and sign-out from another origin are refused: no account, no session, no sign-out', async () => {
    const creds = newCredentials('forged');
    const guest = new Client(server);
    for (const f of FOREIGN) {
      const res = await guest.post('/api/auth/sign-up/email', creds, { origin: f.origin, headers: f.headers ?? {} });
      expect(res.status, `sign-up, ${f.label}`).toBe(403);
    }
    expect(
      await db.kysely.selectFrom('user').select('id').where('email', '=', creds.email).executeTakeFirst(),
    ).toBeUndefined();

    const sessions = await count('session');
    for (const f of FOREIGN) {
      const res = await guest.post(
        '/api/auth/sign-in/email',
        { email: trainee.email, password: trainee.password },
        { origin: f.origin, headers: f.headers ?? {} },
      );
      expect(res.status, `sign-in, ${f.label}`).toBe(403);
      expect(guest.sessionToken, f.label).toBeUndefined();
    }
    expect(await count('session')).toBe(sessions);

    for (const f of FOREIGN) {
      const res = await trainee.client.post('/api/auth/sign-out', {}, { origin: f.origin, headers: f.headers ?? {} });
      expect(res.status, `sign-out, ${f.label}`).toBe(403);
    }
    expect((await trainee.client.get('/api/me')).body.user).not.toBeNull();
  });
});
