/**
 * LTI 1.3 against the built server, with the test platform (test/support/lti-platform.ts) as the LMS: an
 * administrator registers it through /admin/lti/; the OIDC login and the launch sign a learner in with a session;
 * each refusal is a page that says why and creates nothing; the LTI pages alone may be framed by the platform (and
 * the deep-linking page post to its return URL); an instructor's deep link makes an assignment whose completed
 * attempt's grade reaches the platform's AGS endpoint; a learner cannot reach another course's cohort. Every
 * launch goes on through /lti/continue/: straight on with the session cookie, and, for a framed launch whose cookie
 * never came back, a page offering a new window that names the person and signs them in once they post its form
 * (a GET signs nobody in; a browser signed in as another person is told so and asked first).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase, type FreshDatabase } from '../support/databases.ts';
import { platformKey, ROLE, startPlatform, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import {
  Client,
  openTestDatabase,
  setRole,
  signUp,
  startServer,
  type ServerProcess,
} from '../support/server-process.ts';
import { builtBundle, choiceEvent, completeEvent, planPath, postEvent, startAttempt } from './play.ts';

/** The page's text with runs of white space as one space: markup may wrap a sentence anywhere. */
const flat = (html: string) => html.replace(/\s+/g, ' ');

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

/** The directives of a policy by name. */
function directive(policy: string | null, name: string): string | null {
  return (
    (policy ?? '')
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? null
  );
}

describe.each(DATABASES)('LTI 1.3 over HTTP on %s', (kind) => {
  let fresh: FreshDatabase;
  let server: ServerProcess;
  let db: Db;
  let platform: LtiPlatform;
  const course = { id: `course-${crypto.randomUUID().slice(0, 8)}`, title: 'Helping skills' };
  const other = { id: `course-${crypto.randomUUID().slice(0, 8)}`, title: 'Another course' };
  const learner: Person = { sub: 'http-learner', name: 'Hal Learner', email: 'hal@lms.test', roles: [ROLE.learner] };
  const teacher: Person = {
    sub: 'http-teacher',
    name: 'Hetty Teacher',
    email: 'hetty@lms.test',
    roles: [ROLE.instructor],
  };
  const bundle = builtBundle();

  const count = async (table: 'user' | 'cohort' | 'cohort_member' | 'lti_user') =>
    Number(
      (
        await db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const counts = async () => ({
    users: await count('user'),
    cohorts: await count('cohort'),
    members: await count('cohort_member'),
    lti: await count('lti_user'),
  });

  /** The browser's OIDC login at Rapport: the redirect to the platform, and its state cookie. */
  async function login(browser: Client) {
    const q = new URLSearchParams({
      iss: platform.issuer,
      login_hint: 'hint',
      target_link_uri: `${server.baseUrl}/lti/launch`,
      client_id: platform.clientId,
      lti_deployment_id: platform.deploymentId,
    });
    const res = await browser.get(`/lti/login?${q}`);
    expect(res.status, res.text).toBe(302);
    const to = new URL(res.headers.get('location')!);
    expect(`${to.origin}${to.pathname}`).toBe(`${platform.url}/auth`);
    return { state: to.searchParams.get('state')!, nonce: to.searchParams.get('nonce')! };
  }

  /** The platform posting the id_token back, from its own site (its Origin). */
  const post = (browser: Client, idToken: string, state: string) =>
    browser.request('POST', '/lti/launch', { ...form({ id_token: idToken, state }), origin: platform.url });

  async function launch(
    browser: Client,
    person: Person,
    c: { id: string; title: string },
    extra: Record<string, unknown> = {},
  ) {
    const { state, nonce } = await login(browser);
    return post(browser, await platform.idToken(platform.launchClaims(person, c, nonce, extra)), state);
  }

  /** The launch's way on at /lti/continue/, followed by the browser that launched (with its session cookie). */
  async function goOn(browser: Client, launched: { status: number; headers: Headers; text: string }) {
    expect(launched.status, launched.text).toBe(303);
    const next = launched.headers.get('location')!;
    expect(next).toMatch(/^\/lti\/continue\/\?t=[A-Za-z0-9_-]{43}$/);
    const res = await browser.get(next);
    expect(res.status, res.text).toBe(303);
    return res.headers.get('location')!;
  }

  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    server = await startServer({ database: fresh });
    db = openTestDatabase(fresh);
    platform = await startPlatform(server.baseUrl);
    const admin = await setRole(db, await signUp(server, 'lti-admin'), 'admin');
    const registered = await admin.client.request(
      'POST',
      '/admin/lti/',
      form({ action: 'register', ...platform.registration }),
    );
    expect(registered.status, registered.text).toBe(303);
  });
  afterAll(async () => {
    await platform?.close();
    await server?.stop();
    await db?.close();
    await fresh?.drop();
  });

  it('signs a learner in through login and launch, with a session the rest of Rapport reads', async () => {
    const browser = new Client(server);
    const res = await launch(browser, learner, course);
    expect(await goOn(browser, res)).toBe('/dashboard/');
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((c) => /session_token=.+; Path=\/;.*SameSite=Lax/.test(c))).toBe(true);
    // The state cookie is cleared, on the LTI path only.
    expect(cookies.some((c) => /^rapport-lti-state=; Path=\/lti\/; Max-Age=0/.test(c))).toBe(true);
    const me = await browser.get('/api/me');
    // The LMS's address is not the account's (it would squat the real owner's): a non-deliverable one is.
    expect(me.body.user).toMatchObject({ name: 'Hal Learner', email: `lti-${me.body.user.id}@lti.invalid` });
  });

  describe('refuses with a page that says why, creating nothing', () => {
    const stranger = () => ({ sub: `stranger-${crypto.randomUUID()}`, name: 'Never Made', roles: [ROLE.learner] });
    const fresh = () => ({ id: `never-${crypto.randomUUID()}`, title: 'Never made' });
    async function refused(
      run: (browser: Client) => Promise<{ status: number; text: string; headers: Headers }>,
      message: RegExp,
    ) {
      const before = await counts();
      const browser = new Client(server);
      const res = await run(browser);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.text).toMatch(/<p role="alert">[^<]*/);
      expect(flat(res.text)).toMatch(message);
      expect(flat(res.text)).toContain('Nothing was changed in Rapport');
      expect(await counts()).toEqual(before);
      expect((await browser.get('/api/me')).body.user).toBeNull();
    }
    it('a bad signature', async () => {
      const forged = await platformKey(platform.key.kid);
      await refused(async (b) => {
        const { state, nonce } = await login(b);
        return post(
          b,
          await platform.idToken(platform.launchClaims(stranger(), fresh(), nonce), { key: forged }),
          state,
        );
      }, /signature is not valid/);
    });
    it('an unknown key id', async () => {
      const unknown = await platformKey('never-published');
      await refused(async (b) => {
        const { state, nonce } = await login(b);
        return post(
          b,
          await platform.idToken(platform.launchClaims(stranger(), fresh(), nonce), { key: unknown }),
          state,
        );
      }, /does not publish/);
    });
    it('a wrong audience', async () => {
      await refused(async (b) => {
        const { state, nonce } = await login(b);
        return post(
          b,
          await platform.idToken({ ...platform.launchClaims(stranger(), fresh(), nonce), aud: 'someone-else' }),
          state,
        );
      }, /meant for another tool/);
    });
    it('an expired token', async () => {
      await refused(async (b) => {
        const { state, nonce } = await login(b);
        return post(
          b,
          await platform.idToken(platform.launchClaims(stranger(), fresh(), nonce), {
            now: new Date(Date.now() - 20 * 60_000),
          }),
          state,
        );
      }, /expired|too old/);
    });
    it('a replayed launch', async () => {
      const b = new Client(server);
      const { state, nonce } = await login(b);
      const token = await platform.idToken(platform.launchClaims(learner, course, nonce));
      expect((await post(b, token, state)).status).toBe(303);
      await refused(async (again) => {
        again.setCookie('rapport-lti-state', state);
        return post(again, token, state);
      }, /already used/);
    });
    it("a state that is not this browser's", async () => {
      await refused(async (b) => {
        const { nonce } = await login(b);
        const other = await login(new Client(server));
        return post(b, await platform.idToken(platform.launchClaims(stranger(), fresh(), nonce)), other.state);
      }, /did not begin in this browser/);
    });
    it('an unknown deployment', async () => {
      await refused(async (b) => {
        const { state, nonce } = await login(b);
        return post(
          b,
          await platform.idToken({
            ...platform.launchClaims(stranger(), fresh(), nonce),
            [`${LTI}deployment_id`]: 'nobody-registered-this',
          }),
          state,
        );
      }, /not registered for this platform/);
    });
  });

  it('lets only the LTI pages be framed by the platform, and nothing else', async () => {
    const browser = new Client(server);
    expect((await launch(browser, learner, course)).status).toBe(303);
    const refusal = await browser.request('POST', '/lti/launch', {
      ...form({ id_token: 'x', state: 'y' }),
      origin: platform.url,
    });
    const policy = refusal.headers.get('content-security-policy');
    expect(directive(policy, 'frame-ancestors')).toBe(`frame-ancestors ${platform.url}`);
    expect(directive(policy, 'form-action')).toBe("form-action 'self'");
    expect(refusal.headers.get('x-frame-options')).toBeNull();
    expect(refusal.headers.get('x-rapport-lti-frame-ancestors')).toBeNull();
    for (const path of ['/', '/dashboard/', `/scenarios/${bundle.slug}/`, '/lti-no-such-page/']) {
      const res = await browser.get(path);
      expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
      const p = res.headers.get('content-security-policy');
      expect(directive(p, 'frame-ancestors'), path).toBe("frame-ancestors 'none'");
      expect(directive(p, 'form-action'), path).toBe("form-action 'self'");
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('a framed launch whose cookie never comes back is offered a new window, which asks, then signs in once', async () => {
    const sessions = async () =>
      Number(
        (
          await db.kysely
            .selectFrom('session')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const person: Person = { sub: 'http-framed', name: 'Fran Framed', email: 'fran@lms.test', roles: [ROLE.learner] };
    // The launch inside the LMS's frame: the browser drops its SameSite=Lax session cookie, so the request that
    // follows carries none (a client with an empty jar).
    const launched = await launch(new Client(server), person, course);
    expect(launched.status, launched.text).toBe(303);
    const next = launched.headers.get('location')!;
    const framed = new Client(server);
    const page = await framed.get(next);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(flat(page.text)).toContain('<h1>Rapport opens in a new window</h1>');
    expect(directive(page.headers.get('content-security-policy'), 'frame-ancestors')).toBe(
      `frame-ancestors ${platform.url}`,
    );
    const link = /<a href="([^"]+)" target="_blank" rel="noopener"> ?Open Rapport in a new window ?<\/a>/.exec(
      flat(page.text),
    );
    expect(link, page.text).not.toBeNull();
    const href = link![1]!.replace(/&amp;/g, '&');
    expect(href).toBe(`${next}&window=1`);
    // Still inside the frame (the browser says so), the link changes nothing.
    const stillFramed = await framed.get(href, { headers: { 'sec-fetch-dest': 'iframe' } });
    expect(stillFramed.status).toBe(200);
    expect(flat(stillFramed.text)).toContain('Rapport opens in a new window');
    expect(framed.sessionToken).toBeUndefined();
    // The new window, top-level, without a session: a GET signs nobody in (a link sent to a victim would otherwise
    // sign them into its account); it asks, naming the person, with a form posted from this page.
    const before = await sessions();
    const windowed = new Client(server);
    const asked = await windowed.get(href, { headers: { 'sec-fetch-dest': 'document' } });
    expect(asked.status, asked.text).toBe(200);
    expect(flat(asked.text)).toContain('<h1>Continue to Rapport</h1>');
    expect(flat(asked.text)).toMatch(/<button type="submit"> ?Continue as Fran Framed ?<\/button>/);
    expect(asked.headers.getSetCookie().some((c) => /session_token=/.test(c))).toBe(false);
    expect(windowed.sessionToken).toBeUndefined();
    expect(await sessions()).toBe(before);
    const fields = { t: new URL(next, server.url).searchParams.get('t')!, as: '' };
    // Posted from another site: refused by the origin check, the token unused.
    const forged = await new Client(server).request('POST', '/lti/continue/', {
      ...form(fields),
      origin: platform.url,
    });
    expect(forged.status).toBe(403);
    expect(await sessions()).toBe(before);
    // Posted from Rapport's page: signed in, and on to the target.
    const opened = await windowed.request('POST', '/lti/continue/', {
      ...form(fields),
      headers: { ...form(fields).headers, 'sec-fetch-dest': 'document' },
    });
    expect(opened.status, opened.text).toBe(303);
    expect(opened.headers.get('location')).toBe('/dashboard/');
    expect(opened.headers.getSetCookie().some((c) => /session_token=.+; Path=\/;.*SameSite=Lax/.test(c))).toBe(true);
    expect((await windowed.get('/api/me')).body.user).toMatchObject({ name: 'Fran Framed' });
    expect(await sessions()).toBe(before + 1);
    // A second use, from anywhere: a page saying to launch again, and no session.
    for (const again of [new Client(server), framed]) {
      const refused = await again.get(href);
      expect(refused.status).toBe(400);
      expect(flat(refused.text)).toContain('This launch has expired');
      expect(flat(refused.text)).toMatch(/<p role="alert">[^<]*used already/);
      expect(flat(refused.text)).toContain('open the activity again');
      expect(again.sessionToken).toBeUndefined();
    }
    expect((await windowed.get(next)).status).toBe(400);
    const reposted = await new Client(server).request('POST', '/lti/continue/', form(fields));
    expect(reposted.status).toBe(400);
    expect(await sessions()).toBe(before + 1);
  });

  it('a browser signed in as someone else is told so, and asked before that session is replaced', async () => {
    const person: Person = { sub: 'http-shared', name: 'Sam Shared', roles: [ROLE.learner] };
    const launched = await launch(new Client(server), person, course);
    const next = launched.headers.get('location')!;
    const t = new URL(next, server.url).searchParams.get('t')!;
    const owner = await signUp(server, 'lti-owner');
    const mine = owner.client;
    const page = await mine.get(`${next}&window=1`);
    expect(page.status).toBe(200);
    expect(flat(page.text)).toMatch(/signed in to Rapport as <strong>[^<]+<\/strong>/);
    expect(flat(page.text)).toMatch(/and continue as Sam Shared ?<\/button>/);
    expect((await mine.get('/api/me')).body.user.id).toBe(owner.id);
    // A post that does not confirm this session (as: none) only asks again.
    const unconfirmed = await mine.request('POST', '/lti/continue/', form({ t, as: '' }));
    expect(unconfirmed.status).toBe(200);
    expect(flat(unconfirmed.text)).toMatch(/and continue as Sam Shared ?<\/button>/);
    expect((await mine.get('/api/me')).body.user.id).toBe(owner.id);
    const oldToken = mine.sessionToken;
    const confirmed = await mine.request('POST', '/lti/continue/', form({ t, as: owner.id }));
    expect(confirmed.status, confirmed.text).toBe(303);
    expect((await mine.get('/api/me')).body.user).toMatchObject({ name: 'Sam Shared' });
    // The replaced session is ended on the server, not only forgotten by this browser.
    const stale = new Client(server);
    stale.setCookie('better-auth.session_token', oldToken!);
    expect((await stale.get('/api/me')).body.user).toBeNull();
  });

  let assignmentId = '';
  let learnerCohort = '';
  it("deep linking: the instructor's page posts the signed item to the platform's return URL, allowed by its policy alone", async () => {
    const instructor = new Client(server);
    const res = await launch(instructor, teacher, course, {
      [`${LTI}message_type`]: 'LtiDeepLinkingRequest',
      [`${LTI}resource_link`]: undefined,
      'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
        deep_link_return_url: `${platform.url}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
      },
    });
    const picker = await goOn(instructor, res);
    expect(picker).toMatch(/^\/lti\/deep-link\/\?ticket=/);
    const ticket = new URL(picker, server.url).searchParams.get('ticket')!;
    const made = await instructor.request(
      'POST',
      '/lti/deep-link/',
      form({ ticket, title: 'Week 1 (LMS)', scenario: bundle.slug, mode: 'assessment', gradePolicy: 'latest' }),
    );
    expect(made.status, made.text).toBe(200);
    expect(made.text).toContain(`action="${platform.url}/deep-link-return"`);
    expect(directive(made.headers.get('content-security-policy'), 'form-action')).toBe(
      `form-action 'self' ${platform.url}`,
    );
    const jwt = /name="JWT" value="([^"]+)"/.exec(made.text)![1]!;
    const back = await fetch(`${platform.url}/deep-link-return`, {
      method: 'POST',
      body: new URLSearchParams({ JWT: jwt }),
    });
    expect(back.status).toBe(200);
    const items = platform.deepLinks.at(-1)!['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as {
      custom: { rapport_assignment: string };
    }[];
    assignmentId = items[0]!.custom.rapport_assignment;
    expect(assignmentId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("the learner's launch opens the assignment, and the completed attempt's grade reaches the platform", async () => {
    const browser = new Client(server);
    const res = await launch(browser, learner, course, { [`${LTI}custom`]: { rapport_assignment: assignmentId } });
    expect(await goOn(browser, res)).toContain(`assignment=${assignmentId}`);
    learnerCohort = (
      await db.kysely
        .selectFrom('assignment')
        .select('cohort_id')
        .where('id', '=', assignmentId)
        .executeTakeFirstOrThrow()
    ).cohort_id!;
    const attempt = await startAttempt(browser, bundle, 'assessment', assignmentId);
    const path = planPath(bundle);
    let seq = 0;
    for (const c of path) expect((await postEvent(browser, attempt, choiceEvent(++seq, c))).status).toBe(201);
    expect((await postEvent(browser, attempt, completeEvent(seq + 1, 'Done.'))).status).toBe(201);
    const overall = Number(
      (await db.kysely.selectFrom('attempt').select('overall').where('id', '=', attempt).executeTakeFirstOrThrow())
        .overall,
    );
    // The sender runs every 10 s.
    const deadline = Date.now() + 30_000;
    let posted: Record<string, unknown>[] = [];
    while (Date.now() < deadline) {
      posted = [...platform.scores.values()].flat();
      if (posted.length) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(posted).toEqual([
      expect.objectContaining({
        userId: learner.sub,
        scoreGiven: overall,
        scoreMaximum: 100,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      }),
    ]);
  }, 45_000);

  it("a learner cannot reach another course's cohort", async () => {
    const browser = new Client(server);
    expect(
      (
        await launch(
          browser,
          { ...learner, sub: 'http-other-learner', name: 'Olive Other', email: 'olive@lms.test' },
          other,
        )
      ).status,
    ).toBe(303);
    for (const path of [
      `/api/cohorts/${learnerCohort}`,
      `/cohorts/${learnerCohort}/`,
      `/cohorts/${learnerCohort}/dashboard/`,
    ]) {
      const res = await browser.get(path);
      expect([403, 404], path).toContain(res.status);
      expect(res.text, path).not.toContain('Hal Learner');
    }
    // The link of the first course, launched from the other: refused, and it puts nobody in the first course.
    const copied = await launch(browser, { ...learner, sub: 'http-other-learner' }, other, {
      [`${LTI}custom`]: { rapport_assignment: assignmentId },
    });
    expect(copied.status).toBe(404);
    expect(copied.text).toMatch(/another course/);
    const members = await db.kysely
      .selectFrom('cohort_member')
      .innerJoin('lti_user', 'lti_user.user_id', 'cohort_member.user_id')
      .select('lti_user.subject')
      .where('cohort_member.cohort_id', '=', learnerCohort)
      .execute();
    expect(members.map((m) => m.subject)).not.toContain('http-other-learner');
  });
});
