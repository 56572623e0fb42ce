/**
 * Scale-out: two server processes behind one public address, started at the same moment on one fresh
 * PostgreSQL database. Both come up, the migrations and the demo seed run once, a session made on one works
 * on the other, and an attempt can move between them choice by choice.
 */
import { migrations as allMigrations } from '../../src/server/db/migrations.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { freshDatabase, postgresUrl, type FreshDatabase } from '../support/databases.ts';
import {
  Client,
  freePort,
  openTestDatabase,
  signIn,
  signUp,
  startServer,
  type ServerProcess,
} from '../support/server-process.ts';
import { builtBundle, choiceEvent, completeEvent, engineScore, planPath, postEvent, startAttempt } from './play.ts';

describe.skipIf(!postgresUrl)('two servers on one PostgreSQL database', () => {
  let fresh: FreshDatabase;
  let db: Db;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    fresh = await freshDatabase('postgres');
    const [portA, portB] = [await freePort(), await freePort()];
    // The address people use (a load balancer's); both servers are configured with it.
    const baseUrl = `http://127.0.0.1:${portA}`;
    const env = { SEED_DEMO: 'true' };
    [a, b] = await Promise.all([
      startServer({ database: fresh, port: portA, baseUrl, env }),
      startServer({ database: fresh, port: portB, baseUrl, env }),
    ]);
    db = openTestDatabase(fresh);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.close();
    await fresh?.drop();
  });

  it('both are healthy on postgres; each migration and each demo account exists once', async () => {
    for (const s of [a, b]) {
      const res = await new Client(s).get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok', database: 'postgres' });
    }
    const migrations = await db.kysely
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    expect(migrations).toHaveLength(Object.keys(allMigrations('postgres')).length);
    const demo = await db.kysely
      .selectFrom('user')
      .select(['email', 'role'])
      .where('demo', '=', true as never)
      .orderBy('email')
      .execute();
    expect(demo.map((u) => u.role).sort()).toEqual(['admin', 'educator', 'supervisor', 'trainee']);
    // Each demo account can sign in, on either server.
    const demoTrainee = demo.find((u) => u.role === 'trainee')!;
    for (const s of [a, b]) {
      const { res } = await signIn(new Client(s.url, s.baseUrl), demoTrainee.email, 'rapport-demo-trainee');
      expect(res.status, `demo sign-in on ${s === a ? 'A' : 'B'}`).toBe(200);
    }
  });

  it('a session made on A works on B, and signing out on B ends it on A', async () => {
    const user = await signUp(a, 'roaming');
    const onA = user.client;
    const onB = onA.at(b);
    const meA = await onA.get('/api/me');
    const meB = await onB.get('/api/me');
    expect(meA.body.user.email).toBe(user.email);
    expect(meB.body.user.email).toBe(user.email);
    const cookie = onA.sessionToken!;
    expect((await onB.post('/api/auth/sign-out', {})).status).toBe(200);
    expect(onA.sessionToken).toBeUndefined();
    // The cookie as it was before signing out, replayed on A.
    const replay = new Client(a);
    replay.setCookie('better-auth.session_token', cookie);
    expect((await replay.get('/api/me')).body.user).toBeNull();
  });

  it('an attempt started on A, choices alternating A and B, completed on B with the server’s score', async () => {
    const bundle = builtBundle();
    const path = planPath(bundle);
    const user = await signUp(a, 'alternating');
    const onA = user.client;
    const onB = onA.at(b);
    const attempt = await startAttempt(onA, bundle, 'practice');
    let seq = 0;
    for (const choice of path) {
      const via = seq % 2 === 0 ? onA : onB;
      const res = await postEvent(via, attempt, choiceEvent(++seq, choice));
      expect(res.status, `choice ${seq} via ${via === onA ? 'A' : 'B'}`).toBe(201);
      expect(res.body.attempt.lastSeq).toBe(seq);
    }
    // The same event resent to the other server is recognised as already recorded.
    const last = choiceEvent(seq + 1, path[0]!);
    expect((await postEvent(onA, attempt, last)).status).toBe(201);
    expect((await postEvent(onB, attempt, last)).status).toBe(200);
    // That rewind to the first point is practice mode's "go back"; play the path again from there.
    seq += 1;
    for (const choice of path.slice(1)) {
      const via = seq % 2 === 0 ? onA : onB;
      expect((await postEvent(via, attempt, choiceEvent(++seq, choice))).status).toBe(201);
    }
    const done = await postEvent(onB, attempt, completeEvent(seq + 1, 'Played on two servers.'));
    expect(done.status, done.text).toBe(201);
    expect(done.body.attempt.status).toBe('completed');
    const recorded = [...path, path[0]!, ...path.slice(1)];
    expect(done.body.attempt.overall).toBe(engineScore(bundle, recorded, 'practice'));
    const fromA = await onA.get(`/api/attempts/${attempt}`);
    expect(fromA.body.attempt.status).toBe('completed');
    expect(fromA.body.attempt.overall).toBe(done.body.attempt.overall);
    expect(fromA.body.attempt.replay.rewinds).toBe(1);
  });
});
