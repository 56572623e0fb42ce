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
  type BrowserContextOptions,
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
  const send = (path: string, data: unknown) => post(request, path, data);
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

/** Anyone who sends requests as one person: a browser context, a page (they share cookies) or its own `request`. */
export interface Requester {
  request: APIRequestContext;
}

/** The password every account a test signs up is given (one the password policy accepts). */
export const NEW_PASSWORD = 'quiet lantern river orchard';

/** An address no other test has used: `who`, then what makes it unique. */
export const uniqueEmail = (who: string) =>
  `${who.toLowerCase().replace(/\W+/g, '.')}.${Date.now().toString(36)}.${randomUUID().slice(0, 8)}@example.org`;

/** The date `offset` days from today (YYYY-MM-DD), as an assignment's opening and due dates are given. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Posts JSON with the Origin the server requires on every change, as the pages' scripts do; fails unless the
 * answer has `status` (201, made, by default). Answers the body.
 */
export async function post(request: APIRequestContext, url: string, data: unknown, status = 201) {
  const res = await request.post(url, { headers: { origin: testOrigin() }, data });
  expect(res.status(), `${url}: ${await res.text()}`).toBe(status);
  return res.json();
}

/** Signs in through the auth API: the pages and the `request` of `who` then act as that person. */
export async function signInByApi(who: Requester, account: Pick<Account, 'email' | 'password'>) {
  await post(who.request, '/api/auth/sign-in/email', { email: account.email, password: account.password }, 200);
}

/** Signs up a new account through the auth API (every sign-up is a trainee); `who` is then signed in as it. Answers its email. */
export async function signUpByApi(who: Requester, name: string): Promise<string> {
  const email = uniqueEmail(name);
  await post(who.request, '/api/auth/sign-up/email', { name, email, password: NEW_PASSWORD }, 200);
  return email;
}

/**
 * A new browser context (made with `options`) and a page in it, signed in through the auth API as `who`: an
 * existing account, or a new trainee of that name. Answers the email it is signed in with too.
 */
export async function signedInContext(
  browser: Browser,
  who: Pick<Account, 'email' | 'password'> | { name: string },
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  let email: string;
  if ('email' in who) {
    await signInByApi(context, who);
    email = who.email;
  } else {
    email = await signUpByApi(context, who.name);
  }
  return { context, page, email };
}

/** An assignment as the API takes it: its title and mode, and any of the rest (attempts allowed, pass marks …). */
export interface AssignmentFields {
  title: string;
  mode: 'practice' | 'assessment';
  [field: string]: unknown;
}

/**
 * As the supervisor signed in on `supervisor`, makes the cohort `cohortName` and an invite to it, and assigns the
 * player's scenario there (open since yesterday, due in a week, unless `assignment` says otherwise); `trainee`, if
 * given, then joins by the invite. Answers the cohort, the invite and the assignment as the API gave them.
 */
export async function cohortWithAssignment(
  supervisor: Requester,
  trainee: Requester | null,
  cohortName: string,
  assignment: AssignmentFields,
) {
  const { cohort } = await post(supervisor.request, '/api/cohorts', { name: cohortName });
  const { invite } = await post(supervisor.request, `/api/cohorts/${cohort.id}/invites`, {});
  const made = await post(supervisor.request, `/api/cohorts/${cohort.id}/assignments`, {
    scenarios: [PLAYER_SCENARIO],
    opensAt: day(-1),
    dueAt: day(7),
    ...assignment,
  });
  if (trainee) await post(trainee.request, '/api/join', { code: invite.code }, 200);
  return {
    cohort: cohort as { id: string; name: string },
    invite: invite as { code: string },
    assignment: made.assignment as { id: string },
  };
}

/**
 * A new account (every sign-up is a trainee) that the demo administrator makes an educator, from a context of
 * its own; `context` is left signed in as the new educator. Answers its id, name and email.
 */
export async function newEducator(browser: Browser, context: Requester, name: string) {
  const email = await signUpByApi(context, name);
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

/** Fills in the sign-in form on the page and submits it; where that lands is the caller's to check. */
export async function submitSignIn(page: Page, account: Pick<Account, 'email' | 'password'>) {
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Signs in as a person does: the sign-in page, once its form runs its script, filled in and submitted. */
export async function signInWithForm(page: Page, account: Pick<Account, 'email' | 'password'>) {
  await page.goto('/signin/');
  await hydrated(page);
  await submitSignIn(page, account);
}

/**
 * From now on, every page the tab loads records each content-security-policy violation it reports; read them
 * with `violations(page)`, to show there were none.
 */
export async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
}

/** The violations the page in the tab has reported since it loaded (see `watchViolations`). */
export const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: string[] }).violations);

/** The heading the player shows once the conversation is over. */
export const sessionEnded = (page: Page) => page.getByRole('heading', { name: /The session has ended/ });

/** Plays on from here to the reflection (option 1 each time), then saves it and waits for the debrief of `title`. */
export async function playToDebrief(page: Page, title: string) {
  const ended = sessionEnded(page);
  for (let i = 0; !(await ended.isVisible()); i++) {
    expect(i).toBeLessThan(40);
    await expect(responseGroup(page).or(ended).first()).toBeVisible();
    if (await ended.isVisible()) break;
    await page.keyboard.press('1');
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next.or(responseGroup(page)).or(ended).first()).toBeVisible();
    if (await next.isVisible()) await next.click();
  }
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: `Debrief: ${title}` })).toBeVisible();
}
