/**
 * The first choice before the player's code (issue 14): the briefing and the first point are in the page's HTML,
 * Begin shows the first point at once, and a click or number key pressed before the player runs is kept and applied
 * once it does, never lost, and recorded for someone signed in in the order the trainee saw. The player's code is
 * held back by the test (its hydration script waits on a route) to make the page be used before it runs. And a
 * guest's scenario page makes no request that fails and logs no error.
 */
import { expect, test, type Page } from '@playwright/test';
import { boundariesScenario, expectNoSeriousAxeViolations, responseGroup, testOrigin } from './support.ts';

const scenario = boundariesScenario();
const url = `/scenarios/${scenario.slug}/`;

/** Holds the player's hydration script back until the returned function is called. */
async function holdPlayer(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/PlayerIsland\.astro_astro_type_script[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The player has not run yet: the page's first script still holds what it kept (opening-capture.ts). */
const playerWaiting = (page: Page) => page.evaluate(() => '__rapportOpening' in window);

const option = (page: Page, n: number) =>
  responseGroup(page)
    .locator('button.option')
    .nth(n - 1);
const youSaid = (page: Page) => page.getByRole('list', { name: 'Transcript' }).locator('li.you');

/** Opens the scenario page fresh (no saved progress), with the player held back. */
async function openHeld(page: Page): Promise<() => void> {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  const release = await holdPlayer(page);
  // Not waiting for the load event: it waits for the held script.
  await page.goto(url, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  expect(await playerWaiting(page)).toBe(true);
  return release;
}

test('a click on the first option before the player runs is answered by the page, and play goes on once it runs', async ({
  page,
}) => {
  const release = await openHeld(page);
  // The first point is in the page, hidden behind the briefing until Begin.
  await expect(responseGroup(page)).toBeHidden();
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(responseGroup(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeHidden();
  await expect(page.getByText('Assessment mode')).toBeVisible();
  const picked = (await option(page, 2).innerText()).replace(/^\d+\s*/, '');
  await option(page, 2).click();
  // Assessment play: the page carries each first option's answer and shows it at once, with the next options.
  await expect(youSaid(page)).toHaveCount(1);
  await expect(youSaid(page)).toContainText(picked);
  await expect(responseGroup(page)).toBeVisible();
  await expect(responseGroup(page).locator('button.option').first()).not.toContainText(picked);
  // A second choice, among the options the page showed, is kept too.
  const second = (await option(page, 1).innerText()).replace(/^\d+\s*/, '');
  await page.keyboard.press('1');
  expect(await playerWaiting(page)).toBe(true);

  release();
  await expect.poll(() => playerWaiting(page)).toBe(false);
  // The player made both, in order, with no feedback between.
  await expect(youSaid(page)).toHaveCount(2);
  await expect(youSaid(page).first()).toContainText(picked);
  await expect(youSaid(page).nth(1)).toContainText(second);
  await expect(responseGroup(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('a number key pressed before the player runs picks that option, in practice with its feedback', async ({
  page,
}) => {
  const release = await openHeld(page);
  await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(responseGroup(page)).toBeVisible();
  const first = (await option(page, 1).innerText()).replace(/^\d+\s*/, '');
  await page.keyboard.press('1');
  expect(await playerWaiting(page)).toBe(true);

  release();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(youSaid(page)).toContainText(first);
  // And play goes on past it, by the machine once the opening hands over.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(responseGroup(page)).toBeVisible();
  await page.keyboard.press('2');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(youSaid(page)).toHaveCount(2);
});

test('signed in, a choice made before the player runs is recorded, in the order the trainee saw', async ({ page }) => {
  // A trainee of this test's own, so no other test's attempts mix with theirs.
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await page.request.post('/api/auth/sign-up/email', {
    headers: { origin: testOrigin() },
    data: { email: `first.choice.${tag}@rapport.test`, password: `correct horse ${tag} staple`, name: 'First choice' },
  });
  expect(res.status(), await res.text()).toBe(200);
  const release = await openHeld(page);
  await page.getByRole('radio', { name: /^Assessment/ }).check();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  const shown = (await responseGroup(page).locator('button.option').allInnerTexts()).map((t) =>
    t.replace(/^\d+\s*/, ''),
  );
  await option(page, 3).click();

  release();
  await expect(youSaid(page)).toContainText(shown[2]!);
  await expect(page.getByRole('status').filter({ hasText: /^Saved to your record$/ })).toBeVisible({
    timeout: 30_000,
  });
  const { attempts } = (await (await page.request.get('/api/attempts')).json()) as {
    attempts: { id: string; scenario: string; startedAt: string }[];
  };
  const mine = attempts.filter((a) => a.scenario === scenario.slug);
  expect(mine).toHaveLength(1);
  const latest = mine[0]!;
  const { attempt } = (await (await page.request.get(`/api/attempts/${latest.id}`)).json()) as {
    attempt: { replay: { points: { options: { text: string }[]; chosen: number }[] } };
  };
  // The server orders the point by the attempt's seed: the order the page showed before any script ran.
  const first = attempt.replay.points[0]!;
  expect(first.options.map((o) => o.text)).toEqual(shown);
  expect(first.chosen).toBe(2);
});

test('a guest’s scenario page makes no request that fails and logs no error, through the first choices', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request the browser itself cancels (the reload below cancels the first load's favicon) is no failure, as in
  // the other specs that watch for failed requests.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});
