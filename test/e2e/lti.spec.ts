/**
 * LTI 1.3 in the browser, with the test platform (test/support/lti-platform.ts) as the LMS, on its own port: the
 * admin registers it at /admin/lti/; an instructor adds an activity from the LMS by deep linking (the picker, then
 * the signed item posted back to the LMS); a learner launches it from the LMS, plays it to the debrief, and the
 * grade reaches the LMS's AGS endpoint; the instructor syncs the course roster from the cohort page. Axe runs on
 * each LTI page.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ROLE, startPlatform, type LtiPlatform, type Person } from '../support/lti-platform.ts';
import {
  boundariesScenario,
  DEMO,
  expectNoSeriousAxeViolations,
  playToDebrief,
  responseGroup,
  signInByApi,
  testOrigin,
} from './support.ts';

const scenario = boundariesScenario();
const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

let platform: LtiPlatform;
test.beforeAll(async () => {
  platform = await startPlatform(testOrigin());
});
test.afterAll(async () => {
  await platform?.close();
});

/** The next launch's claims for an instructor's deep-linking request, answered at `lms`'s return address. */
const deepLinking = (lms: LtiPlatform, settings: Record<string, unknown> = {}) => ({
  [`${LTI}message_type`]: 'LtiDeepLinkingRequest',
  [`${LTI}resource_link`]: undefined,
  'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings': {
    deep_link_return_url: `${lms.url}/deep-link-return`,
    accept_types: ['ltiResourceLink'],
    ...settings,
  },
});

/** The Rapport assignment of the item in the last deep-linking answer `lms` was sent. */
const linkedAssignment = (lms: LtiPlatform) =>
  (
    lms.deepLinks.at(-1)!['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as {
      custom: { rapport_assignment: string };
    }[]
  )[0]!.custom.rapport_assignment;

/** The next launch's claims for a launch of that assignment. */
const assignmentLaunch = (assignmentId: string) => ({ [`${LTI}custom`]: { rapport_assignment: assignmentId } });

test('instructor deep link, learner launch and play, grade posted to the LMS, roster synced', async ({ browser }) => {
  test.setTimeout(150_000);
  const tag = randomUUID().slice(0, 6);
  const course = { id: `course-${tag}`, title: `Helping skills ${tag}` };
  const teacher: Person = {
    sub: `teacher-${tag}`,
    name: 'Tess Teacher',
    email: `tess.${tag}@lms.example`,
    roles: [ROLE.instructor],
  };
  const learner: Person = {
    sub: `learner-${tag}`,
    name: 'Lee Learner',
    email: `lee.${tag}@lms.example`,
    roles: [ROLE.learner],
  };
  const waiting: Person = { sub: `waiting-${tag}`, name: 'Wren Not-yet-launched', roles: [ROLE.learner] };

  // The admin registers the platform.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByApi(adminContext, DEMO.admin);
  await admin.goto('/admin/lti/');
  await expect(admin.getByRole('heading', { name: 'Learning platforms (LTI 1.3)', level: 1 })).toBeVisible();
  await expectNoSeriousAxeViolations(admin);
  const r = platform.registration;
  await admin.getByRole('textbox', { name: 'Name' }).fill(r.name!);
  await admin.getByRole('textbox', { name: 'Issuer' }).fill(r.issuer!);
  await admin.getByRole('textbox', { name: 'Client id' }).fill(r.clientId!);
  await admin.getByRole('textbox', { name: 'Deployment ids (one per line)' }).fill(r.deploymentIds!);
  await admin.getByRole('textbox', { name: 'OIDC authorisation endpoint' }).fill(r.authUrl!);
  await admin.getByRole('textbox', { name: 'Token endpoint' }).fill(r.tokenUrl!);
  await admin.getByRole('textbox', { name: 'Keyset (JWKS) URL' }).fill(r.jwksUrl!);
  await admin.getByRole('button', { name: 'Register platform' }).click();
  await expect(admin.getByRole('cell', { name: r.clientId!, exact: true })).toBeVisible();
  await adminContext.close();

  // The instructor adds the activity from the LMS.
  const teacherContext = await browser.newContext();
  const t = await teacherContext.newPage();
  platform.next = { person: teacher, course, extra: deepLinking(platform, { data: 'keep-me' }) };
  await t.goto(`${platform.url}/start`);
  await t.getByRole('link', { name: 'Open Rapport' }).click();
  await expect(t.getByRole('heading', { name: 'Add a Rapport activity to your course', level: 1 })).toBeVisible();
  await expectNoSeriousAxeViolations(t);
  await t.getByRole('textbox', { name: 'Title' }).fill('Gift at the last session');
  await t.getByRole('combobox', { name: 'Scenario' }).selectOption(scenario.slug);
  await t.getByRole('radio', { name: 'Practice' }).check();
  await t.getByRole('radio', { name: 'Latest attempt' }).check();
  await t.getByRole('button', { name: 'Add to the course' }).click();
  await expect(t.getByText('“Gift at the last session” is ready.')).toBeVisible();
  await expectNoSeriousAxeViolations(t);
  await t.getByRole('button', { name: 'Return to your course' }).click();
  await expect(t.getByRole('heading', { name: 'Activity added' })).toBeVisible();
  const assignmentId = linkedAssignment(platform);
  expect(platform.deepLinks.at(-1)!['https://purl.imsglobal.org/spec/lti-dl/claim/data']).toBe('keep-me');

  // The learner launches it from the LMS and plays it.
  const learnerContext = await browser.newContext();
  const l = await learnerContext.newPage();
  platform.next = { person: learner, course, extra: assignmentLaunch(assignmentId) };
  await l.goto(`${platform.url}/start`);
  await l.getByRole('link', { name: 'Open Rapport' }).click();
  await expect(l.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  expect(new URL(l.url()).searchParams.get('assignment')).toBe(assignmentId);
  await l.getByRole('button', { name: 'Begin the session' }).click();
  await expect(responseGroup(l)).toBeVisible();
  await playToDebrief(l, scenario.title);
  // The grade sender runs every 10 s.
  await expect
    .poll(() => [...platform.scores.values()].flat().filter((s) => s.userId === learner.sub).length, {
      timeout: 40_000,
    })
    .toBe(1);
  expect([...platform.scores.values()].flat().find((s) => s.userId === learner.sub)).toMatchObject({
    scoreMaximum: 100,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
  });
  await learnerContext.close();

  // The instructor opens the activity from the course and lands on the cohort's dashboard. Their account is a
  // trainee in Rapport (a course role never changes it): the cohort is theirs by its supervisor row alone.
  platform.roster = [teacher, learner, waiting];
  platform.next = { person: teacher, course, extra: assignmentLaunch(assignmentId) };
  await t.goto(`${platform.url}/start`);
  await t.getByRole('link', { name: 'Open Rapport' }).click();
  await expect(t.getByRole('heading', { name: `Dashboard: ${course.title}`, level: 1 })).toBeVisible();
  expect((await (await teacherContext.request.get('/api/me')).json()).user.role).toBe('trainee');
  const cohortPath = new URL(t.url()).pathname.replace(/dashboard\/$/, '');
  const results = await teacherContext.request.get(`${cohortPath.replace('/cohorts/', '/api/cohorts/')}export.csv`);
  expect(results.status()).toBe(200);
  expect(await results.text()).toContain(learner.name!);
  // The instructor syncs the roster from the cohort page: the learner who has not launched yet is listed.
  await t.getByRole('link', { name: course.title, exact: true }).click();
  await expect(t.getByRole('heading', { name: course.title, level: 1 })).toBeVisible();
  await t.getByRole('button', { name: 'Sync roster from the LMS' }).click();
  await expect(t.getByRole('heading', { name: 'Roster synced from the LMS', level: 1 })).toBeVisible();
  await expect(t.getByRole('status')).toContainText('3 active members');
  await expectNoSeriousAxeViolations(t);
  await t.getByRole('link', { name: 'Back to the cohort' }).click();
  await expect(t.getByText('Wren Not-yet-launched').first()).toBeVisible();
  await teacherContext.close();
});

test("a launch that is not the LMS's is refused with a page that says why, axe-clean", async ({ page }) => {
  await page.goto('/lti/launch');
  await expect(page.getByRole('heading', { name: 'Rapport could not open this activity', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('open the activity from your course');
  await expectNoSeriousAxeViolations(page);
});

test('a launch inside the LMS frame, where the session cookie is blocked, goes on in a new window, signed in', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // An LMS of another site than Rapport (localhost, Rapport at 127.0.0.1): the browser treats Rapport in its frame
  // as third-party, keeping the partitioned state cookie but neither storing nor sending the Lax session cookie.
  const lms = await startPlatform(testOrigin(), { host: 'localhost' });
  try {
    const tag = randomUUID().slice(0, 6);
    const course = { id: `framed-${tag}`, title: `Framed course ${tag}` };
    const teacher: Person = { sub: `f-teacher-${tag}`, name: 'Fern Teacher', roles: [ROLE.instructor] };
    const learner: Person = { sub: `f-learner-${tag}`, name: 'Frankie Framed', roles: [ROLE.learner] };
    const adminContext = await browser.newContext();
    await signInByApi(adminContext, DEMO.admin);
    const registered = await adminContext.request.post('/admin/lti/', {
      headers: { origin: testOrigin() },
      form: { action: 'register', ...lms.registration },
      maxRedirects: 0,
    });
    expect(registered.status(), await registered.text()).toBe(303);
    await adminContext.close();

    // The instructor adds an activity (a top-level launch, as before).
    const teacherContext = await browser.newContext();
    const t = await teacherContext.newPage();
    lms.next = { person: teacher, course, extra: deepLinking(lms) };
    await t.goto(`${lms.url}/start`);
    await t.getByRole('link', { name: 'Open Rapport' }).click();
    await t.getByRole('textbox', { name: 'Title' }).fill('Framed gift');
    await t.getByRole('combobox', { name: 'Scenario' }).selectOption(scenario.slug);
    await t.getByRole('button', { name: 'Add to the course' }).click();
    await t.getByRole('button', { name: 'Return to your course' }).click();
    await expect(t.getByRole('heading', { name: 'Activity added' })).toBeVisible();
    const assignmentId = linkedAssignment(lms);
    await teacherContext.close();

    // The learner opens it inside the LMS's page.
    const context = await browser.newContext();
    const l = await context.newPage();
    lms.next = { person: learner, course, extra: assignmentLaunch(assignmentId) };
    await l.goto(`${lms.url}/frame`);
    const frame = l.frameLocator('iframe[title="Rapport activity"]');
    await expect(frame.getByRole('heading', { name: 'Rapport opens in a new window', level: 1 })).toBeVisible();
    const open = frame.getByRole('link', { name: 'Open Rapport in a new window' });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
    await expectNoSeriousAxeViolations(l);
    // The same page on its own (axe reaches into frames only so far): clear headings, the link named for what it does.
    const continueUrl = l
      .frames()
      .find((f) => f.url().includes('/lti/continue/'))!
      .url();
    const aloneContext = await browser.newContext();
    const alone = await aloneContext.newPage();
    await alone.goto(continueUrl);
    await expect(alone.getByRole('heading', { name: 'Rapport opens in a new window', level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(alone);
    await aloneContext.close();
    const [win] = await Promise.all([context.waitForEvent('page'), open.click()]);
    // The new window signs nobody in by itself: it names the person, who asks to go on.
    await expect(win.getByRole('heading', { name: 'Continue to Rapport', level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(win);
    expect((await (await context.request.get('/api/me')).json()).user).toBeNull();
    await win.getByRole('button', { name: 'Continue as Frankie Framed' }).click();
    await expect(win.getByRole('heading', { name: 'Briefing' })).toBeVisible();
    expect(new URL(win.url()).searchParams.get('assignment')).toBe(assignmentId);
    const me = await (await context.request.get('/api/me')).json();
    expect(me.user).toMatchObject({ name: 'Frankie Framed' });
    // The link was for one use: opened again, it says to launch again from the course.
    await win.goto(`${continueUrl}&window=1`);
    await expect(win.getByRole('heading', { name: 'This launch has expired', level: 1 })).toBeVisible();
    await expect(win.getByRole('alert')).toContainText('used already');
    await expectNoSeriousAxeViolations(win);
    await context.close();
  } finally {
    await lms.close();
  }
});
