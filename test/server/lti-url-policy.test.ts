/**
 * Which URLs Rapport's server calls for LTI (issue 17's security review: SSRF). The production rule itself
 * (src/server/lti/url-policy.ts); in production, registration refuses http and private, loopback and link-local
 * hosts, and a launch's service URLs off the platform's site are not kept; in any mode, no call follows a redirect,
 * a roster's next page on another origin is not fetched, and a grade's failure keeps only Rapport's words and the
 * status, never the platform's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ltiService, type LtiService } from '../../src/server/lti/service.ts';
import {
  blockedAddress,
  registrableDomain,
  registrationUrlProblem,
  serviceUrlAllowed,
} from '../../src/server/lti/url-policy.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { ROLE, startPlatform, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import { insertUser, openApp, problemOf, type TestApp } from './helpers.ts';

describe('the production URL rule', () => {
  it('refuses address literals in loopback, private, link-local, shared and unspecified ranges, and no others', () => {
    for (const h of [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '[::1]',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      '[::ffff:a9fe:a9fe]',
    ])
      expect(blockedAddress(h), h).toBe(true);
    for (const h of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '2001:db8::1', 'lms.example.edu'])
      expect(blockedAddress(h), h).toBe(false);
  });

  it('registers only https endpoints on public hosts in production; any http(s) URL outside it', () => {
    for (const url of [
      'http://lms.example.edu/jwks',
      'https://localhost/jwks',
      'https://a.localhost/jwks',
      'https://127.0.0.1/jwks',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.5/token',
      'https://[::1]/jwks',
      'https://0x7f.1/jwks',
      'https://2130706433/jwks',
    ])
      expect(registrationUrlProblem(url, true), url).not.toBeNull();
    expect(registrationUrlProblem('https://lms.example.edu/jwks', true)).toBeNull();
    expect(registrationUrlProblem('http://127.0.0.1:9999/jwks', false)).toBeNull();
    expect(registrationUrlProblem('ftp://lms.example.edu/jwks', false)).not.toBeNull();
  });

  it("allows service URLs only over https on the platform's registrable domain in production", () => {
    const canvas = {
      issuer: 'https://canvas.instructure.com',
      token_url: 'https://sso.canvaslms.com/login/oauth2/token',
    };
    expect(registrableDomain('school.instructure.com')).toBe('instructure.com');
    expect(registrableDomain('moodle.cs.ox.ac.uk')).toBe('ox.ac.uk');
    expect(serviceUrlAllowed('https://school.instructure.com/api/lti/courses/1/line_items', canvas, true)).toBe(true);
    expect(serviceUrlAllowed('https://sso.canvaslms.com/x', canvas, true)).toBe(true);
    expect(serviceUrlAllowed('http://school.instructure.com/api/lti/courses/1/line_items', canvas, true)).toBe(false);
    expect(serviceUrlAllowed('https://attacker.example/collect', canvas, true)).toBe(false);
    expect(serviceUrlAllowed('https://169.254.169.254/latest/meta-data/', canvas, true)).toBe(false);
    expect(serviceUrlAllowed('https://u:p@school.instructure.com/x', canvas, true)).toBe(false);
    expect(serviceUrlAllowed(42, canvas, true)).toBe(false);
    const uk = { issuer: 'https://moodle.ox.ac.uk', token_url: 'https://moodle.ox.ac.uk/mod/lti/token.php' };
    expect(serviceUrlAllowed('https://vle.ox.ac.uk/members', uk, true)).toBe(true);
    expect(serviceUrlAllowed('https://moodle.cam.ac.uk/members', uk, true)).toBe(false);
    // Outside production (development, the tests' platform at 127.0.0.1): any http(s) URL.
    expect(serviceUrlAllowed('http://127.0.0.1:4000/members', canvas, false)).toBe(true);
  });
});

const BASE = 'https://rapport.test';

describe.each(DATABASES)('LTI service URLs on %s', (kind) => {
  let t: TestApp;
  let platform: LtiPlatform;
  const clock = Date.parse('2026-12-01T10:00:00Z');
  const now = () => new Date(clock);
  const calls: { url: string; redirect: RequestRedirect | undefined }[] = [];
  /** A fetch that records each call; the roster's answer points its next page at another origin. */
  const recording: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    calls.push({ url, redirect: init?.redirect });
    const res = await fetch(input, init);
    if (!url.includes('/memberships')) return res;
    const headers = new Headers(res.headers);
    headers.set('link', '<http://127.0.0.2:9/members?page=2>; rel="next"');
    return new Response(await res.text(), { status: res.status, headers });
  };

  beforeAll(async () => {
    t = await openApp(kind, catalogOf([fixtureBundle('mini')]), { BASE_URL: BASE }, { now });
    platform = await startPlatform(BASE, { toolJwks: () => t.app.lti.jwks(), now });
  });
  afterAll(async () => {
    await platform?.close();
    await t?.close();
  });

  const service = (production: boolean): LtiService =>
    ltiService(t.app.db.kysely, t.app.auth, BASE, (a, c, i) => t.app.assignments.create(a, c, i), {
      now,
      production,
      fetch: recording,
      rosterOnLaunch: false,
    });

  async function launch(
    lti: LtiService,
    person: Person,
    course: { id: string; title: string },
    claims: Record<string, unknown> = {},
  ) {
    const iss = 'iss' in claims ? (claims.iss as string) : platform.issuer;
    const login = await lti.login({ iss, login_hint: 'x', client_id: platform.clientId });
    const nonce = new URL(login.location).searchParams.get('nonce')!;
    const token = await platform.idToken(
      { ...platform.launchClaims(person, course, nonce), ...claims },
      { now: now() },
    );
    return lti.launch({ id_token: token, state: login.state }, login.state);
  }

  it('in production, refuses to register http endpoints and private, loopback or link-local hosts', async () => {
    const admin = await insertUser(t.app, 'admin');
    const lti = service(true);
    const good = {
      ...platform.registration,
      issuer: 'https://lms.example.edu',
      authUrl: 'https://lms.example.edu/auth',
      tokenUrl: 'https://lms.example.edu/token',
      jwksUrl: 'https://lms.example.edu/jwks',
    };
    for (const bad of [
      { jwksUrl: 'http://lms.example.edu/jwks' },
      { tokenUrl: 'https://169.254.169.254/latest/meta-data/iam' },
      { authUrl: 'https://localhost/auth' },
      { jwksUrl: 'https://192.168.0.10/jwks' },
      { issuer: 'https://[::1]' },
    ]) {
      const p = await problemOf(lti.register(admin, { ...good, ...bad }));
      expect(p.status, JSON.stringify(bad)).toBe(400);
      expect(p.message).toMatch(/https|public address/);
    }
    expect(await t.app.db.kysely.selectFrom('lti_platform').selectAll().execute()).toEqual([]);
    expect((await lti.register(admin, good)).issuer).toBe('https://lms.example.edu');
    // Outside production, the tests' platform at http://127.0.0.1 registers as before.
    expect((await service(false).register(admin, platform.registration)).issuer).toBe(platform.issuer);
  });

  it("in production, keeps a launch's service URLs only on the platform's site", async () => {
    const lti = service(true);
    // A platform known by an https issuer (its keys still at the test platform, registered directly).
    const issuer = 'https://vle.example.org';
    const id = crypto.randomUUID();
    await t.app.db.kysely
      .insertInto('lti_platform')
      .values({
        id,
        name: 'Example LMS',
        issuer,
        client_id: platform.clientId,
        auth_url: `${issuer}/auth`,
        token_url: `${issuer}/token`,
        jwks_url: `${platform.url}/jwks`,
        created_at: now().toISOString(),
      })
      .execute();
    await t.app.db.kysely
      .insertInto('lti_deployment')
      .values({ platform_id: id, deployment_id: platform.deploymentId })
      .execute();
    const course = { id: 'ssrf-course', title: 'SSRF' };
    const r = await launch(lti, { sub: 'ssrf-1', name: 'Sid', roles: [ROLE.learner] }, course, {
      iss: issuer,
      'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
        context_memberships_url: 'https://169.254.169.254/latest/meta-data/',
      },
      'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint': {
        lineitems: 'https://grades.example.org/courses/1/lineitems',
      },
    });
    const row = await t.app.db.kysely
      .selectFrom('lti_context')
      .select(['memberships_url', 'lineitems_url'])
      .where('cohort_id', '=', r.cohortId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ memberships_url: null, lineitems_url: 'https://grades.example.org/courses/1/lineitems' });
  });

  it("never follows a redirect, nor a roster's next page on another origin", async () => {
    const lti = service(false);
    const teacher: Person = { sub: 'ssrf-teacher', name: 'Tia', roles: [ROLE.instructor] };
    platform.roster = [teacher];
    const r = await launch(lti, teacher, { id: 'ssrf-roster', title: 'Roster' });
    calls.length = 0;
    await lti.syncRoster({ id: r.userId, role: 'trainee' }, r.cohortId);
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/token', '/courses/ssrf-roster/memberships']);
    expect(calls.every((c) => c.redirect === 'error')).toBe(true);
  });
});
