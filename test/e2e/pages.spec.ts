import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import {
  beginScenario,
  boundariesScenario,
  expectNoSeriousAxeViolations,
  noSidewaysScroll,
  pick,
  responseGroup,
} from './support.ts';

const scenario = boundariesScenario();
const staticPages = ['/about/', '/rubric/', '/guide/'];
const cataloguePages = ['/', '/modules/boundaries/'];

for (const path of staticPages) {
  test(`${path} ships no JavaScript and passes axe`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    await expectNoSeriousAxeViolations(page);
  });
}

for (const path of cataloguePages) {
  test(`${path} ships only the small catalogue script and passes axe`, async ({ page }) => {
    const urls = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') urls.add(r.url());
    });
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: /Showing/ })).toBeVisible();
    const scripts = await Promise.all([...urls].map(async (u) => (await page.request.get(u)).text()));
    const bytes = scripts.reduce((n, s) => n + gzipSync(s).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(3_000);
    await expectNoSeriousAxeViolations(page);
  });
}

test('the home page lists the scenario with its module, setting, time and difficulty', async ({ page }) => {
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: scenario.title }) });
  const facts = card.getByRole('list', { name: 'About this scenario' });
  await expect(facts).toContainText(/min/);
  await expect(facts).toContainText(/Introductory|Intermediate|Advanced/);
  await expect(facts).toContainText(/session|client|Online|Group/i);
});

test('a module page lists its scenarios first, by title in the suggested order, and its primer after them', async ({
  page,
}) => {
  await page.goto('/modules/boundaries/');
  const list = page
    .getByRole('region', { name: 'Scenarios in this module, in suggested order' })
    .getByRole('list')
    .first();
  const titles = await list.getByRole('heading', { level: 3 }).allInnerTexts();
  // Numbered in the order the catalogue suggests: intermediate before advanced, then by session.
  expect(titles).toEqual(['After hours', 'Salamat: the last session', 'A promise you cannot make']);
  expect(await list.evaluate((e) => e.tagName)).toBe('OL');
  // The primer comes after the scenarios, and names them by title, never by slug.
  const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y;
  expect(await top('Scenarios in this module, in suggested order')).toBeLessThan(await top('The primer: Boundaries'));
  const primer = page.getByRole('article');
  await expect(primer.getByRole('link', { name: 'After hours' })).toHaveAttribute('href', '/scenarios/after-hours/');
  await expect(primer).not.toContainText('salamat-last-session');
  await expect(page.getByText(/Read the module’s primer first \(about \d+ minutes?\)/)).toBeVisible();
});

test('at 320 px the home page and a module page fit the screen, filters included', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of cataloguePages) {
    await page.goto(path);
    await expect(page.getByRole('status').filter({ hasText: /Showing/ })).toBeVisible();
    await noSidewaysScroll(page);
  }
  await page.goto('/');
  const area = page.getByRole('combobox', { name: 'Area' });
  await expect(area).toBeVisible();
  expect((await area.boundingBox())!.width).toBeLessThanOrEqual(320);
});

test('the about page cites the source', async ({ page }) => {
  await page.goto('/about/');
  await expect(
    page.getByText(/The therapist-client relationship is an integral part of the therapeutic process/),
  ).toBeVisible();
});

test('every stage of the player passes axe', async ({ page }) => {
  await beginScenario(page, scenario.slug, 'Practice');
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press('1');
  await expect(page.getByRole('heading', { name: 'Feedback on choice 1' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Step out' }).click();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Return to the conversation' }).click();
  const ended = page.getByRole('heading', { name: /The session has ended/ });
  while (!(await ended.isVisible())) {
    await pick(page, 1);
    const next = page.getByRole('button', { name: 'Continue' });
    if (await next.isVisible()) await next.click();
  }
  await expectNoSeriousAxeViolations(page);
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('the player works at 320 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await beginScenario(page, scenario.slug, 'Practice');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.keyboard.press('1');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(responseGroup(page)).toBeVisible();
  const after = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(after).toBeLessThanOrEqual(0);
});

test('new client lines are announced through a live region', async ({ page }) => {
  await beginScenario(page, scenario.slug, 'Assessment');
  const live = page.locator('[aria-live="polite"]');
  await page.keyboard.press('1');
  await expect(live).not.toBeEmpty();
  const lastLine = await page.getByRole('list', { name: 'Transcript' }).getByRole('listitem').last().innerText();
  const words = lastLine.split(/\s+/).slice(-3).join(' ');
  await expect(live).toContainText(words);
});
