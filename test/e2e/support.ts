import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ScenarioInfo {
  slug: string;
  title: string;
  module: string;
  client: string;
}

/** The scenarios in stories/, read the way an author wrote them. */
export function scenarios(): ScenarioInfo[] {
  const dir = join(root, 'stories');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'scenario.yaml')))
    .map((e) => {
      const meta = parse(readFileSync(join(dir, e.name, 'scenario.yaml'), 'utf8'));
      return { slug: e.name, title: meta.title, module: meta.module, client: meta.client.name };
    });
}

/** The scenario the player tests play: the first complete scenario, about a gift at the last session. */
export const PLAYER_SCENARIO = 'salamat-last-session';

export function boundariesScenario(): ScenarioInfo {
  const found = scenarios().find((s) => s.slug === PLAYER_SCENARIO);
  if (!found) throw new Error(`stories/${PLAYER_SCENARIO} is missing`);
  return found;
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with the Tab key`);
}

export const responseGroup = (page: Page) => page.getByRole('group', { name: 'Your response' });

/** Opens a scenario page fresh (no saved progress) and begins in the given mode. */
export async function beginScenario(page: Page, slug: string, mode: 'Practice' | 'Assessment' = 'Practice') {
  await page.goto(`/scenarios/${slug}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(responseGroup(page)).toBeVisible();
}

/** Picks the nth option (1-based) with its number key, then continues past feedback if shown. */
export async function pick(page: Page, n = 1) {
  await expect(responseGroup(page)).toBeVisible();
  await page.keyboard.press(String(n));
  const next = page.getByRole('button', { name: 'Continue' });
  const group = responseGroup(page);
  const reflection = page.getByRole('heading', { name: /The session has ended/ });
  await expect(next.or(group).or(reflection).first()).toBeVisible();
}

export async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
