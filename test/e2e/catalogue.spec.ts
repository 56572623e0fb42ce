import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, test } from '@playwright/test';
import { beginScenario, boundariesScenario, pick, scenarios } from './support.ts';

const scenario = boundariesScenario();
const all = scenarios();

test('filters the catalogue without reloading the page, and keeps the filter in the address', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  const cards = page
    .getByRole('list')
    .filter({ has: page.getByRole('link', { name: scenario.title }) })
    .first()
    .locator(':scope > li');
  // Scenarios that other tests publish in the browser join the catalogue as they are published, so the counts are
  // of the cards this page was given: every built-in scenario once, and whatever else is published now.
  const listed = await cards.evaluateAll((els) => els.map((e) => ({ slug: e.dataset.scenario, area: e.dataset.area })));
  const builtIn = new Set(all.map((s) => s.slug));
  expect(
    listed
      .filter((c) => builtIn.has(c.slug!))
      .map((c) => c.slug)
      .sort(),
  ).toEqual([...builtIn].sort());
  const total = listed.length;
  await expect(page.getByRole('status')).toHaveText(`Showing all ${total} scenarios`);

  await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Boundaries' });
  const boundaries = listed.filter((c) => c.area === 'boundaries').length;
  expect(boundaries).toBeGreaterThanOrEqual(all.filter((s) => s.module === 'boundaries').length);
  await expect(page.getByRole('status')).toHaveText(
    boundaries === total ? `Showing all ${total} scenarios` : `Showing ${boundaries} of ${total} scenarios`,
  );
  await expect(cards.filter({ visible: true })).toHaveCount(boundaries);
  for (const s of all.filter((s) => s.module === 'boundaries'))
    await expect(page.getByRole('link', { name: s.title, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: scenario.title })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('area')).toBe('boundaries');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

  // Reopening the address restores the filter: the cards shown are the boundaries ones of the page as it is now.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Area' })).toHaveValue('boundaries');
  const now = await cards.evaluateAll((els) => els.filter((e) => e.dataset.area === 'boundaries').length);
  await expect(cards.filter({ visible: true })).toHaveCount(now);
  await expect(cards.filter({ visible: false })).toHaveCount((await cards.count()) - now);
});

test('shows local progress on each card: not started, in progress, best score', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: scenario.title }) });
  await expect(card.getByText('Not started')).toBeVisible();

  await beginScenario(page, scenario.slug, 'Assessment');
  await pick(page, 1);
  await page.goto('/');
  await expect(card.getByText('In progress')).toBeVisible();

  await page.goto(`/scenarios/${scenario.slug}/`);
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  const ended = page.getByRole('heading', { name: /The session has ended/ });
  while (!(await ended.isVisible())) await pick(page, 1);
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  const overall = await page.getByText(/Overall \d+ \/ 100/).innerText();
  const score = overall.match(/Overall (\d+)/)![1];
  await page.goto('/');
  await expect(card.getByText(`Best score ${score} (1 attempt)`)).toBeVisible();
});

test('the rubric page shows every domain and criterion with its citations', async ({ page }) => {
  const dir = fileURLToPath(new URL('../../content/rubrics', import.meta.url));
  const domains = readdirSync(dir).map((f) => parse(readFileSync(join(dir, f), 'utf8')));
  await page.goto('/rubric/');
  for (const d of domains) {
    const section = page.getByRole('region', { name: d.name, exact: true });
    await expect(section).toBeVisible();
    for (const c of d.criteria) {
      const article = section.getByRole('article', { name: c.name, exact: true });
      await expect(article).toBeVisible();
      const quote = c.citations.find((q: { kind: string }) => q.kind === 'source').quote as string;
      await expect(article.getByText(quote, { exact: false }).first()).toBeVisible();
    }
  }
});
