import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { randomUUID } from 'node:crypto';
import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { StoryRunner } from '../../src/engine/story-runner.ts';
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

/** The origin the tests run against, for the Origin header the server requires on every change. */
export const testOrigin = () => new URL(String(test.info().project.use.baseURL)).origin;

export interface RecordedAttempt {
  id: string;
  title: string;
  /** Choices made. */
  points: number;
  overall: number;
  band: string;
  incidents: number;
  domains: { id: string; score: number | null }[];
  /** Whether the scenario's bundle carries a branch map. */
  map: boolean;
}

/**
 * Plays a scenario to its end through the JSON API as the signed-in person of `request`: start (for an
 * assignment, if given), one event per choice taking the option `pick` gives among those on offer (the
 * first by default), then completion. Returns what the server recorded.
 */
export async function recordAttempt(
  request: APIRequestContext,
  slug: string,
  {
    pick = () => 0,
    assignmentId,
    reflection = 'A reflection.',
  }: { pick?: (n: number) => number; assignmentId?: string; reflection?: string } = {},
): Promise<RecordedAttempt> {
  const headers = { origin: testOrigin() };
  const send = async (path: string, data: unknown) => {
    const res = await request.post(path, { headers, data });
    expect(res.status(), await res.text()).toBe(201);
    return res.json();
  };
  const bundle = await (await request.get(`/scenarios/${slug}/bundle.json`)).json();
  const runner = new StoryRunner(bundle.ink);
  const id = randomUUID();
  await send('/api/attempts', {
    id,
    scenario: slug,
    storyHash: bundle.hash,
    mode: 'assessment',
    ...(assignmentId ? { assignmentId } : {}),
  });
  let seq = 0;
  let step = runner.step();
  let point = 0;
  for (; step.options.length > 0; point++) {
    expect(point, 'the story should end').toBeLessThan(200);
    const option = step.options[pick(step.options.length)]!;
    await send(`/api/attempts/${id}/events`, {
      eventId: randomUUID(),
      seq: ++seq,
      type: 'choice',
      point,
      index: option.index,
      text: option.text,
    });
    runner.choose(option.index);
    step = runner.step();
  }
  const { attempt } = await send(`/api/attempts/${id}/events`, {
    eventId: randomUUID(),
    seq: seq + 1,
    type: 'complete',
    reflection,
  });
  expect(attempt.status).toBe('completed');
  expect(typeof attempt.overall).toBe('number');
  return {
    id,
    title: bundle.meta.title,
    points: point,
    overall: attempt.overall,
    band: attempt.band,
    incidents: attempt.incidents,
    domains: attempt.domains,
    map: Boolean(bundle.map),
  };
}

/** The page does not scroll sideways; on failure, names the elements that stick out. */
export async function noSidewaysScroll(page: Page) {
  const { overflow, wide } = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const sticksOut = (e: Element) => e.getBoundingClientRect().right > limit;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => sticksOut(e) && !e.closest('svg, .table-scroll, .scroller') && ![...e.children].some(sticksOut))
      .slice(0, 10)
      .map(
        (e) =>
          `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${e.textContent?.trim().slice(0, 40)}`,
      );
    return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, wide };
  });
  expect(overflow, `wider than the viewport: ${wide.join('; ')}`).toBeLessThanOrEqual(0);
}

export interface Account {
  email: string;
  password: string;
  name: string;
}

/** The demo accounts the test server seeds on its empty database (src/server/services/demo.ts). */
export const DEMO = {
  trainee: { email: 'demo.trainee@rapport.example', password: 'rapport-demo-trainee', name: 'Demo Trainee' },
  supervisor: {
    email: 'demo.supervisor@rapport.example',
    password: 'rapport-demo-supervisor',
    name: 'Demo Supervisor',
  },
  educator: { email: 'demo.educator@rapport.example', password: 'rapport-demo-educator', name: 'Demo Educator' },
  admin: { email: 'demo.admin@rapport.example', password: 'rapport-demo-admin', name: 'Demo Admin' },
} as const satisfies Record<string, Account>;

/** Signs a browser context in through the auth API: its pages and its `request` then act as that person. */
export async function signInByApi(context: BrowserContext, account: Pick<Account, 'email' | 'password'>) {
  const res = await context.request.post('/api/auth/sign-in/email', {
    headers: { origin: testOrigin() },
    data: { email: account.email, password: account.password },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/**
 * A new account (every sign-up is a trainee) that the demo administrator makes an educator, from a context of
 * its own; `context` is left signed in as the new educator. Answers its id and name.
 */
export async function newEducator(browser: Browser, context: BrowserContext, name: string) {
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@example.org`;
  const made = await context.request.post('/api/auth/sign-up/email', {
    headers: { origin: testOrigin() },
    data: { name, email, password: 'quiet lantern river orchard' },
  });
  expect(made.status(), await made.text()).toBe(200);
  const { user } = (await (await context.request.get('/api/me')).json()) as { user: { id: string } };
  const admin = await browser.newContext();
  try {
    await signInByApi(admin, DEMO.admin);
    const promoted = await admin.request.patch(`/api/admin/users/${user.id}`, {
      headers: { origin: testOrigin() },
      data: { role: 'educator' },
    });
    expect(promoted.status(), await promoted.text()).toBe(200);
  } finally {
    await admin.close();
  }
  return { id: user.id, name, email };
}

/** Waits until every island on the page has hydrated, so its buttons and forms run their scripts. */
export async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
