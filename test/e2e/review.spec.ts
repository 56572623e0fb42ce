/**
 * Supervision in the browser: the demo supervisor opens a cohort's dashboard, a trainee's view and the
 * review of the trainee's attempt, pins a comment to choice 2 and one to the whole attempt, and marks the
 * attempt reviewed; the trainee, in a second browser context, is told of the new comments on their dashboard and history
 * and reads both in their debrief. The cohort, its invitation and assignment, the trainee and their attempt
 * are set up through the JSON API (as the pages would), the attempt played with the engine's StoryRunner.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type Browser } from '@playwright/test';
import {
  boundariesScenario,
  cohortWithAssignment,
  DEMO,
  expectNoSeriousAxeViolations,
  hydrated,
  noSidewaysScroll,
  recordAttempt,
  signedInContext,
  testOrigin,
  violations,
  watchViolations,
} from './support.ts';

const scenario = boundariesScenario();

/** A person's own browser context, signed in, whose tab records every content-security-policy violation it meets. */
async function watchedContext(browser: Browser, who: Parameters<typeof signedInContext>[1]) {
  const person = await signedInContext(browser, who);
  await watchViolations(person.page);
  return person;
}

test('a supervisor reviews a trainee’s attempt with pinned comments; the trainee sees them in the debrief', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const traineeName = `Review Trainee ${randomUUID().slice(0, 6)}`;
  const sup = await watchedContext(browser, DEMO.supervisor);
  const trainee = await watchedContext(browser, { name: traineeName });
  const stranger = await watchedContext(browser, { name: 'Another Trainee' });
  try {
    // The supervisor makes a cohort with an assignment; the trainee joins with the invite and plays it.
    const { cohort, assignment } = await cohortWithAssignment(
      sup.page,
      trainee.page,
      `Review cohort ${randomUUID().slice(0, 6)}`,
      { title: 'The gift', mode: 'assessment', passMarks: { boundaries: 100 } },
    );
    // Always the last option on offer, for an assignment.
    const attempt = await recordAttempt(trainee.page.request, scenario.slug, {
      assignmentId: assignment.id,
      pick: (n) => n - 1,
      reflection: 'I accepted the gift before asking what it meant.',
    });
    expect(attempt.points).toBeGreaterThanOrEqual(2);
    expect(
      attempt.domains.find((d) => d.id === 'boundaries')?.score ?? null,
      'the last options should score below 100 on boundaries',
    ).toBeLessThan(100);

    // The dashboard: a table-based heatmap with the trainee's row, sortable and filterable by keyboard.
    const page = sup.page;
    await page.goto(`/cohorts/${cohort.id}/dashboard/`);
    await expect(page.getByRole('heading', { level: 1, name: `Dashboard: ${cohort.name}` })).toBeVisible();
    await hydrated(page);
    const grid = page.getByRole('table', { name: /Best overall score per trainee and assignment/ });
    const row = grid.getByRole('row').filter({ has: page.getByRole('link', { name: traineeName, exact: true }) });
    await expect(row).toContainText('Completed');
    await expect(row).toContainText('Below pass: Boundaries');
    await expectNoSeriousAxeViolations(page);
    // Finding and filtering are a form the server answers (the dashboard pages over the whole cohort).
    await page.getByLabel('Find a trainee').fill('nobody-matches-this');
    await page.getByLabel('Find a trainee').press('Enter');
    await expect(grid).toContainText('No trainee matches these filters.');
    await page.getByLabel('Find a trainee').fill(traineeName);
    await page.getByLabel('Find a trainee').press('Enter');
    await expect(row).toBeVisible();
    await grid
      .getByRole('columnheader', { name: /^Trainee/ })
      .getByRole('link')
      .focus();
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('columnheader', { name: /^Trainee/ })).toHaveAttribute('aria-sort', 'descending');
    await page.getByLabel('Show').selectOption({ label: 'With critical incidents' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status').filter({ hasText: /trainees? shown/ })).toHaveText(
      `${attempt.incidents > 0 ? 1 : 0} of 1 trainee shown.`,
    );
    await page.getByLabel('Show').selectOption({ label: 'Below a pass mark' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(row).toBeVisible();
    await page.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await violations(page)).toEqual([]);

    // The trainee's view: chart and its data table, reflections, below the pass mark.
    await row.getByRole('link', { name: traineeName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: traineeName })).toBeVisible();
    await expect(page.getByRole('table', { name: /below the assignment’s pass mark/ })).toContainText('Boundaries');
    await expect(page.getByRole('img', { name: /Domain scores over/ })).toBeVisible();
    await expect(page.getByRole('table', { name: /Domain scores by attempt/ })).toBeVisible();
    await expect(page.getByText('I accepted the gift before asking what it meant.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await violations(page)).toEqual([]);

    // The review: transcript with options, score, reflection, branch map where there is one.
    await page.goto(`/cohorts/${cohort.id}/dashboard/`);
    await page.getByRole('link', { name: new RegExp(`^Review ${traineeName}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/review/${attempt.id}/$`));
    await expect(page.getByRole('heading', { level: 1, name: `Review: ${scenario.title}` })).toBeVisible();
    await expect(page.getByText('Not reviewed yet.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choice 2', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reflection', exact: true })).toBeVisible();
    // The branch map with the trainee's path and the strongest options, where the scenario has a map.
    await expect(page.getByRole('heading', { name: 'The trainee’s path through the conversation' })).toHaveCount(
      attempt.map ? 1 : 0,
    );
    if (attempt.map)
      await expect(
        page.getByRole('img', { name: /your path through \d+ choices is drawn over it, with the strongest option/ }),
      ).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Comment on choice 2').fill('Here, ask what the gift means to her before you decide.');
    await page.getByRole('button', { name: 'Pin comment to choice 2' }).click();
    await expect(page.getByRole('region', { name: 'Comments on choice 2' })).toContainText(
      'ask what the gift means to her',
    );
    await page.getByLabel('Comment on the whole attempt').fill('A careful reflection; well done for naming the rush.');
    await page.getByRole('button', { name: 'Add comment on the whole attempt' }).click();
    await expect(page.getByRole('region', { name: 'Comments on this attempt' })).toContainText('naming the rush');
    await page.getByRole('button', { name: 'Mark as reviewed' }).click();
    await expect(page.getByText(/^Reviewed by Demo Supervisor on/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as not reviewed' })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(page);
    expect(await violations(page)).toEqual([]);

    // The API agrees, and keeps others out.
    const comments = await (await page.request.get(`/api/attempts/${attempt.id}/comments`)).json();
    expect(comments.comments.map((c: { point: number | null }) => c.point)).toEqual([1, null]);
    expect((await stranger.page.request.get(`/api/attempts/${attempt.id}/comments`)).status()).toBe(404);
    expect((await stranger.page.request.get(`/api/attempts/${attempt.id}`)).status()).toBe(404);
    expect((await stranger.page.request.get(`/api/cohorts/${cohort.id}/dashboard`)).status()).toBe(404);
    expect((await stranger.page.goto(`/review/${attempt.id}/`))?.status()).toBe(404);
    expect(
      (
        await trainee.page.request.post(`/api/attempts/${attempt.id}/comments`, {
          headers: { origin: testOrigin() },
          data: { point: null, body: 'Self-praise.' },
        })
      ).status(),
    ).toBe(404);

    // The trainee is told on their history, and reads both comments in the debrief.
    const t = trainee.page;
    await t.goto('/dashboard/');
    await expect(t.getByRole('region', { name: '2 new comments from your supervisor' })).toBeVisible();
    await t.goto('/history/');
    const notice = t.getByRole('region', { name: '2 new comments from your supervisor' });
    await expect(notice).toBeVisible();
    await expectNoSeriousAxeViolations(t);
    await notice.getByRole('link', { name: scenario.title }).click();
    await expect(t).toHaveURL(new RegExp(`/attempts/${attempt.id}/$`));
    const whole = t.getByRole('region', { name: 'Comments from your supervisor' });
    await expect(whole).toContainText('naming the rush');
    await expect(whole).toContainText('New');
    await expect(t.getByRole('region', { name: 'Comments on choice 2' })).toContainText(
      'ask what the gift means to her',
    );
    await expectNoSeriousAxeViolations(t);
    expect(await violations(t)).toEqual([]);
    await t.goto('/history/');
    await expect(t.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
    await expect(t.getByRole('region', { name: /new comments? from your supervisor/ })).toHaveCount(0);
    expect(await (await t.request.get('/api/review/unseen')).json()).toEqual({ count: 0, attempts: [] });
    // The trainee cannot open the supervisor's review page.
    expect((await t.goto(`/review/${attempt.id}/`))?.status()).toBe(404);
  } finally {
    await Promise.all([sup.context.close(), trainee.context.close(), stranger.context.close()]);
  }
});
