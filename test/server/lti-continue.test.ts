/**
 * A launch's way on (src/server/lti/continue.ts) on both databases: a valid launch leads to /lti/continue/ with a
 * one-time token for its person and target; the browser that carries that person's session uses it and goes on
 * (another person's session cannot); a browser without it (a new window after a framed launch) uses it to sign the
 * person in; a token works once, for two minutes, is stored only hashed, and a spent one creates nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTINUE_SECONDS } from '../../src/server/lti/continue.ts';
import { ltiService, type LtiService } from '../../src/server/lti/service.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { ROLE, startPlatform, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import { insertUser, openApp, type TestApp } from './helpers.ts';

const BASE = 'https://rapport.test';
const course = { id: 'course-continue', title: 'Framed course' };

describe.each(DATABASES)('LTI launch continuation on %s', (kind) => {
  let t: TestApp;
  let platform: LtiPlatform;
  let lti: LtiService;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  let people = 0;

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([fixtureBundle('mini')]), { BASE_URL: BASE }, { now });
    platform = await startPlatform(BASE);
    // No roster sync on launch: the test platform cannot reach this tool over HTTP (see test/server/lti.test.ts).
    lti = ltiService(t.app.db.kysely, t.app.auth, BASE, (a, c, i) => t.app.assignments.create(a, c, i), {
      now,
      rosterOnLaunch: false,
    });
    await lti.register(await insertUser(t.app, 'admin'), platform.registration);
  });
  afterAll(async () => {
    await platform?.close();
    await t?.close();
  });

  async function launch(person: Person = { sub: `learner-${++people}`, name: 'Fay Framed', roles: [ROLE.learner] }) {
    const login = await lti.login({ iss: platform.issuer, login_hint: 'x', client_id: platform.clientId });
    const nonce = new URL(login.location).searchParams.get('nonce')!;
    const token = await platform.idToken(platform.launchClaims(person, course, nonce), { now: now() });
    const result = await lti.launch({ id_token: token, state: login.state }, login.state);
    return { ...result, token: new URL(result.next, BASE).searchParams.get('t')! };
  }
  const sessions = async () =>
    Number(
      (
        await t.app.db.kysely
          .selectFrom('session')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const whoHas = async (setCookie: string) =>
    (await t.app.session(new Headers({ cookie: setCookie.split(';')[0]! }))).user?.id ?? null;

  it('leads a launch to /lti/continue/ with a token kept only as its hash', async () => {
    const l = await launch();
    expect(l.next).toBe(`/lti/continue/?t=${l.token}`);
    expect(l.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await lti.continuation(l.token)).toEqual({ userId: l.userId, target: '/dashboard/', name: 'Fay Framed' });
    const rows = await t.app.db.kysely.selectFrom('lti_continue').selectAll().execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(l.token);
  });

  it("goes on for the browser carrying the person's session, once; another person's session cannot use it", async () => {
    const l = await launch();
    const someoneElse = await insertUser(t.app, 'trainee');
    expect(await lti.continueSignedIn(l.token, someoneElse.id)).toBeNull();
    // Refused for another person, the token is still the launched person's.
    expect(await lti.continueSignedIn(l.token, l.userId)).toBe('/dashboard/');
    expect(await lti.continueSignedIn(l.token, l.userId)).toBeNull();
    expect(await lti.continuation(l.token)).toBeNull();
    expect(await lti.continueSignIn(l.token)).toBeNull();
  });

  it('signs the person in where the browser has no session (the new window), once', async () => {
    const l = await launch();
    const before = await sessions();
    const signed = await lti.continueSignIn(l.token);
    expect(signed).toMatchObject({ userId: l.userId, target: '/dashboard/' });
    expect(signed!.setCookie).toMatch(
      /^__Secure-better-auth\.session_token=[^;]+; Path=\/;.*HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(await whoHas(signed!.setCookie)).toBe(l.userId);
    expect(await sessions()).toBe(before + 1);
    expect(await lti.continueSignIn(l.token)).toBeNull();
    expect(await lti.continueSignedIn(l.token, l.userId)).toBeNull();
    expect(await sessions()).toBe(before + 1);
  });

  it("ends the browser's other session when the person agreed to replace it, and only that one", async () => {
    const l = await launch();
    const other = await insertUser(t.app, 'trainee');
    const at = new Date();
    const session = (id: string) => ({
      id,
      token: crypto.randomUUID(),
      userId: other.id,
      expiresAt: new Date(at.getTime() + 3_600_000).toISOString(),
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      ipAddress: null,
      userAgent: null,
    });
    await t.app.db.kysely
      .insertInto('session')
      .values([session('replaced-1'), session('kept-1')])
      .execute();
    const signed = await lti.continueSignIn(l.token, 'replaced-1');
    expect(await whoHas(signed!.setCookie)).toBe(l.userId);
    const left = await t.app.db.kysely.selectFrom('session').select('id').where('userId', '=', other.id).execute();
    expect(left.map((s) => s.id)).toEqual(['kept-1']);
  });

  it('refuses a token past two minutes, an unknown one and a malformed one, creating nothing', async () => {
    const l = await launch();
    const fresh = await launch();
    clock += (CONTINUE_SECONDS - 1) * 1000;
    expect(await lti.continuation(fresh.token)).not.toBeNull();
    clock += 2000;
    const before = await sessions();
    expect(await lti.continuation(l.token)).toBeNull();
    expect(await lti.continueSignIn(l.token)).toBeNull();
    expect(await lti.continueSignedIn(l.token, l.userId)).toBeNull();
    expect(await lti.continueSignIn('A'.repeat(43))).toBeNull();
    expect(await lti.continueSignIn("x' or 1=1 --")).toBeNull();
    expect(await lti.continuation('')).toBeNull();
    expect(await sessions()).toBe(before);
    // The next launch drops expired tokens.
    await launch();
    const left = await t.app.db.kysely
      .selectFrom('lti_continue')
      .select('expires_at')
      .where('expires_at', '<', now().toISOString())
      .execute();
    expect(left).toEqual([]);
  });
});
