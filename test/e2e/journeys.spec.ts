/**
 * Each role's journey from the home page, by its links alone (issue 13): after the first `goto('/')` no address
 * is typed. A supervisor goes from signing in to a downloaded CSV of their cohort's results, by way of the
 * dashboard, a trainee and the review of the trainee's attempt, and back by the breadcrumbs; an educator from
 * signing in to a scenario's item analysis and its branch map; a trainee from an assignment on their dashboard
 * to its debrief and back. Every journey runs at 1280 and at 320 px wide, and every page on the way passes axe
 * and does not scroll sideways. What another person does meanwhile (the trainee who plays for the supervisor,
 * the supervisor who assigns for the trainee) goes through the JSON API, as in the other specs.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  boundariesScenario,
  cohortWithAssignment,
  DEMO,
  expectNoSeriousAxeViolations,
  NEW_PASSWORD,
  noSidewaysScroll,
  pick,
  post,
  recordAttempt,
  responseGroup,
  signInByApi,
  signUpByApi,
  submitSignIn,
  uniqueEmail,
} from './support.ts';

const scenario = boundariesScenario();
const unique = () => randomUUID().slice(0, 6);

/** Every page on a journey: no serious axe violation, and nothing wider than the screen. */
async function checkPage(page: Page) {
  // Islands that load on sight may stay unhydrated below the fold of a small screen; the others must be ready.
  await expect(page.locator('astro-island[ssr]:not([client="visible"])')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await noSidewaysScroll(page);
}

const site = (page: Page) => page.getByRole('navigation', { name: 'Site' });
const breadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Breadcrumb' });

/** From the home page, the site navigation's "Sign in", and the sign-in form. */
async function signInFromHome(page: Page, who: { email: string; password: string }) {
  await page.goto('/');
  await checkPage(page);
  await site(page).getByRole('link', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await checkPage(page);
  await submitSignIn(page, who);
}

/** A download started by clicking `link`, read as text. */
async function download(page: Page, link: ReturnType<Page['getByRole']>) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

async function newPage(browser: Browser, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  return { context, page: await context.newPage() };
}

for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test('a supervisor: from signing in to a downloaded CSV, by the dashboard, a trainee and a review', async ({
      browser,
    }) => {
      test.setTimeout(150_000);
      const { context, page } = await newPage(browser, width);
      const traineeContext = await browser.newContext();
      try {
        await signInFromHome(page, DEMO.supervisor);
        // A supervisor lands on their cohorts, and the navigation offers them.
        await expect(page).toHaveURL(/\/cohorts\/$/);
        await expect(page.getByRole('heading', { level: 1, name: 'Your cohorts' })).toBeVisible();
        await expect(site(page).getByRole('link', { name: 'Cohorts' })).toHaveAttribute('aria-current', 'page');
        await checkPage(page);

        // A cohort, an invite and an assessment of one scenario, through the pages.
        const cohortName = `Journey ${width} ${unique()}`;
        await page.getByRole('textbox', { name: 'Name' }).fill(cohortName);
        await page.getByRole('button', { name: 'Create cohort' }).click();
        await expect(page.getByRole('heading', { level: 1, name: cohortName })).toBeVisible();
        await expect(breadcrumb(page).getByRole('link', { name: 'Cohorts' })).toBeVisible();
        await page.getByRole('button', { name: 'Make an invite' }).click();
        const code = ((await page.getByRole('button', { name: /^Copy code / }).textContent()) ?? '')
          .replace('Copy code', '')
          .trim();
        expect(code).toMatch(/^[A-Z2-9]{16}$/);
        await page.getByRole('textbox', { name: 'Title' }).fill('The gift');
        await page.getByRole('checkbox', { name: scenario.title }).check();
        await page.getByRole('radio', { name: /^Assessment/ }).check();
        await page.getByRole('button', { name: 'Assign', exact: true }).click();
        await expect(page.getByRole('status').filter({ hasText: 'Assignment made' })).toBeVisible();
        await checkPage(page);

        // Meanwhile a trainee joins with the code and completes the assignment.
        const traineeName = `Journey Trainee ${unique()}`;
        const traineeEmail = await signUpByApi(traineeContext, traineeName);
        await post(traineeContext.request, '/api/join', { code }, 200);
        const { assignments } = await (await traineeContext.request.get('/api/assignments')).json();
        const assignment = (assignments as { id: string; title: string; cohortName: string }[]).find(
          (a) => a.cohortName === cohortName,
        )!;
        const attempt = await recordAttempt(traineeContext.request, scenario.slug, { assignmentId: assignment.id });

        // The cohort's dashboard, with its exports and the assigned scenario's views.
        await page.getByRole('link', { name: 'Open the cohort dashboard' }).click();
        await expect(page.getByRole('heading', { level: 1, name: `Dashboard: ${cohortName}` })).toBeVisible();
        await expect(breadcrumb(page).getByRole('link', { name: cohortName })).toBeVisible();
        const exports = page.getByRole('navigation', { name: "This cohort's results" });
        await expect(exports.getByRole('link', { name: 'Results as xAPI statements (JSON)' })).toBeVisible();
        await expect(page.getByRole('link', { name: `Branch map of ${scenario.title}` })).toBeVisible();
        await expect(page.getByRole('link', { name: `Item analysis of ${scenario.title}` })).toBeVisible();
        await checkPage(page);

        // The trainee, then the review of their attempt, with the way back and the attempt's own data.
        await page.getByRole('link', { name: traineeName, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: traineeName })).toBeVisible();
        await expect(
          page.getByRole('link', { name: new RegExp(`^xAPI statements of ${scenario.title}`) }),
        ).toBeVisible();
        await checkPage(page);
        await page
          .getByRole('table', { name: 'Completed attempts, newest first' })
          .getByRole('link', { name: scenario.title, exact: true })
          .click();
        await expect(page).toHaveURL(new RegExp(`/review/${attempt.id}/$`));
        await expect(page.getByRole('heading', { level: 1, name: `Review: ${scenario.title}` })).toBeVisible();
        const trail = breadcrumb(page);
        await expect(trail.getByRole('link')).toHaveText(['Cohorts', cohortName, 'Dashboard', traineeName]);
        await expect(trail.getByText(`Review: ${scenario.title}`)).toHaveAttribute('aria-current', 'page');
        await expect(page.getByRole('navigation', { name: "This attempt's data" }).getByRole('link')).toHaveText([
          'This attempt as xAPI statements (JSON)',
          `Branch map of ${scenario.title}`,
          `Item analysis of ${scenario.title}`,
        ]);
        await checkPage(page);

        // Back by the breadcrumbs, to the trainee and to the dashboard, and the results as CSV.
        await trail.getByRole('link', { name: traineeName, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: traineeName })).toBeVisible();
        await breadcrumb(page).getByRole('link', { name: 'Dashboard' }).click();
        await expect(page.getByRole('heading', { level: 1, name: `Dashboard: ${cohortName}` })).toBeVisible();
        const csv = await download(
          page,
          page.getByRole('navigation', { name: "This cohort's results" }).getByRole('link', { name: 'Results as CSV' }),
        );
        expect(csv.name).toMatch(/\.csv$/);
        const lines = csv.text
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(lines[0]).toMatch(/^trainee,trainee_email,/);
        const rows = lines.filter((l) => l.includes(traineeEmail));
        expect(rows).toHaveLength(1);
        expect(rows[0]).toContain(scenario.slug);
      } finally {
        await traineeContext.close();
        await context.close();
      }
    });

    test('an educator: from signing in to a scenario’s item analysis and its branch map', async ({ browser }) => {
      test.setTimeout(120_000);
      const { context, page } = await newPage(browser, width);
      try {
        await signInFromHome(page, DEMO.educator);
        // An educator lands on the dashboard of their work: authoring, and every scenario's views.
        await expect(page).toHaveURL(/\/dashboard\/$/);
        await expect(page.getByRole('heading', { level: 2, name: 'Authoring' })).toBeVisible();
        await expect(page.getByText('You are not in a cohort yet')).toHaveCount(0);
        await expect(site(page).getByRole('link', { name: 'Author' })).toBeVisible();
        await expect(site(page).getByRole('link', { name: 'Analytics' })).toBeVisible();
        await checkPage(page);

        await page.getByRole('link', { name: `Item analysis of ${scenario.title}` }).click();
        await expect(page).toHaveURL(new RegExp(`/analytics/${scenario.slug}/$`));
        await expect(page.getByRole('heading', { level: 1, name: `Item analysis: ${scenario.title}` })).toBeVisible();
        await checkPage(page);

        // Back to the dashboard by the navigation, and on to the map.
        await site(page).getByRole('link', { name: 'Dashboard' }).click();
        await page.getByRole('link', { name: `Branch map of ${scenario.title}` }).click();
        await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.slug}/map/$`));
        await expect(page.getByRole('heading', { level: 1, name: new RegExp(scenario.title) })).toBeVisible();
        await checkPage(page);
        // The map leads to the item analysis as well.
        await page.getByRole('link', { name: 'item analysis', exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`/analytics/${scenario.slug}/$`));
      } finally {
        await context.close();
      }
    });

    test('a trainee: from an assignment on the dashboard to its debrief, and back', async ({ browser }) => {
      test.setTimeout(180_000);
      // A supervisor assigns one scenario in practice mode, two attempts allowed.
      const supervisor = await browser.newContext();
      const { context, page } = await newPage(browser, width);
      try {
        await signInByApi(supervisor, DEMO.supervisor);
        const cohortName = `Trainee journey ${width} ${unique()}`;
        const title = `Practice ${unique()}`;
        const { invite } = await cohortWithAssignment(supervisor, null, cohortName, {
          title,
          mode: 'practice',
          attemptsAllowed: 2,
        });

        // A new trainee: from the home page to an account, then into the cohort with the code they were given.
        await page.goto('/');
        await checkPage(page);
        await site(page).getByRole('link', { name: 'Sign in' }).click();
        await page.getByRole('link', { name: 'Create an account' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Create an account' })).toBeVisible();
        await checkPage(page);
        await page.getByLabel('Your name').fill(`Journey Trainee ${unique()}`);
        await page.getByLabel('Email address').fill(uniqueEmail('trainee'));
        await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Create account' }).click();
        await expect(page).toHaveURL(/\/dashboard\/$/);
        await checkPage(page);
        await page.getByRole('link', { name: 'Join a cohort' }).click();
        await checkPage(page);
        await page.getByRole('textbox', { name: 'Invite code' }).fill(invite.code);
        await page.getByRole('button', { name: 'Join cohort' }).click();
        await expect(page.getByRole('status').filter({ hasText: `You joined ${cohortName}` })).toBeVisible();
        const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
        await expect(card.getByText(`${scenario.title}: Not started, 2 attempts left`)).toBeVisible();
        await checkPage(page);

        // Start it: the assigned mode, no choice of mode, played to the end with feedback after each choice.
        await card.getByRole('link', { name: `Start ${scenario.title} (${title})` }).click();
        await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
        await checkPage(page);
        await page.getByRole('button', { name: 'Begin the session' }).click();
        await expect(responseGroup(page)).toBeVisible();
        const ended = page.getByRole('heading', { name: /The session has ended/ });
        for (let n = 0; !(await ended.isVisible()); n++) {
          expect(n, 'the story should end').toBeLessThan(40);
          await pick(page, 1);
          const next = page.getByRole('button', { name: 'Continue' });
          if (await next.isVisible()) await next.click();
        }
        await page.getByRole('textbox', { name: 'Your reflection' }).fill('I would ask what the gift means first.');
        await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
        await expect(page.getByRole('heading', { name: /^Debrief/ }).first()).toBeVisible();
        await checkPage(page);

        // Back to the dashboard: submitted, its debrief a link away, and the attempt left is usable.
        await site(page).getByRole('link', { name: 'Dashboard' }).click();
        const debrief = card.getByRole('link', { name: `Debrief of ${scenario.title} (${title})` });
        // The completion reaches the server a moment after the debrief shows.
        await expect(async () => {
          await page.reload();
          await expect(debrief).toBeVisible({ timeout: 1_000 });
        }).toPass({ timeout: 20_000 });
        await expect(card.getByText(`${scenario.title}: Submitted, 1 attempt left`)).toBeVisible();
        await expect(card.getByRole('link', { name: `Try again ${scenario.title} (${title})` })).toBeVisible();
        await checkPage(page);
        await debrief.click();
        await expect(page).toHaveURL(/\/attempts\/[0-9a-f-]{36}\/$/);
        await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${scenario.title}` })).toBeVisible();
        await checkPage(page);
        await site(page).getByRole('link', { name: 'Dashboard' }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
        await expect(debrief).toBeVisible();
      } finally {
        await supervisor.close();
        await context.close();
      }
    });
  });
}
