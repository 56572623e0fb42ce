/**
 * Item analysis in the browser: attempts are recorded through the JSON API by a new trainee (as the player
 * would), then the demo educator opens the analytics pages and sees the counts, the flags' key, the branch map
 * with its frequency bands and the CSV link; axe-clean, usable by keyboard and at 320 px. A trainee is refused.
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  DEMO,
  expectNoSeriousAxeViolations,
  recordAttempt,
  scenarios,
  signInWithForm,
  signUpByApi,
  tabTo,
  violations,
  watchViolations,
} from './support.ts';

// A scenario the other browser tests do not play, so the counts here are ours (the first one would do too: the
// checks below only need at least our attempts).
const scenario = [...scenarios()].sort((a, b) => a.slug.localeCompare(b.slug)).at(-1)!;

test('the demo educator sees how often each option was chosen, on tables and on the branch map', async ({
  browser,
}) => {
  const traineeContext = await browser.newContext();
  await signUpByApi(traineeContext, 'Analytics Trainee');
  const { id: attemptId } = await recordAttempt(traineeContext.request, scenario.slug);
  await recordAttempt(traineeContext.request, scenario.slug);
  await recordAttempt(traineeContext.request, scenario.slug, { pick: (n) => n - 1 });

  // The trainee downloads their attempt as xAPI statements: launched, an answer per choice, completed, scored.
  const xapi = await traineeContext.request.get(`/api/attempts/${attemptId}/xapi.json`);
  expect(xapi.status()).toBe(200);
  expect(xapi.headers()['content-type']).toMatch(/^application\/json/);
  const verbs = ((await xapi.json()) as { verb: { id: string }; context: { registration: string } }[]).map((s) =>
    s.verb.id.split('/').at(-1),
  );
  expect(verbs[0]).toBe('launched');
  expect(verbs.slice(-2)).toEqual(['completed', 'scored']);
  expect(verbs.filter((v) => v === 'answered').length).toBeGreaterThan(3);
  // Nobody may export a cohort they do not supervise (or one that does not exist).
  expect((await traineeContext.request.get(`/api/cohorts/${randomUUID()}/export.csv`)).status()).toBe(404);
  expect((await traineeContext.request.get(`/api/cohorts/${randomUUID()}/xapi.json`)).status()).toBe(404);

  // A trainee may not see the analysis.
  const refused = await traineeContext.request.get(`/analytics/${scenario.slug}/`);
  expect(refused.status()).toBe(403);
  expect((await traineeContext.request.get(`/api/scenarios/${scenario.slug}/item-analysis.json`)).status()).toBe(403);
  await traineeContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  // Every violation of the content security policy the pages report is recorded.
  await watchViolations(page);
  // Through the form, so that the sign-in page is among the pages checked for violations.
  await signInWithForm(page, DEMO.educator);
  await expect(page).toHaveURL(/\/dashboard\/$/);

  await page.goto('/analytics/');
  await expect(page.getByRole('heading', { level: 1, name: 'Item analysis' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: scenario.title }) });
  const completed = Number(await row.getByRole('cell').nth(1).textContent());
  expect(completed).toBeGreaterThanOrEqual(3);
  await expectNoSeriousAxeViolations(page);

  await row.getByRole('link', { name: scenario.title }).click();
  await expect(page).toHaveURL(new RegExp(`/analytics/${scenario.slug}/$`));
  await expect(page.getByRole('heading', { level: 1, name: `Item analysis: ${scenario.title}` })).toBeVisible();
  await expect(page.getByText(/\d+ completed attempts?/).first()).toBeVisible();

  // Choice points are named for people (a title, or the line said before the options), not by ink paths.
  const pointHeadings = await page.getByRole('heading', { level: 2, name: /^Choice \d+: / }).allInnerTexts();
  expect(pointHeadings.length).toBeGreaterThan(3);
  for (const h of pointHeadings) expect(h).not.toMatch(/_|\b[cg]-\d+\b|[a-z]\.\d/);
  expect(pointHeadings.some((h) => /^Choice \d+: after “/.test(h))).toBe(true);

  // The first choice point: offered once per attempt, and the times chosen add up to that.
  const first = page.getByRole('table', { name: /Options at choice 1,/ });
  const offered = Number(
    (await page
      .getByText(/^Offered \d+ times?/)
      .first()
      .textContent())!.match(/Offered (\d+)/)![1],
  );
  expect(offered).toBeGreaterThanOrEqual(3);
  const chosen = (await first.locator('tbody tr td:nth-of-type(1)').allTextContents()).map(Number);
  expect(chosen.reduce((a, b) => a + b, 0)).toBe(offered);
  expect(Math.max(...chosen)).toBeGreaterThanOrEqual(2);
  // The same counts are drawn on the branch map.
  const map = page.getByRole('img', { name: /Branch map of .*how often trainees chose each option/ });
  await expect(map).toBeVisible();
  await expect(map.locator('text.count').first()).toBeVisible();
  // Its text is drawn at 12 px or more, whatever the width of the screen.
  const smallest = () =>
    map.evaluate((svg) =>
      Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1),
        ),
      ),
    );
  expect(await smallest()).toBeGreaterThanOrEqual(12);
  await expect(map.locator('path.count-band').first()).toBeAttached();
  expect(await violations(page)).toEqual([]);

  // The CSV link downloads the same table.
  const link = page.getByRole('link', { name: 'Download the table as CSV' });
  await tabTo(page, link);
  const csv = await context.request.get((await link.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="rapport-item-analysis-/);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split('\r\n')[0]).toContain('times_chosen');
  await expectNoSeriousAxeViolations(page);

  // At 320 px the page does not scroll sideways: the tables and the map scroll in their own regions.
  await page.setViewportSize({ width: 320, height: 700 });
  await page.reload();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await smallest()).toBeGreaterThanOrEqual(12);
  await expectNoSeriousAxeViolations(page);
  await context.close();
});
