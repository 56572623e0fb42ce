/**
 * Accounts in the browser: signing in and up, the history, a past debrief, the account page and the
 * administrator's page, against the production build and a fresh database seeded with the demo accounts.
 * Attempts are recorded through the JSON API (as the player would), playing the scenario with the engine's
 * StoryRunner here, so the pages are checked against the score the server computed.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  boundariesScenario,
  DEMO,
  expectNoSeriousAxeViolations,
  hydrated,
  NEW_PASSWORD,
  noSidewaysScroll,
  recordAttempt,
  signInByApi,
  signInWithForm,
  signUpByApi,
  submitSignIn,
  tabTo,
  uniqueEmail,
} from './support.ts';

/** Where signing in (with no `next`) lands each demo account: where its role's work is. */
const LANDS = {
  trainee: /\/dashboard\/$/,
  educator: /\/dashboard\/$/,
  supervisor: /\/cohorts\/$/,
  admin: /\/admin\/$/,
};
const scenario = boundariesScenario();

const REFLECTION = 'Next time I would ask what the gift means before deciding.';

/** A new tab of its own, signed in as the demo account of `role` through the form, landed where the role's work is. */
async function newSignedInPage(browser: Browser, role: keyof typeof LANDS) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithForm(page, DEMO[role]);
  await expect(page).toHaveURL(LANDS[role]);
  return { context, page };
}

test('a wrong password shows an error and keeps you on the sign-in page', async ({ page }) => {
  await page.goto('/signin/');
  await expectNoSeriousAxeViolations(page);
  await signInWithForm(page, { email: DEMO.trainee.email, password: 'not-the-right-password' });
  await expect(page.getByRole('alert')).toContainText('do not match an account');
  await expect(page).toHaveURL(/\/signin\/$/);
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxeViolations(page);
});

test('sign-in says when to try again when throttled, and says so when the server does not answer', async ({ page }) => {
  await page.route('**/api/auth/sign-in/email', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'content-type': 'application/json', 'x-retry-after': '42' },
      body: JSON.stringify({ message: 'Too many requests. Please try again later.' }),
    }),
  );
  await signInWithForm(page, DEMO.trainee);
  await expect(page.getByRole('alert')).toContainText(/try again in 42 seconds \(at \d/);
  await page.unroute('**/api/auth/sign-in/email');
  await page.route('**/api/auth/sign-in/email', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('did not answer');
  await expect(page).toHaveURL(/\/signin\/$/);
});

test('the demo trainee signs in, lands on their dashboard, and is marked as a demo account', async ({ page }) => {
  await signInWithForm(page, DEMO.trainee);
  await expect(page).toHaveURL(LANDS.trainee);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your assignments' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByText('Demo account')).toBeVisible();
  // On a prerendered page too, where the badge is shown by the stylesheet the page loads for its reader.
  await page.goto('/about/');
  await expect(page.getByRole('navigation', { name: 'Site' }).getByText('Demo account')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Account' }).click();
  await expect(page).toHaveURL(/\/account\/$/);
  await expect(page.getByRole('main').getByText('Demo account')).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('definition')
      .filter({ hasText: /^Trainee$/ }),
  ).toBeVisible();

  // Signed in, the sign-in page sends you on: to the page that asked, else to your work.
  await page.goto('/signin/');
  await expect(page).toHaveURL(LANDS.trainee);
  await page.goto('/signin/?next=%2Fhistory%2F');
  await expect(page).toHaveURL(/\/history\/$/);
});

/** What the site navigation offers each audience: its work, and nothing that would refuse it. */
const NAV = {
  guest: ['Rapport', 'Scenarios', 'Rubric', 'About', 'Sign in'],
  trainee: ['Rapport', 'Scenarios', 'Dashboard', 'History', 'Rubric', 'About', 'Account'],
  supervisor: ['Rapport', 'Scenarios', 'Cohorts', 'Rubric', 'About', 'Account'],
  educator: ['Rapport', 'Scenarios', 'Dashboard', 'Author', 'Analytics', 'Rubric', 'About', 'Account'],
  admin: ['Rapport', 'Scenarios', 'Cohorts', 'Author', 'Analytics', 'Accounts', 'Rubric', 'About', 'Account'],
};
const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Site' }).getByRole('link').allInnerTexts();

test('the navigation shows each role what it can use, on prerendered and on-demand pages alike', async ({
  browser,
}) => {
  // A prerendered page (the same file for everyone, fitted to its reader by /nav.css) and two on-demand ones.
  const pages = ['/', '/rubric/', '/account/'];
  const guest = await browser.newPage();
  for (const path of ['/', '/rubric/', '/signin/']) {
    await guest.goto(path);
    expect(await navLinks(guest), path).toEqual(NAV.guest);
  }
  await guest.close();
  for (const role of ['trainee', 'supervisor', 'educator', 'admin'] as const) {
    const context = await browser.newContext();
    try {
      await signInByApi(context, DEMO[role]);
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(path);
        expect(await navLinks(page), `${role} on ${path}`).toEqual(NAV[role]);
      }
      // The stylesheet is the reader's own, never kept for the next one.
      const css = await context.request.get('/nav.css');
      expect(css.headers()['content-type']).toMatch(/^text\/css/);
      expect(css.headers()['cache-control']).toMatch(/private/);
      // Signed out again, the same page shows Sign in.
      await context.clearCookies();
      await page.goto('/');
      expect(await navLinks(page), `${role} signed out`).toEqual(NAV.guest);
    } finally {
      await context.close();
    }
  }
});

test('signing in lands each role where its work is', async ({ browser }) => {
  for (const role of ['supervisor', 'educator', 'admin'] as const) {
    const { context, page } = await newSignedInPage(browser, role);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      role === 'supervisor' ? 'Your cohorts' : role === 'admin' ? 'Manage accounts' : 'Dashboard',
    );
    await context.close();
  }
});

test('signed out, /history/ and /account/ lead to sign-in, which comes back only to a path on this site', async ({
  page,
}) => {
  const history = await page.goto('/history/');
  expect(history?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/signin\/\?next=%2Fhistory%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

  await page.goto('/account/');
  await expect(page).toHaveURL(/\/signin\/\?next=%2Faccount%2F$/);
  await hydrated(page);
  await submitSignIn(page, DEMO.educator);
  await expect(page).toHaveURL(/\/account\/$/);
  await expect(page.getByRole('main')).toContainText(DEMO.educator.email);

  // Another site as `next` is ignored.
  await page.context().clearCookies();
  await page.goto('/signin/?next=https%3A%2F%2Fevil.example%2F');
  await hydrated(page);
  await submitSignIn(page, DEMO.educator);
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard\/$/);
});

test('sign-up shows the password policy first and the server’s message on refusal, then succeeds', async ({ page }) => {
  await page.goto('/signin/');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/signup\/$/);
  await hydrated(page);
  await expect(page.getByText('Use 12 to 128 characters')).toBeVisible();
  const email = uniqueEmail('new.trainee');
  await page.getByLabel('Your name').fill('New Trainee');
  await page.getByLabel('Email address').fill(email);
  const password = page.getByLabel('Password', { exact: true });
  await password.fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('Use at least 12 characters');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxeViolations(page);

  await password.fill('password1234');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toContainText('one of the most common');

  await password.fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // A new account is a trainee's: it lands on the dashboard, which says how to join a cohort.
  await expect(page).toHaveURL(/\/dashboard\/$/);
  await expect(page.getByText('You are not in a cohort yet')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByText('Demo account')).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: 'No attempts yet' })).toBeVisible();

  // The same address again is refused with a way to sign in.
  await page.context().clearCookies();
  await page.goto('/signup/');
  await hydrated(page);
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Worded so it does not say the address has an account (issue 11).
  await expect(page.getByRole('alert')).toContainText('cannot be used for a new account');
  await expect(page.getByRole('link', { name: 'Sign in instead' })).toBeVisible();
});

test('the account page shows your details and downloads your data as JSON', async ({ page }) => {
  const email = await signUpByApi(page, 'Data Owner');
  await page.goto('/account/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('Data Owner');
  await expect(main).toContainText(email);
  await expect(main.getByRole('definition').filter({ hasText: /^Trainee$/ })).toBeVisible();
  await expect(main.getByText('Demo account')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rapport-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(data.user.email).toBe(email);
  expect(data.format).toBe('rapport-personal-data/1');
});

test('sign out, and sign out of all devices', async ({ browser }) => {
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    const email = await signUpByApi(a, 'Two Devices');
    const pageA = await a.newPage();
    const pageB = await b.newPage();
    await signInWithForm(pageB, { email, password: NEW_PASSWORD });
    await expect(pageB).toHaveURL(/\/dashboard\/$/);

    // Plain sign-out ends this device's session only.
    await pageB.goto('/account/');
    await hydrated(pageB);
    await pageB.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect(pageB).toHaveURL(/\/signin\/\?signed-out=1$/);
    await expect(pageB.getByRole('status')).toContainText('You are signed out.');
    await pageB.goto('/history/');
    await expect(pageB).toHaveURL(/\/signin\/\?next=/);
    await pageA.goto('/account/');
    await expect(pageA).toHaveURL(/\/account\/$/);

    // Signing out of all devices ends the other device's session too.
    await signInWithForm(pageB, { email, password: NEW_PASSWORD });
    await expect(pageB).toHaveURL(/\/dashboard\/$/);
    await hydrated(pageA);
    await pageA.getByRole('button', { name: 'Sign out of all devices' }).click();
    await expect(pageA).toHaveURL(/\/signin\/\?signed-out=everywhere$/);
    await expect(pageA.getByRole('status')).toContainText('signed out on every device');
    await pageB.goto('/account/');
    await expect(pageB).toHaveURL(/\/signin\/\?next=%2Faccount%2F$/);
  } finally {
    await a.close();
    await b.close();
  }
});

test('an administrator changes a role and erases a new account, which can then no longer sign in', async ({
  browser,
}) => {
  const userContext = await browser.newContext();
  const { context: adminContext, page } = await newSignedInPage(browser, 'admin');
  try {
    const email = await signUpByApi(userContext, 'Erase Me');
    await recordAttempt(userContext.request, scenario.slug, { reflection: REFLECTION });

    await page.goto('/admin/');
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Manage accounts' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(2)).toHaveText('1');
    await expectNoSeriousAxeViolations(page);

    await row.getByLabel('Role of Erase Me', { exact: true }).selectOption('supervisor');
    await row.getByRole('button', { name: 'Change role of Erase Me' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is now a supervisor' })).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(
      page.getByRole('row').filter({ hasText: email }).getByLabel('Role of Erase Me', { exact: true }),
    ).toHaveValue('supervisor');

    await page.getByRole('button', { name: `Erase Erase Me (${email})` }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase Erase Me?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('cannot be undone');
    await expectNoSeriousAxeViolations(page);
    // Cancelling erases nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(1);

    await page.getByRole('button', { name: `Erase Erase Me (${email})` }).click();
    await dialog.getByRole('button', { name: `Erase ${email} permanently` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Erased Erase Me (${email}), with 1 attempt.` }),
    ).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);

    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await noSidewaysScroll(page);

    // The erased person's session is gone, and their password no longer signs in.
    const userPage = await userContext.newPage();
    await userPage.goto('/account/');
    await expect(userPage).toHaveURL(/\/signin\//);
    await signInWithForm(userPage, { email, password: NEW_PASSWORD });
    await expect(userPage.getByRole('alert')).toContainText('do not match an account');
  } finally {
    await userContext.close();
    await adminContext.close();
  }
});

test('a trainee gets a 403 page on /admin/ and cannot use the admin API', async ({ page }) => {
  await signUpByApi(page, 'Not Admin');
  const response = await page.goto('/admin/');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  const api = await page.request.get('/api/admin/users');
  expect(api.status()).toBe(403);
});

test('recorded attempts appear in the history with the server’s score, sortable, charted, and each opens its debrief', async ({
  page,
  browser,
}) => {
  await signUpByApi(page, 'History Trainee');
  const first = await recordAttempt(page.request, scenario.slug, { reflection: REFLECTION });
  const second = await recordAttempt(page.request, scenario.slug, { pick: (n) => n - 1, reflection: REFLECTION });

  await page.goto('/history/');
  await hydrated(page);
  const table = page.getByRole('table', { name: /Your attempts/ });
  await expect(table).toBeVisible();
  const rowOf = (id: string) => table.getByRole('row').filter({ has: page.locator(`a[href="/attempts/${id}/"]`) });
  for (const a of [first, second]) {
    const row = rowOf(a.id);
    await expect(row.getByRole('link', { name: a.title })).toBeVisible();
    await expect(row.getByRole('cell').nth(3)).toHaveText(String(Math.round(a.overall)));
    await expect(row.getByRole('cell').nth(0)).toHaveText('Assessment');
    await expect(row.getByRole('cell').nth(1)).toHaveText('Completed');
  }

  // Sorting by keyboard: the header buttons, with aria-sort on the sorted column.
  const scoreHeader = table.getByRole('columnheader', { name: 'Score' });
  await expect(scoreHeader).not.toHaveAttribute('aria-sort', /.+/);
  await tabTo(page, scoreHeader.getByRole('button'));
  await page.keyboard.press('Enter');
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'descending');
  const scoresInOrder = async () => (await table.locator('tbody tr td:nth-of-type(4)').allInnerTexts()).map(Number);
  const high = Math.round(Math.max(first.overall, second.overall));
  const low = Math.round(Math.min(first.overall, second.overall));
  expect(await scoresInOrder()).toEqual([high, low]);
  await page.keyboard.press('Enter');
  await expect(scoreHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await scoresInOrder()).toEqual([low, high]);
  await expect(table.getByRole('columnheader', { name: 'Started' })).not.toHaveAttribute('aria-sort', /.+/);

  // The chart: named, described, reachable by keyboard, with the same numbers in a table.
  const chart = page.getByRole('img', { name: 'Domain scores over your completed attempts' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/2 completed attempts/);
  await tabTo(page, chart);
  const data = page.getByRole('table', { name: /Domain scores by attempt/ });
  await expect(data.getByRole('row')).toHaveCount(3);
  await expectNoSeriousAxeViolations(page);

  await page.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The debrief, rebuilt by the server.
  await rowOf(first.id).getByRole('link', { name: first.title }).click();
  await expect(page).toHaveURL(new RegExp(`/attempts/${first.id}/$`));
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${first.title}` })).toBeVisible();
  await expect(page.getByText(new RegExp(`Overall ${Math.round(first.overall)} / 100`))).toBeVisible();
  await expect(page.getByRole('table', { name: 'Scores by domain and criterion (0–100)' })).toBeVisible();
  // The full record is collapsed under the moments and the scores (issue 13): open it.
  await page.getByText(/^The full record: /).click();
  await expect(page.getByRole('heading', { name: 'Your choices, and the roads not taken' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choice 1', exact: true })).toBeVisible();
  await expect(page.getByText(REFLECTION)).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await noSidewaysScroll(page);

  // Someone else asking for it gets the same 404 as for an attempt that does not exist.
  const other = await browser.newContext();
  try {
    await signUpByApi(other, 'Someone Else');
    const otherPage = await other.newPage();
    const response = await otherPage.goto(`/attempts/${first.id}/`);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(otherPage.getByText(first.title)).toHaveCount(0);
    await expectNoSeriousAxeViolations(otherPage);
    const missing = await otherPage.goto(`/attempts/${randomUUID()}/`);
    expect(missing?.status()).toBe(404);
  } finally {
    await other.close();
  }
});
