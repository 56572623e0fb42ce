/**
 * Supervision in the browser: the demo supervisor creates a cohort, an invite and an assignment; a new
 * trainee in a second browser context joins by the invite link, sees the assignment on the dashboard, and
 * its Start link opens the scenario in the assigned mode with the attempt recorded for the assignment.
 * Axe runs on every page; a revoked or unknown invite is refused with a clear message.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
  boundariesScenario,
  day,
  DEMO,
  expectNoSeriousAxeViolations,
  hydrated,
  NEW_PASSWORD,
  post,
  signInByApi,
  signUpByApi,
  testOrigin,
  uniqueEmail,
} from './support.ts';

const scenario = boundariesScenario();
const origin = testOrigin;

/** Nothing on the page is wider than a 320 px screen. */
async function fitsNarrowScreen(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a supervisor creates a cohort, an invite and an assignment; a trainee joins and starts it in the assigned mode', async ({
  browser,
}) => {
  // Two people, three axe checks and a narrow-screen check: about 15 s alone, past the default minute on a loaded CI run.
  test.setTimeout(120_000);
  const supervisorContext = await browser.newContext();
  const traineeContext = await browser.newContext();
  try {
    const sup = await supervisorContext.newPage();
    await signInByApi(supervisorContext, DEMO.supervisor);

    // Create a cohort.
    const cohortName = `Cohort ${randomUUID().slice(0, 6)}`;
    await sup.goto('/cohorts/');
    await expect(sup.getByRole('heading', { name: 'Your cohorts', level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(sup);
    await sup.getByRole('textbox', { name: 'Name' }).fill(cohortName);
    await sup.getByRole('button', { name: 'Create cohort' }).click();
    await expect(sup.getByRole('heading', { name: cohortName, level: 1 })).toBeVisible();
    await expect(sup.getByRole('status').filter({ hasText: 'Cohort created' })).toBeVisible();
    const cohortUrl = new URL(sup.url()).pathname;
    expect(cohortUrl).toMatch(/^\/cohorts\/[0-9a-f-]{36}\/$/);

    // Make an invite valid for 3 days.
    await sup.getByRole('spinbutton', { name: 'Valid for (days)' }).fill('3');
    await sup.getByRole('button', { name: 'Make an invite' }).click();
    await expect(sup.getByRole('status').filter({ hasText: 'New invite made' })).toBeVisible();
    const copyLink = sup.getByRole('button', { name: /^Copy link / });
    await expect(copyLink).toHaveCount(1);
    const code = (await copyLink.textContent())!.replace('Copy link ', '').trim();
    expect(code).toMatch(/^[A-Z2-9]{16}$/);
    const inviteLink = `/join/${code}/`;
    await expect(sup.getByText(`${origin()}${inviteLink}`)).toBeVisible();
    await supervisorContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
    // Writing to the clipboard needs a focused page; with other browser tests running in parallel it may not be.
    await sup.bringToFront();
    await copyLink.click();
    await expect(sup.getByRole('status').filter({ hasText: 'Copied.' }).first()).toBeVisible();
    expect(await sup.evaluate(() => navigator.clipboard.readText())).toBe(`${origin()}${inviteLink}`);

    // Assign the scenario in assessment mode, two attempts, a pass mark.
    await sup.getByRole('textbox', { name: 'Title' }).fill('Gifts and endings');
    await sup.getByRole('checkbox', { name: scenario.title }).check();
    await sup.getByRole('radio', { name: /^Assessment/ }).check();
    await sup.getByRole('spinbutton', { name: 'Attempts allowed per scenario' }).fill('2');
    await sup
      .getByRole('group', { name: /Pass mark per domain/ })
      .getByRole('spinbutton')
      .first()
      .fill('60');
    await sup.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(sup.getByRole('status').filter({ hasText: 'Assignment made' })).toBeVisible();
    await expect(sup.getByRole('heading', { name: 'Gifts and endings', level: 3 })).toBeVisible();
    await expectNoSeriousAxeViolations(sup);
    await fitsNarrowScreen(sup);

    // A trainee signs up, opens the invite link and joins.
    await signUpByApi(traineeContext, 'Trainee');
    const tr = await traineeContext.newPage();
    await tr.goto(inviteLink);
    await expect(tr.getByRole('heading', { name: `Join ${cohortName}`, level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(tr);
    await tr.getByRole('button', { name: `Join ${cohortName}` }).click();
    await expect(tr).toHaveURL(/\/dashboard\//);
    await expect(tr.getByRole('status').filter({ hasText: `You joined ${cohortName}` })).toBeVisible();
    await expect(tr.getByRole('heading', { name: 'Gifts and endings', level: 3 })).toBeVisible();
    await expect(tr.getByText('Not started', { exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(tr);
    await fitsNarrowScreen(tr);

    // A trainee may not see the cohort's page nor the list of cohorts.
    expect((await tr.goto(cohortUrl))?.status()).toBe(404);
    expect((await tr.goto('/cohorts/'))?.status()).toBe(403);
    expect((await traineeContext.request.get(`/api${cohortUrl.replace(/\/$/, '')}/assignments`)).status()).toBe(404);

    // Start opens the scenario in assessment mode, and the attempt is started for the assignment.
    await tr.goto('/dashboard/');
    const start = tr.getByRole('link', { name: `Start ${scenario.title} (Gifts and endings)` });
    // An assessment opens the sealed player, which offers no choice of mode.
    await expect(start).toHaveAttribute('href', /\/assess\/\?assignment=[0-9a-f-]{36}&mode=assessment$/);
    await start.click();
    await expect(tr).toHaveURL(new RegExp(`/scenarios/${scenario.slug}/assess/\\?assignment=`));
    await expect(tr.getByRole('heading', { name: 'Briefing' })).toBeVisible();
    await expect(tr.getByText('This is an assessment')).toBeVisible();
    await expect(tr.getByRole('radio', { name: /^Practice/ })).toHaveCount(0);
    const startRequest = tr.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/api/attempts',
    );
    const started = tr.waitForResponse(
      (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/attempts',
    );
    await tr.getByRole('button', { name: 'Begin the session' }).click();
    const body = (await startRequest).postDataJSON();
    expect(body).toMatchObject({
      scenario: scenario.slug,
      mode: 'assessment',
      assignmentId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect((await started).status()).toBe(201);
    await expect(
      tr.getByRole('heading', { name: 'Assessment mode' }).or(tr.getByText('Assessment mode')).first(),
    ).toBeVisible();

    await tr.goto('/dashboard/');
    await expect(tr.getByText('In progress', { exact: true })).toBeVisible();
    await expect(tr.getByRole('link', { name: `Continue ${scenario.title} (Gifts and endings)` })).toBeVisible();

    // The supervisor assigns it again for later (spaced re-practice) and revokes the invite.
    await sup.goto(cohortUrl);
    await expect(sup.getByRole('listitem').filter({ hasText: 'Trainee' }).first()).toBeVisible();
    await sup.getByText('Assign again').click();
    await sup.getByRole('button', { name: 'Assign “Gifts and endings” again' }).click();
    await expect(sup.getByRole('status').filter({ hasText: 'Assigned again' })).toBeVisible();
    await expect(sup.getByRole('heading', { name: 'Gifts and endings', level: 3 })).toHaveCount(2);
    await sup.getByRole('button', { name: `Revoke invite ${code}` }).click();
    await expect(sup.getByRole('status').filter({ hasText: 'Invite revoked' })).toBeVisible();

    // A revoked or unknown invite is refused with words a person can act on.
    const late = await browser.newContext();
    try {
      await signUpByApi(late, 'Latecomer');
      const page = await late.newPage();
      const revoked = await page.goto(inviteLink);
      expect(revoked?.status()).toBe(410);
      await expect(page.getByRole('heading', { name: 'This invite cannot be used' })).toBeVisible();
      await expect(page.getByRole('alert')).toContainText('withdrawn');
      await expectNoSeriousAxeViolations(page);
      const joinPage = await page.goto('/join/');
      expect(joinPage?.status()).toBe(200);
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('textbox', { name: 'Invite code' }).fill('ABCD-EFGH-JKMN-PQRS');
      await page.getByRole('button', { name: 'Join cohort' }).click();
      await expect(page.getByRole('alert')).toContainText('not valid');
      await page.goto('/dashboard/');
      await expect(page.getByText('You are not in a cohort yet')).toBeVisible();
    } finally {
      await late.close();
    }
  } finally {
    await supervisorContext.close();
    await traineeContext.close();
  }
});

test('an invite link followed before having an account names the cohort, and signing up comes back to join it', async ({
  browser,
}) => {
  const supervisor = await browser.newContext();
  const visitor = await browser.newContext();
  try {
    await signInByApi(supervisor, DEMO.supervisor);
    const cohortName = `Invited ${randomUUID().slice(0, 6)}`;
    const { cohort } = await post(supervisor.request, '/api/cohorts', { name: cohortName });
    const { invite } = await post(supervisor.request, `/api/cohorts/${cohort.id}/invites`, {});

    const page = await visitor.newPage();
    await page.goto(`/join/${invite.code}/`);
    await expect(page.getByRole('heading', { level: 1, name: `Join ${cohortName}` })).toBeVisible();
    await expect(page.getByText(`You are invited to join ${cohortName} on Rapport.`)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect(page).toHaveURL(/\/signup\/\?next=%2Fjoin%2F/);
    await hydrated(page);
    await page.getByLabel('Your name').fill('Invited Trainee');
    await page.getByLabel('Email address').fill(uniqueEmail('invited'));
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(new RegExp(`/join/${invite.code}/$`));
    await page.getByRole('button', { name: `Join ${cohortName}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `You joined ${cohortName}` })).toBeVisible();
  } finally {
    await supervisor.close();
    await visitor.close();
  }
});

test('the cohort dashboard pages its trainees, and its sort links, filter form and page links work with no script', async ({
  browser,
  playwright,
}) => {
  test.setTimeout(120_000);
  const supervisor = await browser.newContext();
  // The dashboard sends no script: every control is a link or a form, so it works with JavaScript off.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const trainees: Awaited<ReturnType<typeof playwright.request.newContext>>[] = [];
  try {
    await signInByApi(supervisor, DEMO.supervisor);
    const { cohort } = await post(supervisor.request, '/api/cohorts', { name: `Paged ${randomUUID().slice(0, 6)}` });
    const { invite } = await post(supervisor.request, `/api/cohorts/${cohort.id}/invites`, {});
    await post(supervisor.request, `/api/cohorts/${cohort.id}/assignments`, {
      title: 'Paged work',
      scenarios: [scenario.slug],
      mode: 'practice',
      opensAt: day(-1),
      dueAt: day(7),
      passMarks: {},
    });
    // 27 trainees join: two pages of 25.
    const names = Array.from({ length: 27 }, (_, i) => `Pager ${String(i + 1).padStart(2, '0')}`);
    for (const name of names) {
      const t = await playwright.request.newContext({ baseURL: origin() });
      trainees.push(t);
      await signUpByApi({ request: t }, name);
      await post(t, '/api/join', { code: invite.code }, 200);
    }
    // The supervisor's session, in the context without script.
    await noScript.addCookies(await supervisor.cookies());
    const page = await noScript.newPage();
    const dashboard = `/cohorts/${cohort.id}/dashboard/`;
    await page.goto(dashboard);
    await expect(page.getByRole('heading', { level: 1, name: `Dashboard: ${cohort.name}` })).toBeVisible();
    const grid = page.getByRole('table', { name: /Best overall score per trainee and assignment/ });
    const bodyRows = grid.locator('tbody tr');
    const pages = page.getByRole('navigation', { name: 'Pages of trainees' });
    await expect(page.getByRole('status').filter({ hasText: /trainees? shown/ })).toHaveText(
      '27 of 27 trainees shown.',
    );
    await expect(pages).toContainText('Rows 1–27 of 27');
    await expect(bodyRows).toHaveCount(27);

    // 25 rows a page: the form, sent with the Enter key.
    await page.getByLabel('Rows per page').selectOption('25');
    await page.getByLabel('Find a trainee').press('Enter');
    await expect(pages).toContainText('Rows 1–25 of 27, page 1 of 2');
    await expect(bodyRows).toHaveCount(25);
    const summary = grid.locator('tfoot');
    await expect(summary.getByRole('rowheader')).toHaveText('All 27 trainees');
    await expect(summary).toContainText('0 of 27 completed');
    await pages.getByRole('link', { name: 'Next page' }).click();
    await expect(pages).toContainText('Rows 26–27 of 27, page 2 of 2');
    await expect(bodyRows).toHaveCount(2);
    await expect(grid.getByRole('link', { name: names[26], exact: true })).toBeVisible();
    // The summary row is the whole cohort's on every page.
    await expect(summary).toContainText('0 of 27 completed');
    await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);

    // Sorting by name the other way, by keyboard from the heading: over the whole cohort, back to page 1.
    const trainee = grid.getByRole('columnheader', { name: /^Trainee/ });
    await expect(trainee).toHaveAttribute('aria-sort', 'ascending');
    await trainee.getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(trainee).toHaveAttribute('aria-sort', 'descending');
    await expect(pages).toContainText('Rows 1–25 of 27, page 1 of 2');
    await expect(bodyRows.first().getByRole('rowheader')).toContainText(names[26]!);
    await expect(bodyRows.last().getByRole('rowheader')).toContainText(names[2]!);

    // Finding one, and a filter that keeps nobody.
    await page.getByLabel('Find a trainee').fill('pager 07');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status').filter({ hasText: /trainees? shown/ })).toHaveText('1 of 27 trainees shown.');
    await expect(bodyRows).toHaveCount(1);
    await expect(summary.getByRole('rowheader')).toHaveText('All 1 shown, on every page');
    await page.getByLabel('Show').selectOption({ label: 'With critical incidents' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(grid).toContainText('No trainee matches these filters.');
    await expect(pages).toContainText('No rows');

    // The same page with script on passes axe and fits a narrow screen.
    const checked = await supervisor.newPage();
    await checked.goto(`${dashboard}?size=25&page=2`);
    await expect(checked.getByRole('navigation', { name: 'Pages of trainees' })).toContainText('page 2 of 2');
    await expectNoSeriousAxeViolations(checked);
    await fitsNarrowScreen(checked);
  } finally {
    for (const t of trainees) await t.dispose();
    await noScript.close();
    await supervisor.close();
  }
});
