/**
 * Recording attempts from the player, against the production build and a fresh database: a signed-in
 * trainee's choices reach their record as they play, through a spell offline and a reload, and the debrief
 * shows the score the server computed; a guest's play sends nothing to the attempts API.
 */
import { expect, test, type Page, type Request, type Response } from '@playwright/test';
import {
  beginScenario,
  boundariesScenario,
  DEMO,
  expectNoSeriousAxeViolations,
  hydrated,
  responseGroup,
  submitSignIn,
} from './support.ts';

const scenario = boundariesScenario();
/** Saving goes through retries with backoff when the network comes back; allow for them. */
const SYNC = { timeout: 40_000 };

const reflectionHeading = (page: Page) => page.getByRole('heading', { name: /The session has ended/ });
/** The player's line about the record: one of the live status regions, found by what it says. */
const recordStatus = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** In practice mode: picks the nth option (1-based) by its number key, then continues past the feedback. */
async function choose(page: Page, n: number) {
  await expect(responseGroup(page)).toBeVisible();
  await page.keyboard.press(String(n));
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(responseGroup(page).or(reflectionHeading(page)).first()).toBeVisible();
}

test('a signed-in trainee’s attempt is recorded as they play, through a spell offline and a reload, with the server’s score in the debrief', async ({
  page,
  context,
}) => {
  // The demo trainee, signed in on the sign-in page, which comes back to the scenario.
  const answers: { method: string; path: string; status: number }[] = [];
  page.on('response', (r: Response) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/attempts')) answers.push({ method: r.request().method(), path, status: r.status() });
  });

  await page.goto(`/signin/?next=${encodeURIComponent(`/scenarios/${scenario.slug}/`)}`);
  await hydrated(page);
  await submitSignIn(page, DEMO.trainee);
  await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.slug}/$`));

  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  await page.getByRole('radio', { name: /^Practice/ }).check();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(recordStatus(page, /^Saved to your record$/)).toBeVisible(SYNC);

  // A choice taken back in practice: the server records both, and replays the rewind.
  let events = 0;
  await expect(responseGroup(page)).toBeVisible();
  await page.keyboard.press('2');
  events += 1;
  await page.getByRole('button', { name: 'Go back and choose differently' }).click();
  await choose(page, 1);
  await choose(page, 2);
  events += 2;
  await expect(recordStatus(page, /^Saved to your record$/)).toBeVisible(SYNC);

  // Offline: the choices wait, and the trainee is told so.
  await context.setOffline(true);
  for (const n of [1, 2, 1]) await choose(page, n);
  events += 3;
  await expect(recordStatus(page, 'Offline: 3 choices waiting, they will be saved when you reconnect')).toBeVisible(
    SYNC,
  );
  await expectNoSeriousAxeViolations(page);
  await context.setOffline(false);
  await expect(recordStatus(page, /^Saved to your record$/)).toBeVisible(SYNC);

  // A reload resumes the attempt, and what follows is recorded on the same attempt.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  while (!(await reflectionHeading(page).isVisible())) {
    await choose(page, 1);
    events += 1;
    expect(events).toBeLessThan(40);
  }
  await page.getByRole('textbox', { name: 'Your reflection' }).fill('I went back once, and kept going offline.');
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: `Debrief: ${scenario.title}` })).toBeVisible();

  const recorded = page.getByText(/^Your recorded score: \d+, (Beginning|Developing|Competent|Proficient)$/);
  await expect(recorded).toBeVisible(SYNC);
  const [, score, band] = /(\d+), (\w+)$/.exec((await recorded.innerText()).trim())!;
  // The server's replay of the recorded choices scores what the player scored.
  await expect(page.getByText(new RegExp(`Overall ${score} / 100`))).toBeVisible();
  await expect(recordStatus(page, /^Saved to your record$/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const listed = await page.request.get('/api/attempts');
  expect(listed.status()).toBe(200);
  const { attempts } = (await listed.json()) as {
    attempts: {
      scenario: string;
      status: string;
      overall: number;
      band: string;
      mode: string;
      lastSeq: number;
      reflection: string;
    }[];
  };
  const mine = attempts.filter((a) => a.reflection === 'I went back once, and kept going offline.');
  expect(mine).toHaveLength(1);
  const [attempt] = mine;
  expect(attempt).toMatchObject({
    scenario: scenario.slug,
    status: 'completed',
    mode: 'practice',
    reflection: 'I went back once, and kept going offline.',
  });
  expect(Math.round(attempt!.overall)).toBe(Number(score));
  expect(attempt!.band.toLowerCase()).toBe(band!.toLowerCase());
  // Every choice, the one taken back included, then the completion: each stored once.
  expect(attempt!.lastSeq).toBe(events + 1);
  // Nothing was refused or out of sequence on the way.
  expect(answers.filter((a) => a.method === 'POST' && a.status >= 300)).toEqual([]);

  // The history lists it with the server's score, and its past debrief opens.
  await page.goto('/history/');
  const row = page
    .getByRole('table', { name: /Your attempts/ })
    .getByRole('row')
    .filter({ hasText: scenario.title })
    .filter({ has: page.getByRole('cell', { name: String(score), exact: true }) });
  await expect(row.first()).toBeVisible();
  await row.first().getByRole('link').first().click();
  await expect(page.getByText('Scored by the server from the recorded choices.')).toBeVisible();
  await expect(page.getByText('I went back once, and kept going offline.')).toBeVisible();
});

test('a guest plays to the debrief, nothing is sent to the attempts API, and no request fails', async ({ page }) => {
  const attemptRequests: string[] = [];
  const me: unknown[] = [];
  const failed: string[] = [];
  page.on('request', (r: Request) => {
    if (new URL(r.url()).pathname.startsWith('/api/attempts')) attemptRequests.push(`${r.method()} ${r.url()}`);
  });
  page.on('response', (r: Response) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
    // A page reloaded before the answer was read has no body to give: only the answers that can be read count.
    if (new URL(r.url()).pathname === '/api/me')
      r.json().then(
        (body) => me.push(body),
        () => {},
      );
  });
  // A request the page itself abandoned (a reload or a navigation while it was under way) has not failed.
  page.on('requestfailed', (r: Request) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      failed.push(`${r.failure()?.errorText} ${r.method()} ${new URL(r.url()).pathname}`);
  });
  await beginScenario(page, scenario.slug, 'Practice');
  while (!(await reflectionHeading(page).isVisible())) await choose(page, 1);
  await page.getByRole('textbox', { name: 'Your reflection' }).fill('A guest reflection.');
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: `Debrief: ${scenario.title}` })).toBeVisible();
  await expect(page.getByText(/Overall \d+ \/ 100/)).toBeVisible();
  // The player asked who was playing, was told nobody (an answer, not an error), and recorded nothing.
  expect(me.length).toBeGreaterThan(0);
  expect(me.every((body) => JSON.stringify(body) === '{"user":null}')).toBe(true);
  expect(failed).toEqual([]);
  await expect(page.getByText(/recorded score/)).toHaveCount(0);
  await expect(recordStatus(page, /record|Saving|Offline/)).toHaveCount(0);
  expect(attemptRequests).toEqual([]);
});
