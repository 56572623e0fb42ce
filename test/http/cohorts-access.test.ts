/**
 * Access control over HTTP for cohorts, invites, joining and assignments: guests get 401 everywhere; a
 * trainee cannot create or list cohorts (403); a supervisor of another cohort gets 404 for each of its
 * endpoints with nothing of it in the answer; an expired, revoked or unknown invite is refused; attempts
 * beyond those allowed are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES } from '../support/databases.ts';
import { signUpAs, startOnFreshDatabase, type TestServer } from '../support/fresh-server.ts';
import { Client, signUp, type ServerProcess, type TestUser } from '../support/server-process.ts';
import { builtBundle } from './play.ts';

describe.each(DATABASES)('cohort and assignment access on %s', (kind) => {
  let running: TestServer;
  let server: ServerProcess;
  let db: Db;
  let supA: TestUser;
  let supB: TestUser;
  let member: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let cohortId: string;
  let code: string;
  let assignmentId: string;
  const bundle = builtBundle();
  const cohortName = `Secret cohort ${crypto.randomUUID()}`;

  beforeAll(async () => {
    running = await startOnFreshDatabase(kind);
    ({ server, db } = running);
    supA = await signUpAs(server, db, 'sup-a', 'supervisor');
    supB = await signUpAs(server, db, 'sup-b', 'supervisor');
    admin = await signUpAs(server, db, 'admin', 'admin');
    member = await signUp(server, 'member');
    outsider = await signUp(server, 'outsider');
    const made = await supA.client.post('/api/cohorts', { name: cohortName });
    expect(made.status, made.text).toBe(201);
    cohortId = made.body.cohort.id;
    const invite = await supA.client.post(`/api/cohorts/${cohortId}/invites`, { days: 2 });
    expect(invite.status, invite.text).toBe(201);
    code = invite.body.invite.code;
    const joined = await member.client.post('/api/join', { code });
    expect(joined.status, joined.text).toBe(200);
    expect(joined.body).toMatchObject({ cohort: { id: cohortId }, joined: true });
    const assigned = await supA.client.post(`/api/cohorts/${cohortId}/assignments`, {
      title: 'Assessed',
      scenarios: [bundle.slug],
      opensAt: '2020-01-01',
      dueAt: '2099-01-01',
      mode: 'assessment',
      attemptsAllowed: 1,
      passMarks: { boundaries: 50 },
    });
    expect(assigned.status, assigned.text).toBe(201);
    assignmentId = assigned.body.assignment.id;
  });
  afterAll(() => running?.close());

  const endpoints = () =>
    [
      ['GET', '/api/cohorts', undefined],
      ['POST', '/api/cohorts', { name: 'x' }],
      ['GET', `/api/cohorts/${cohortId}`, undefined],
      ['POST', `/api/cohorts/${cohortId}/supervisors`, { email: supB.email }],
      ['DELETE', `/api/cohorts/${cohortId}/supervisors/${supA.id}`, undefined],
      ['DELETE', `/api/cohorts/${cohortId}/members/${member.id}`, undefined],
      ['POST', `/api/cohorts/${cohortId}/invites`, {}],
      ['DELETE', `/api/cohorts/${cohortId}/invites/${code}`, undefined],
      ['GET', `/api/cohorts/${cohortId}/assignments`, undefined],
      [
        'POST',
        `/api/cohorts/${cohortId}/assignments`,
        { title: 'x', scenarios: [bundle.slug], opensAt: '2020-01-01', dueAt: '2099-01-01', mode: 'practice' },
      ],
      ['GET', '/api/assignments', undefined],
      ['GET', `/api/assignments/${assignmentId}`, undefined],
      ['POST', `/api/assignments/${assignmentId}/reassign`, { opensAt: '2030-01-01', dueAt: '2030-02-01' }],
      ['POST', '/api/join', { code }],
    ] as const;
  const call = (client: Client, method: string, path: string, json: unknown) =>
    client.request(method, path, json === undefined ? {} : { json });

  it('a guest gets 401 from every endpoint', async () => {
    const guest = new Client(server);
    for (const [method, path, json] of endpoints()) {
      const res = await call(guest, method, path, json);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.text).not.toContain(cohortName);
    }
  });

  it('another supervisor gets 404 for every endpoint of the cohort and learns nothing of it; nothing changes', async () => {
    for (const [method, path, json] of endpoints()) {
      if (!path.includes(cohortId) && !path.includes(assignmentId)) continue;
      const res = await call(supB.client, method, path, json);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.text).not.toContain(cohortName);
      expect(res.text).not.toContain(member.email);
    }
    const list = await supB.client.get('/api/cohorts');
    expect(list.status).toBe(200);
    expect(list.body.cohorts).toEqual([]);
    const detail = await supA.client.get(`/api/cohorts/${cohortId}`);
    expect(detail.body.cohort.memberList.map((m: { id: string }) => m.id)).toEqual([member.id]);
    expect(detail.body.cohort.supervisorList.map((s: { id: string }) => s.id)).toEqual([supA.id]);
    expect(detail.body.cohort.invites.every((i: { revokedAt: string | null }) => i.revokedAt === null)).toBe(true);
    expect((await supA.client.get(`/api/cohorts/${cohortId}/assignments`)).body.assignments).toHaveLength(1);
  });

  it('a trainee cannot create or list cohorts, nor read one they are in; an admin reads every one', async () => {
    expect((await member.client.post('/api/cohorts', { name: 'Mine' })).status).toBe(403);
    expect((await member.client.get('/api/cohorts')).status).toBe(403);
    expect((await member.client.get(`/api/cohorts/${cohortId}`)).status).toBe(404);
    expect((await member.client.get(`/api/assignments/${assignmentId}`)).status).toBe(404);
    const all = await admin.client.get('/api/cohorts');
    expect(all.body.cohorts.map((c: { id: string }) => c.id)).toContain(cohortId);
    expect((await admin.client.get(`/api/cohorts/${cohortId}`)).status).toBe(200);
  });

  it("a trainee's assignments: theirs only; one attempt allowed means a second is refused", async () => {
    const mine = await member.client.get('/api/assignments');
    expect(mine.body.assignments.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [assignmentId, 'not_started'],
    ]);
    expect((await outsider.client.get('/api/assignments')).body.assignments).toEqual([]);
    const start = (client: Client, mode = 'assessment') =>
      client.post('/api/attempts', {
        id: crypto.randomUUID(),
        scenario: bundle.slug,
        storyHash: bundle.hash,
        mode,
        assignmentId,
      });
    expect((await start(outsider.client)).status).toBe(404);
    expect((await start(member.client, 'practice')).status).toBe(422);
    expect((await start(member.client)).status).toBe(201);
    expect((await start(member.client)).status).toBe(409);
    expect((await member.client.get('/api/assignments')).body.assignments[0].status).toBe('in_progress');
  });

  it('expired, revoked and unknown invites are refused with 410, 410 and 404', async () => {
    const expired = await supA.client.post(`/api/cohorts/${cohortId}/invites`, { days: 1 });
    await db.kysely
      .updateTable('cohort_invite')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('code', '=', expired.body.invite.code)
      .execute();
    const e = await outsider.client.post('/api/join', { code: expired.body.invite.code });
    expect(e.status).toBe(410);
    expect(e.body.error.message).toMatch(/expired/);
    const revoked = await supA.client.post(`/api/cohorts/${cohortId}/invites`, {});
    expect((await supA.client.delete(`/api/cohorts/${cohortId}/invites/${revoked.body.invite.code}`)).status).toBe(200);
    const r = await outsider.client.post('/api/join', { code: revoked.body.invite.code });
    expect(r.status).toBe(410);
    expect(r.body.error.message).toMatch(/withdrawn/);
    expect((await outsider.client.post('/api/join', { code: 'ABCDEFGHJKMNPQRS' })).status).toBe(404);
    const members = await db.kysely
      .selectFrom('cohort_member')
      .select('user_id')
      .where('cohort_id', '=', cohortId)
      .execute();
    expect(members.map((m) => m.user_id)).toEqual([member.id]);
  });
});
