/**
 * The content security policy is active on the built site and blocks nothing Rapport itself does: every kind
 * of page is loaded (and the player and editor used) while the page records each violation it reports.
 */
import { expect, test } from '@playwright/test';
import {
  beginScenario,
  boundariesScenario,
  DEMO,
  pick,
  responseGroup,
  signInByApi,
  violations,
  watchViolations,
} from './support.ts';

const scenario = boundariesScenario();

for (const path of [
  '/',
  '/about/',
  '/rubric/',
  '/guide/',
  `/modules/${scenario.module}/`,
  '/signin/',
  '/signup/',
  '/no-such-page/',
]) {
  test(`${path} loads under its policy with no violation`, async ({ page }) => {
    await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });
}

test('the branch map, for a signed-in educator, loads under its policy with no violation', async ({ page }) => {
  await watchViolations(page);
  await signInByApi(page, DEMO.educator);
  const response = await page.goto(`/scenarios/${scenario.slug}/map/`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
});

test('the player runs past its first choice under the policy', async ({ page }) => {
  await watchViolations(page);
  await beginScenario(page, scenario.slug);
  await pick(page, 1);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(responseGroup(page)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the authoring editor runs, compiles in its worker and styles itself under the policy', async ({ page }) => {
  await watchViolations(page);
  await page.goto('/author/sandbox/');
  await expect(page.getByRole('status').filter({ hasText: /error/ })).toContainText(/\d+ errors?/, { timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});
