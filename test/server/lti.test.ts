/**
 * LTI 1.3 on both databases, against the test platform (test/support/lti-platform.ts): registration by an
 * administrator; Rapport's key set and its rotation; OIDC login; launches that sign a person in and place them in
 * the course's cohort by role; every refusal (bad signature, unknown kid, wrong audience, expired, replayed, wrong
 * state, unknown deployment) with nothing created; and a link of one course opening nothing in another.
 */
import { createLocalJWKSet, decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { RETIRED_KEY_SECONDS } from '../../src/server/lti/tool-keys.ts';
import { LOGIN_LIMIT } from '../../src/server/lti/login.ts';
import { NONCE_KEPT_MS } from '../../src/server/lti/validate.ts';
import { ltiService, type LtiService } from '../../src/server/lti/service.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { platformKey, ROLE, startPlatform, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import { insertUser, openApp, problemOf, type TestApp } from './helpers.ts';

const mini = fixtureBundle('mini');
const BASE = 'https://rapport.test';
const course = { id: 'course-101', title: 'Counselling skills 101' };
const learner: Person = { sub: 'learner-1', name: 'Lee Learner', email: 'lee@lms.test', roles: [ROLE.learner] };
const teacher: Person = { sub: 'teacher-1', name: 'Tess Teacher', email: 'tess@lms.test', roles: [ROLE.instructor] };

describe.each(DATABASES)('LTI 1.3 on %s', (kind) => {
  let t: TestApp;
  let platform: LtiPlatform;
  let admin: Actor;
  let lti: LtiService;
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([mini]), { BASE_URL: BASE }, { now });
    platform = await startPlatform(BASE);
    admin = await insertUser(t.app, 'admin');
    // The app's LTI service, but launches start no roster sync: the test platform cannot reach this tool's key set
    // over HTTP, so every sync would fail and log (roster sync has its own tests, test/server/lti-nrps.test.ts).
    lti = ltiService(t.app.db.kysely, t.app.auth, BASE, (a, c, i) => t.app.assignments.create(a, c, i), {
      now,
      rosterOnLaunch: false,
    });
    await lti.register(admin, platform.registration);
  });
  afterAll(async () => {
    await platform?.close();
    await t?.close();
  });

  const counts = async () => ({
    users: Number(
      (
        await t.app.db.kysely
          .selectFrom('user')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    cohorts: Number(
      (
        await t.app.db.kysely
          .selectFrom('cohort')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    members: Number(
      (
        await t.app.db.kysely
          .selectFrom('cohort_member')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });

  /** A login through Rapport, then an id_token built by `claims` from the login's nonce, posted with `state`. */
  async function launch(
    claims: (nonce: string) => Record<string, unknown>,
    options: { key?: Awaited<ReturnType<typeof platformKey>>; cookie?: string | null; at?: Date } = {},
  ) {
    const login = await lti.login({ iss: platform.issuer, login_hint: 'x', client_id: platform.clientId });
    const nonce = new URL(login.location).searchParams.get('nonce')!;
    const token = await platform.idToken(claims(nonce), { key: options.key, now: options.at ?? now() });
    const result = lti.launch(
      { id_token: token, state: login.state },
      options.cookie === undefined ? login.state : options.cookie,
    );
    // Handled here so a refusal awaited a moment later is not reported as unhandled; awaiting it still throws.
    result.catch(() => undefined);
    return { login, token, result };
  }

  it('registers a platform for administrators only, refusing bad URLs and a second registration', async () => {
    const supervisor = await insertUser(t.app, 'supervisor');
    expect((await problemOf(lti.register(supervisor, { ...platform.registration, clientId: 'other' }))).status).toBe(
      403,
    );
    expect(
      (
        await problemOf(
          lti.register(admin, { ...platform.registration, clientId: 'other', jwksUrl: 'javascript:alert(1)' }),
        )
      ).status,
    ).toBe(400);
    expect((await problemOf(lti.register(admin, platform.registration))).status).toBe(409);
    // The same issuer with another key set: launches in its name would be checked against keys of someone's choosing.
    const otherKeys = await problemOf(
      lti.register(admin, { ...platform.registration, clientId: 'other', jwksUrl: 'https://keys.example/jwks' }),
    );
    expect(otherKeys.status).toBe(409);
    expect(otherKeys.message).toMatch(/another JWKS URL/);
    const [listed] = await lti.platforms(admin);
    expect(listed).toMatchObject({
      issuer: platform.issuer,
      clientId: platform.clientId,
      deploymentIds: [platform.deploymentId],
      jwksUrl: `${platform.url}/jwks`,
    });
  });

  it('publishes its key set, and keeps a retired key published until it expires', async () => {
    const first = await lti.jwks();
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(first.keys[0]).not.toHaveProperty('d');
    const oldKid = first.keys[0]!.kid;
    const newKid = await lti.rotateKey(admin);
    expect((await lti.jwks()).keys.map((k) => k.kid)).toEqual([newKid, oldKid]);
    clock += (RETIRED_KEY_SECONDS + 1) * 1000;
    expect((await lti.jwks()).keys.map((k) => k.kid)).toEqual([newKid]);
  });

  it('starts a login with a fresh state and nonce for a registered issuer only', async () => {
    const login = await lti.login({
      iss: platform.issuer,
      login_hint: 'hint',
      lti_message_hint: 'm',
      client_id: platform.clientId,
    });
    const url = new URL(login.location);
    expect(`${url.origin}${url.pathname}`).toBe(`${platform.url}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: platform.clientId,
      redirect_uri: `${BASE}/lti/launch`,
      response_mode: 'form_post',
      response_type: 'id_token',
      scope: 'openid',
      prompt: 'none',
      login_hint: 'hint',
      lti_message_hint: 'm',
      state: login.state,
    });
    expect((await problemOf(lti.login({ iss: 'https://unknown.example', login_hint: 'x' }))).status).toBe(400);
  });

  it('throttles logins per client address, and drops nonces older than any login or ticket can live', async () => {
    const params = { iss: platform.issuer, login_hint: 'x', client_id: platform.clientId };
    for (let i = 0; i < LOGIN_LIMIT.max; i++) await lti.login(params, '203.0.113.9');
    const refused = await problemOf(lti.login(params, '203.0.113.9'));
    expect(refused.status).toBe(429);
    expect((await lti.login(params, '198.51.100.7')).state).toBeTruthy();
    await t.app.db.kysely
      .insertInto('lti_nonce')
      .values({ nonce: 'an-old-nonce', used_at: new Date(clock - NONCE_KEPT_MS - 1000).toISOString() })
      .execute();
    const someone = { sub: 'nonce-purger', name: 'Nina Nonce', roles: [ROLE.learner] };
    await (
      await launch((n) => platform.launchClaims(someone, { id: 'course-nonces', title: 'Nonces' }, n))
    ).result;
    const old = await t.app.db.kysely
      .selectFrom('lti_nonce')
      .select('nonce')
      .where('nonce', '=', 'an-old-nonce')
      .execute();
    expect(old).toEqual([]);
  });

  it('signs a learner in as a trainee of the course cohort and an instructor in as its supervisor', async () => {
    const before = await counts();
    const l = await (await launch((n) => platform.launchClaims(learner, course, n))).result;
    expect(l.target).toBe('/dashboard/');
    expect(l.next).toMatch(/^\/lti\/continue\/\?t=[A-Za-z0-9_-]{43}$/);
    expect(l.setCookie).toMatch(
      /^__Secure-better-auth\.session_token=[^;]+\.[^;]+; Path=\/;.*HttpOnly; SameSite=Lax; Secure$/,
    );
    const user = await t.app.db.kysely
      .selectFrom('user')
      .selectAll()
      .where('id', '=', l.userId)
      .executeTakeFirstOrThrow();
    // The platform's address is kept beside the link for display; the account's own is non-deliverable, so the LMS
    // never claims a real address in Rapport.
    expect(user).toMatchObject({ name: 'Lee Learner', email: `lti-${l.userId}@lti.invalid`, role: 'trainee' });
    const link = await t.app.db.kysely
      .selectFrom('lti_user')
      .select('email')
      .where('user_id', '=', l.userId)
      .executeTakeFirstOrThrow();
    expect(link.email).toBe('lee@lms.test');
    const i = await (await launch((n) => platform.launchClaims(teacher, course, n))).result;
    expect(i.cohortId).toBe(l.cohortId);
    expect(i.target).toBe(`/cohorts/${l.cohortId}/dashboard/`);
    const cohort = await t.app.cohorts.get({ id: i.userId, role: 'trainee' }, l.cohortId);
    expect(cohort.name).toBe(course.title);
    expect(await counts()).toEqual({
      users: before.users + 2,
      cohorts: before.cohorts + 1,
      members: before.members + 1,
    });
    // Launching again is the same account, in the same cohort.
    const again = await (await launch((n) => platform.launchClaims(learner, course, n))).result;
    expect(again.userId).toBe(l.userId);
    expect(await counts()).toEqual({
      users: before.users + 2,
      cohorts: before.cohorts + 1,
      members: before.members + 1,
    });
  });

  it('lets the real owner of an address an LMS gave sign up with it, to an account of their own', async () => {
    const l = await (
      await launch((n) =>
        platform.launchClaims({ ...learner, sub: 'squatter', email: 'owner@rapport.test' }, course, n),
      )
    ).result;
    const owner = await t.app.auth.api.signUpEmail({
      body: { email: 'owner@rapport.test', password: 'lanterns over a still lake', name: 'The Real Owner' },
    });
    expect(owner.user.id).not.toBe(l.userId);
    expect(owner.user.email).toBe('owner@rapport.test');
  });

  it('gives an LMS administrator no elevation', async () => {
    const r = await (
      await launch((n) =>
        platform.launchClaims({ sub: 'lms-admin', name: 'Ada Admin', roles: [ROLE.admin] }, course, n),
      )
    ).result;
    const user = await t.app.db.kysely
      .selectFrom('user')
      .select('role')
      .where('id', '=', r.userId)
      .executeTakeFirstOrThrow();
    expect(user.role).toBe('trainee');
  });

  describe('refuses, creating nothing', () => {
    const person = () => ({ sub: `refused-${crypto.randomUUID()}`, name: 'Should Not Exist', roles: [ROLE.learner] });
    const otherCourse = () => ({ id: `never-${crypto.randomUUID()}`, title: 'Never made' });
    const refused = async (started: Promise<{ result: Promise<unknown> }>, message: RegExp) => {
      const before = await counts();
      const problem = await problemOf((await started).result);
      expect(problem.status).toBe(401);
      expect(problem.message).toMatch(message);
      expect(await counts()).toEqual(before);
    };

    it('a bad signature', async () => {
      const forged = { ...(await platformKey(platform.key.kid)) };
      await refused(
        launch((n) => platform.launchClaims(person(), otherCourse(), n), { key: forged }),
        /signature is not valid/,
      );
    });
    it('a token signed with an algorithm other than RS256, even by a key the platform publishes', async () => {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      const kid = 'platform-ec-key';
      const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
      platform.published = [...platform.published, { kid, privateKey, publicJwk }];
      const seconds = Math.floor(now().getTime() / 1000);
      const signedEc = (nonce: string) =>
        new SignJWT({
          iss: platform.issuer,
          aud: platform.clientId,
          iat: seconds,
          exp: seconds + 300,
          'https://purl.imsglobal.org/spec/lti/claim/deployment_id': platform.deploymentId,
          'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
          ...platform.launchClaims(person(), otherCourse(), nonce),
        })
          .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
          .sign(privateKey);
      // The key set is fetched again for an unknown kid at most once a second (see the rotation test below).
      await new Promise((r) => setTimeout(r, 1_100));
      const before = await counts();
      const login = await lti.login({ iss: platform.issuer, login_hint: 'x', client_id: platform.clientId });
      const nonce = new URL(login.location).searchParams.get('nonce')!;
      const problem = await problemOf(lti.launch({ id_token: await signedEc(nonce), state: login.state }, login.state));
      expect(problem.status).toBe(401);
      expect(problem.message).toMatch(/token is not valid/);
      expect(await counts()).toEqual(before);
      platform.published = platform.published.filter((k) => k.kid !== kid);
    });
    it('an unknown key id', async () => {
      await refused(
        launch((n) => platform.launchClaims(person(), otherCourse(), n), { key: await platformKey('never-published') }),
        /key the platform does not publish/,
      );
    });
    it('a wrong audience', async () => {
      await refused(
        launch((n) => ({ ...platform.launchClaims(person(), otherCourse(), n), aud: 'another-tool' })),
        /meant for another tool/,
      );
    });
    it('an authorised party that is not Rapport', async () => {
      await refused(
        launch((n) => ({
          ...platform.launchClaims(person(), otherCourse(), n),
          aud: [platform.clientId, 'x'],
          azp: 'x',
        })),
        /another tool/,
      );
    });
    it('an expired token', async () => {
      await refused(
        launch((n) => platform.launchClaims(person(), otherCourse(), n), { at: new Date(clock - 20 * 60_000) }),
        /expired|too old/,
      );
    });
    it("a replayed launch, and a token whose nonce is not the login's", async () => {
      const first = await launch((n) => platform.launchClaims(learner, course, n));
      await first.result;
      const before = await counts();
      expect(
        (await problemOf(lti.launch({ id_token: first.token, state: first.login.state }, first.login.state))).message,
      ).toMatch(/already used/);
      await refused(
        launch(() => platform.launchClaims(person(), otherCourse(), 'a-nonce-of-another-login')),
        /nonce/,
      );
      expect(await counts()).toEqual(before);
    });
    it("a state that is not this browser's", async () => {
      await refused(
        launch((n) => platform.launchClaims(person(), otherCourse(), n), { cookie: 'another-state' }),
        /did not begin in this browser/,
      );
      await refused(
        launch((n) => platform.launchClaims(person(), otherCourse(), n), { cookie: null }),
        /did not begin in this browser/,
      );
    });
    it('an unknown deployment', async () => {
      await refused(
        launch((n) => ({
          ...platform.launchClaims(person(), otherCourse(), n),
          'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'deployment-nobody-registered',
        })),
        /not registered/,
      );
    });
    it('a wrong message type or version', async () => {
      await refused(
        launch((n) => ({
          ...platform.launchClaims(person(), otherCourse(), n),
          'https://purl.imsglobal.org/spec/lti/claim/version': '1.1',
        })),
        /1\.3\.0/,
      );
      await refused(
        launch((n) => ({
          ...platform.launchClaims(person(), otherCourse(), n),
          'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiSubmissionReviewRequest',
        })),
        /kind of LTI message/,
      );
    });
    it('claims that cannot be stored: a NUL, an unpaired surrogate, an overlong value', async () => {
      await refused(
        launch((n) => platform.launchClaims({ ...person(), sub: 'nul\u0000subject' }, otherCourse(), n)),
        /subject \(sub\) must not contain a NUL/,
      );
      await refused(
        launch((n) => platform.launchClaims(person(), { ...otherCourse(), title: 'T'.repeat(201) }, n)),
        /course title is longer than 200 characters/,
      );
      await refused(
        launch((n) => platform.launchClaims({ ...person(), name: 'Lone \ud800 surrogate' }, otherCourse(), n)),
        /name must be valid Unicode/,
      );
      await refused(
        launch((n) => ({
          ...platform.launchClaims(person(), otherCourse(), n),
          'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'deployment\u0000',
        })),
        /deployment id must not contain a NUL/,
      );
      await refused(
        launch((n) =>
          platform.launchClaims(person(), otherCourse(), n, {
            'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
              lineitems: `${platform.url}/${'x'.repeat(2_001)}`,
            },
          }),
        ),
        /line items URL is longer than 2,000 characters/,
      );
    });
  });

  it('two first launches at once, of one course and of one person, make one cohort and one account', async () => {
    /** Logins and tokens first, so that the two launches themselves start together. */
    const prepared = async (who: Person, where: { id: string; title: string }) => {
      const login = await lti.login({ iss: platform.issuer, login_hint: 'x', client_id: platform.clientId });
      const nonce = new URL(login.location).searchParams.get('nonce')!;
      const token = await platform.idToken(platform.launchClaims(who, where, nonce), { now: now() });
      return () => lti.launch({ id_token: token, state: login.state }, login.state);
    };
    const contexts = async () =>
      Number(
        (
          await t.app.db.kysely
            .selectFrom('lti_context')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = { ...(await counts()), contexts: await contexts() };
    const together = { id: 'course-together', title: 'Opened together' };
    const racer: Person = { sub: 'racer-1', name: 'Rae Racer', roles: [ROLE.learner] };
    // The same person twice (one account), and another person of the same course (one cohort).
    const starts = await Promise.all([prepared(racer, together), prepared(racer, together)]);
    const [a, b] = await Promise.all(starts.map((start) => start()));
    expect(b!.userId).toBe(a!.userId);
    expect(b!.cohortId).toBe(a!.cohortId);
    const course2 = { id: 'course-together-2', title: 'Opened together too' };
    const others = await Promise.all([
      prepared({ ...racer, sub: 'racer-2' }, course2),
      prepared({ ...racer, sub: 'racer-3' }, course2),
    ]);
    const [c, d] = await Promise.all(others.map((start) => start()));
    expect(d!.cohortId).toBe(c!.cohortId);
    expect(d!.userId).not.toBe(c!.userId);
    expect({ ...(await counts()), contexts: await contexts() }).toEqual({
      users: before.users + 3,
      cohorts: before.cohorts + 2,
      members: before.members + 3,
      contexts: before.contexts + 2,
    });
  });

  it('follows a platform key rotation at once (a new kid refetches the key set)', async () => {
    const next = await platformKey('platform-key-2');
    platform.published = [platform.key, next];
    // The key set is fetched again for an unknown kid at most once a second (jose's cooldown, on the real clock).
    await new Promise((r) => setTimeout(r, 1_100));
    const r = await (await launch((n) => platform.launchClaims(learner, course, n), { key: next })).result;
    expect(r.target).toBe('/dashboard/');
  });

  it('deep linking: an instructor makes an assignment, signed back as a content item; learners of another course cannot open it', async () => {
    const deep = await (
      await launch((n) => ({
        ...platform.launchClaims(teacher, course, n),
        'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiDeepLinkingRequest',
        'https://purl.imsglobal.org/spec/lti/claim/resource_link': undefined,
        'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
          deep_link_return_url: `${platform.url}/deep-link-return`,
          accept_types: ['ltiResourceLink'],
          data: 'opaque-42',
        },
      }))
    ).result;
    const ticket = decodeURIComponent(/ticket=([^&]+)/.exec(deep.target)![1]!);
    const actor: Actor = { id: deep.userId, role: 'trainee' };
    const input = {
      title: 'Gift boundaries',
      scenarios: ['mini'],
      mode: 'practice',
      opensAt: '2026-12-01',
      dueAt: '2026-12-31',
      attemptsAllowed: 3,
      passMarks: {},
    };
    expect(
      (
        await problemOf(
          lti.deepLinkReturn({ id: (await insertUser(t.app, 'supervisor')).id, role: 'supervisor' }, ticket, input, {}),
        )
      ).status,
    ).toBe(400);
    // A refused form gives the ticket back, so the instructor can correct it; an accepted one uses it up.
    expect((await problemOf(lti.deepLinkReturn(actor, ticket, { ...input, title: '' }, {}))).status).toBe(400);
    const back = await lti.deepLinkReturn(actor, ticket, input, { gradePolicy: 'latest' });
    const replayed = await problemOf(lti.deepLinkReturn(actor, ticket, input, { gradePolicy: 'latest' }));
    expect(replayed.status).toBe(400);
    expect(replayed.message).toMatch(/added already/);
    expect(back.returnUrl).toBe(`${platform.url}/deep-link-return`);
    expect(decodeProtectedHeader(back.jwt).kid).toBe((await lti.jwks()).keys[0]!.kid);
    const { payload } = await jwtVerify(back.jwt, createLocalJWKSet(await lti.jwks()), {
      issuer: platform.clientId,
      audience: platform.issuer,
      currentDate: now(),
    });
    expect(payload['https://purl.imsglobal.org/spec/lti/claim/message_type']).toBe('LtiDeepLinkingResponse');
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/data']).toBe('opaque-42');
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items']).toEqual([
      {
        type: 'ltiResourceLink',
        title: 'Gift boundaries',
        url: `${BASE}/lti/launch`,
        custom: { rapport_assignment: back.assignment.id },
        lineItem: { scoreMaximum: 100, label: 'Gift boundaries', resourceId: back.assignment.id },
      },
    ]);
    const custom = { 'https://purl.imsglobal.org/spec/lti/claim/custom': { rapport_assignment: back.assignment.id } };
    const opened = await (await launch((n) => platform.launchClaims(learner, course, n, custom))).result;
    expect(opened.target).toBe(`/scenarios/mini/?assignment=${back.assignment.id}&mode=practice`);
    // The same link copied into another course: refused, and the learner of that course is in no cohort of this one.
    const outsider: Person = { sub: 'outsider', name: 'Out Sider', roles: [ROLE.learner] };
    const problem = await problemOf(
      (await launch((n) => platform.launchClaims(outsider, { id: 'course-202', title: 'Other' }, n, custom))).result,
    );
    expect(problem.status).toBe(404);
    const account = await t.app.db.kysely
      .selectFrom('lti_user')
      .select('user_id')
      .where('subject', '=', 'outsider')
      .executeTakeFirst();
    const inCourse = await t.app.db.kysely
      .selectFrom('cohort_member')
      .select('user_id')
      .where('cohort_id', '=', opened.cohortId)
      .execute();
    expect(inCourse.map((m) => m.user_id)).not.toContain(account?.user_id ?? 'none');
  });
});
