/**
 * Issue 13: assignments keep their promises. A scenario opened for an assignment is played in the assignment's mode
 * (no choice offered); every action that would use one of its attempts says so first, with how many are left, and
 * does nothing until confirmed; with none left the page says so before play begins and offers practice that is not
 * recorded for the assignment. While playing, the progress and the record's status stay in view without covering
 * what has focus; after a reload focus lands on Resume; and a guest's scenario page makes no request that fails.
 * Each at 1280 and at 320 px, with axe.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser, type Page, type Request } from '@playwright/test';
import {
  boundariesScenario,
  cohortWithAssignment,
  DEMO,
  expectNoSeriousAxeViolations,
  noSidewaysScroll,
  playToDebrief,
  recordAttempt,
  responseGroup,
  signInByApi,
  signUpByApi,
} from './support.ts';

const scenario = boundariesScenario();

/** A new trainee in a new cohort, given one assignment of the scenario; returns their page and the assignment. */
async function assignedTrainee(
  browser: Browser,
  width: number,
  assignment: { title: string; mode: 'practice' | 'assessment'; attemptsAllowed: number | null },
) {
  const supervisor = await browser.newContext();
  await signInByApi(supervisor, DEMO.supervisor);
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  await signUpByApi(context, 'Credit Trainee');
  const made = await cohortWithAssignment(supervisor, context, `Credit cohort ${randomUUID().slice(0, 6)}`, {
    ...assignment,
    passMarks: {},
  });
  await supervisor.close();
  const id = made.assignment.id;
  const page = await context.newPage();
  /** Every attempt the page starts, with the assignment it names (null for none). */
  const starts: (string | null)[] = [];
  page.on('request', (r: Request) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/attempts')
      starts.push(r.postDataJSON().assignmentId ?? null);
  });
  const url = (assess = false) =>
    `/scenarios/${scenario.slug}/${assess ? 'assess/' : ''}?assignment=${id}&mode=${assignment.mode}`;
  return { context, page, id, starts, url };
}

const dialog = (page: Page) => page.getByRole('dialog');
/** The window's height in the sticky bar's test. */
const HEIGHT = 480;

for (const width of [1280, 320]) {
  test.describe(`at ${width} px`, () => {
    test('an assigned practice scenario: the mode is fixed, each new attempt warns with what is left, and with none left it is practice', async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      const title = `Gift, twice (${width})`;
      const { context, page, starts, url } = await assignedTrainee(browser, width, {
        title,
        mode: 'practice',
        attemptsAllowed: 2,
      });
      try {
        await page.goto(url());
        await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
        // The mode is the assignment's: none is offered, and the briefing says what beginning costs.
        await expect(page.getByRole('group', { name: 'Mode' })).toHaveCount(0);
        await expect(page.getByText('This assignment is set in practice mode')).toBeVisible();
        await expect(
          page.getByRole('note').filter({
            hasText: `This attempt counts for “${title}”. You have 2 of 2 attempts left for this scenario, and beginning uses one.`,
          }),
        ).toBeVisible();
        await expectNoSeriousAxeViolations(page);
        await noSidewaysScroll(page);
        await page.getByRole('button', { name: 'Begin the session' }).click();
        await expect(responseGroup(page)).toBeVisible();
        await playToDebrief(page, scenario.title);
        expect(starts).toEqual([expect.any(String)]);

        // Try again says what it costs first; cancelling starts nothing.
        await page.getByRole('button', { name: 'Try again' }).click();
        await expect(dialog(page)).toBeVisible();
        await expect(dialog(page).getByRole('heading', { name: 'This uses one of your attempts' })).toBeVisible();
        await expect(dialog(page)).toContainText(
          `“Try again” starts a new attempt for “${title}”. You have 1 of 2 attempts left for this scenario; this uses one, leaving 0.`,
        );
        await expect(dialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
        await expectNoSeriousAxeViolations(page);
        await page.keyboard.press('Escape');
        await expect(dialog(page)).toHaveCount(0);
        await expect(page.getByRole('heading', { name: `Debrief: ${scenario.title}` })).toBeVisible();

        // Replay from choice 2 warns the same way; confirmed, it begins the last attempt, for the assignment.
        await page.getByText(/^The full record/).click();
        await page.getByRole('button', { name: 'Replay from choice 2' }).click();
        await expect(dialog(page)).toContainText(
          `“Replay from choice 2” starts a new attempt for “${title}”. You have 1 of 2 attempts left`,
        );
        await page.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog(page)).toHaveCount(0);
        expect(starts).toHaveLength(1);
        await page.getByRole('button', { name: 'Replay from choice 2' }).click();
        await dialog(page).getByRole('button', { name: 'Use an attempt' }).click();
        await expect(responseGroup(page)).toBeVisible();
        await expect.poll(() => starts.length).toBe(2);
        expect(starts[1]).toBe(starts[0]);
        await expect(page.getByText('Practice: not recorded for')).toHaveCount(0);
        await playToDebrief(page, scenario.title);

        // None left: Try again says so, and what follows is practice, not recorded for the assignment.
        await page.getByRole('button', { name: 'Try again' }).click();
        await expect(dialog(page).getByRole('heading', { name: 'No attempts left for this assignment' })).toBeVisible();
        await expect(dialog(page)).toContainText(
          `You have used all 2 attempts “${title}” allows for this scenario. “Try again” will be practice: it will not be recorded for the assignment.`,
        );
        await expectNoSeriousAxeViolations(page);
        await dialog(page).getByRole('button', { name: 'Practise, not recorded for the assignment' }).click();
        await expect(responseGroup(page)).toBeVisible();
        await expect(page.getByText(`Practice: not recorded for “${title}”`)).toBeVisible();
        await expect.poll(() => starts.length).toBe(3);
        expect(starts[2]).toBeNull();
        await expectNoSeriousAxeViolations(page);

        // A fresh visit says so before play begins, and offers practice that is clearly not for the assignment.
        await page.evaluate(() => localStorage.removeItem(`rapport:progress:${location.pathname.split('/')[2]}`));
        await page.goto(url());
        const none = page
          .getByRole('note')
          .filter({ has: page.getByRole('heading', { name: `No attempts left for “${title}”` }) });
        await expect(none).toBeVisible();
        await expect(none).toContainText('You have used all 2 attempts this assignment allows for this scenario');
        await expect(page.getByRole('button', { name: 'Begin the session' })).toHaveCount(0);
        await expectNoSeriousAxeViolations(page);
        await noSidewaysScroll(page);
        await page.getByRole('button', { name: 'Practise, not recorded for the assignment' }).click();
        await expect(responseGroup(page)).toBeVisible();
        await expect.poll(() => starts.length).toBe(4);
        expect(starts[3]).toBeNull();
      } finally {
        await context.close();
      }
    });

    test('an assessment with no attempts left says so on its sealed page before play, and links to practice instead', async ({
      browser,
    }) => {
      const title = `Sealed once (${width})`;
      const { context, page, id, starts, url } = await assignedTrainee(browser, width, {
        title,
        mode: 'assessment',
        attemptsAllowed: 1,
      });
      try {
        await recordAttempt(context.request, scenario.slug, { assignmentId: id });
        await page.goto(url(true));
        const none = page
          .getByRole('note')
          .filter({ has: page.getByRole('heading', { name: `No attempts left for “${title}”` }) });
        await expect(none).toBeVisible();
        await expect(page.getByRole('button', { name: /Begin|Practise/ })).toHaveCount(0);
        await expectNoSeriousAxeViolations(page);
        await noSidewaysScroll(page);
        await none.getByRole('link', { name: 'practise this scenario' }).click();
        await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.slug}/$`));
        await expect(page.getByRole('group', { name: 'Mode' })).toBeVisible();
        expect(starts).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('the progress and the record’s status stay in view without covering what has focus, and a reload focuses Resume', async ({
      browser,
    }) => {
      const { context, page, url } = await assignedTrainee(browser, width, {
        title: `Sticky (${width})`,
        mode: 'practice',
        attemptsAllowed: null,
      });
      try {
        // A short window, so that a few choices make a page to scroll at either width.
        await page.setViewportSize({ width, height: HEIGHT });
        await page.goto(url());
        await page.getByRole('button', { name: 'Begin the session' }).click();
        const bar = page.locator('.bar');
        for (let i = 0; i < 4; i++) {
          await expect(responseGroup(page)).toBeVisible();
          await page.keyboard.press('1');
          await page.getByRole('button', { name: 'Continue' }).click();
        }
        await expect(responseGroup(page)).toBeFocused();
        await expect(page.getByRole('status').filter({ hasText: /^Saved to your record$/ })).toBeVisible({
          timeout: 20_000,
        });
        // Scrolled to the end of a long conversation, the bar is still at the top of the viewport...
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const box = (await bar.boundingBox())!;
        expect(box.y).toBeLessThanOrEqual(1);
        await expect(bar.getByText(/\d+ of about/)).toBeInViewport();
        await expect(bar.getByText('Saved to your record')).toBeInViewport();
        // ...small enough to leave room to read...
        expect(box.height).toBeLessThan(HEIGHT / 4);
        // ...and whatever takes focus is scrolled clear of it: each option the page can scroll to lie just under the
        // bar, then reached by Tab from the element before it.
        let checked = 0;
        const options = await responseGroup(page).getByRole('button').all();
        for (const [i, option] of options.entries()) {
          const before = i === 0 ? responseGroup(page) : options[i - 1]!;
          await option.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 4));
          await before.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }));
          // Near the end of the page there may be no scrolling that far: then nothing covers it.
          if ((await option.boundingBox())!.y >= box.height) continue;
          await page.keyboard.press('Tab');
          await expect(option).toBeFocused();
          await expect
            .poll(async () => (await option.boundingBox())!.y, { message: 'the focused option is clear of the bar' })
            .toBeGreaterThanOrEqual(box.height - 1);
          checked += 1;
        }
        expect(checked, 'options tried under the bar').toBeGreaterThan(0);
        await noSidewaysScroll(page);
        await expectNoSeriousAxeViolations(page);

        await page.reload();
        await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(responseGroup(page)).toBeVisible();
      } finally {
        await context.close();
      }
    });

    test('a finished conversation is offered back as finished, with its debrief, not as in progress', async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      try {
        await page.goto(`/scenarios/${scenario.slug}/`);
        await page.getByRole('button', { name: 'Begin the session' }).click();
        await playToDebrief(page, scenario.title);
        await page.reload();
        await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
        await expect(page.getByText(/^You finished a conversation with /)).toBeVisible();
        await expect(page.getByText(/in progress/)).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'See your debrief' })).toBeFocused();
        await expectNoSeriousAxeViolations(page);
        await page.keyboard.press('Enter');
        await expect(page.getByRole('heading', { name: `Debrief: ${scenario.title}` })).toBeVisible();
      } finally {
        await context.close();
      }
    });

    test('a guest’s scenario page makes no request that fails, and an assignment’s link tells a guest it will not count', async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`);
      });
      // A request the page itself abandoned (a reload or a navigation while it was under way) has not failed.
      page.on('requestfailed', (r) => {
        if (r.failure()?.errorText !== 'net::ERR_ABORTED')
          failed.push(`${r.failure()?.errorText} ${r.method()} ${new URL(r.url()).pathname}`);
      });
      try {
        await page.goto(`/scenarios/${scenario.slug}/`);
        await page.getByRole('button', { name: 'Begin the session' }).click();
        await expect(responseGroup(page)).toBeVisible();
        await page.keyboard.press('1');
        await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
        await page.goto(`/scenarios/${scenario.slug}/?assignment=${randomUUID()}&mode=practice`);
        await page.getByRole('button', { name: 'Start again' }).click();
        await expect(
          page
            .getByRole('note')
            .filter({ hasText: 'You are not signed in, so this attempt will not count for your assignment.' }),
        ).toBeVisible();
        await expectNoSeriousAxeViolations(page);
        expect(failed).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
}
