/**
 * Respond-first in review (issue 16): a trainee's attempt, played respond-first for an assignment that requires it,
 * is recorded through the JSON API the player uses (the typed words sent with each choice); the demo supervisor
 * opens its review, finds the words beside the option picked, rates one (+2 with a note) with the page's plain
 * form, and changes the rating; the trainee, in a second browser context, reads the words and the rating in their
 * past debrief. Both pages pass axe and do not scroll sideways at 320 px. A second test plays such an assignment in
 * the player itself, signed in, from the dashboard's Start to the recorded score, and the supervisor rates what the
 * trainee typed there.
 */
import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import {
  boundariesScenario,
  cohortWithAssignment,
  DEMO,
  expectNoSeriousAxeViolations,
  noSidewaysScroll,
  post,
  signedInContext,
  testOrigin,
} from './support.ts';

const scenario = boundariesScenario();

/** Plays the scenario respond-first through the JSON API, typing `wordsAt(point)` before each choice. */
async function recordRespondFirst(
  request: APIRequestContext,
  slug: string,
  assignmentId: string,
  wordsAt: (point: number) => string,
) {
  const bundle = await (await request.get(`/scenarios/${slug}/bundle.json`)).json();
  const runner = new StoryRunner(bundle.ink);
  const id = randomUUID();
  const refused = await request.post('/api/attempts', {
    headers: { origin: testOrigin() },
    data: { id, scenario: slug, storyHash: bundle.hash, mode: 'assessment', assignmentId },
  });
  expect(refused.status(), 'the assignment requires respond-first').toBe(422);
  await post(request, '/api/attempts', {
    id,
    scenario: slug,
    storyHash: bundle.hash,
    mode: 'assessment',
    assignmentId,
    style: 'respond-first',
  });
  const picked: string[] = [];
  let seq = 0;
  let step = runner.step();
  for (let point = 0; step.options.length > 0; point++) {
    const option = step.options[0]!;
    picked.push(option.text);
    await post(request, `/api/attempts/${id}/events`, {
      eventId: randomUUID(),
      seq: ++seq,
      type: 'choice',
      point,
      index: option.index,
      text: option.text,
      response: wordsAt(point),
    });
    runner.choose(option.index);
    step = runner.step();
  }
  await post(request, `/api/attempts/${id}/events`, {
    eventId: randomUUID(),
    seq: seq + 1,
    type: 'complete',
    reflection: 'I wrote before I chose.',
  });
  return { id, picked };
}

test('a supervisor rates a typed response in the review; the trainee sees the rating in their debrief', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const sup = await signedInContext(browser, DEMO.supervisor);
  const trainee = await signedInContext(browser, { name: `Respond Trainee ${randomUUID().slice(0, 6)}` });
  try {
    const { assignment } = await cohortWithAssignment(
      sup.page,
      trainee.page,
      `Respond cohort ${randomUUID().slice(0, 6)}`,
      { title: 'Say it first', mode: 'assessment', respondFirst: 'required' },
    );
    const firstWords = `Thank you, that means a lot ${randomUUID().slice(0, 4)}`;
    const { id, picked } = await recordRespondFirst(trainee.page.request, scenario.slug, assignment.id, (point) =>
      point === 0 ? firstWords : `At choice ${point + 1} I would pause.`,
    );

    // The review: the words inside choice 1 of the record, beside the option picked; rate them.
    const page = sup.page;
    await page.goto(`/review/${id}/`);
    const choice1 = page.locator('#choice-1');
    const typed = choice1.getByRole('region', { name: 'Typed response at choice 1' });
    await expect(typed).toContainText(firstWords);
    await expect(typed).toContainText(picked[0]!);
    await expectNoSeriousAxeViolations(page);
    const rating = typed.getByRole('group', { name: 'Rate the typed response at choice 1' });
    await rating.getByRole('radio', { name: '+2 Excellent' }).check();
    await typed
      .getByRole('textbox', { name: 'Note on the typed response at choice 1 (optional)' })
      .fill('Warm, and it names the gift.');
    await typed.getByRole('button', { name: 'Save rating for choice 1' }).click();
    await expect(page).toHaveURL(new RegExp(`/review/${id}/#choice-1$`));
    const ratings = page.getByRole('list', { name: 'Ratings of the typed response at choice 1' });
    await expect(ratings).toContainText('+2 Excellent');
    await expect(ratings).toContainText('Warm, and it names the gift.');
    // Rating again replaces the rating: the form now offers to change it, prefilled.
    const change = typed.getByRole('group', { name: 'Change your rating of the typed response at choice 1' });
    await expect(change.getByRole('radio', { name: '+2 Excellent' })).toBeChecked();
    await change.getByRole('radio', { name: '+1 Helpful' }).check();
    await typed.getByRole('button', { name: 'Update rating for choice 1' }).click();
    await expect(ratings.getByRole('listitem')).toHaveCount(1);
    await expect(ratings).toContainText('+1 Helpful');
    await expectNoSeriousAxeViolations(page);

    // The trainee's past debrief: the words, the option picked and the rating with its note, no form.
    const mine = trainee.page;
    await mine.goto(`/attempts/${id}/`);
    await expect(mine.getByRole('heading', { name: 'What you wrote first' })).toBeVisible();
    const theirs = mine.getByRole('region', { name: 'Typed response at choice 1' });
    await expect(theirs).toBeVisible();
    await expect(theirs).toContainText(firstWords);
    await expect(theirs).toContainText(picked[0]!);
    await expect(theirs.getByRole('list', { name: 'Ratings of the typed response at choice 1' })).toContainText(
      '+1 Helpful',
    );
    await expect(theirs).toContainText('Warm, and it names the gift.');
    await expect(mine.getByRole('group', { name: /Rate the typed response/ })).toHaveCount(0);
    await expect(mine.getByRole('region', { name: 'Typed response at choice 2' })).toContainText('Not rated yet.');
    await expectNoSeriousAxeViolations(mine);
    await mine.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(mine);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/review/${id}/`);
    await noSidewaysScroll(page);

    // Item analysis: what trainees wrote at each point, with the option picked and the rating.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/analytics/${scenario.slug}/`);
    const details = page.locator('details.typed').filter({ hasText: firstWords });
    await expect(details).toHaveCount(1);
    await details.locator('summary').click();
    const entry = details.getByRole('listitem').filter({ hasText: firstWords });
    await expect(entry).toBeVisible();
    await expect(entry).toContainText(picked[0]!);
    await expect(entry).toContainText('+1 Helpful');
    await expectNoSeriousAxeViolations(page);
  } finally {
    await sup.context.close();
    await trainee.context.close();
  }
});

/** Plays a respond-first assignment in the player as the trainee would: writes at each point, then picks a marked option. */
async function playRespondFirstInBrowser(page: Page, assignmentTitle: string, wordsAt: (point: number) => string) {
  await page.goto('/dashboard/');
  await page.getByRole('link', { name: `Start ${scenario.title} (${assignmentTitle})` }).click();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  // Required by the assignment: said, not offered as a choice.
  await expect(page.getByText(/This assignment is played respond first/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Respond first' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Begin the session' }).click();
  const box = page.getByRole('textbox', { name: `What would you say to ${scenario.client}?` });
  const choices = page.getByRole('group', { name: 'Pick the option closest to what you meant' });
  const ended = page.getByRole('heading', { name: /The session has ended/ });
  const picked: string[] = [];
  for (let point = 0; point < 40; point++) {
    await expect(box.or(ended).first()).toBeVisible();
    if (await ended.isVisible()) break;
    await box.fill(wordsAt(point));
    await box.press('Control+Enter');
    await expect(choices).toBeVisible();
    // The closest option where the matcher marks one (words that share nothing with any option mark none), else the first.
    const marked = choices.getByRole('button').filter({ hasText: 'Closest to what you wrote' });
    const option =
      (await marked.count()) > 0
        ? marked.first()
        : choices.getByRole('button').filter({ hasNotText: 'Go back' }).first();
    picked.push((await option.innerText()).replace('Closest to what you wrote', '').trim());
    await option.click();
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next.or(box).or(ended).first()).toBeVisible();
    if (await next.isVisible()) await next.click();
  }
  await expect(ended).toBeVisible();
  await page.getByRole('textbox', { name: 'Your reflection' }).fill('Writing first made me slower and kinder.');
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByText('Your recorded score:')).toBeVisible({ timeout: 20_000 });
  return picked;
}

test('a trainee plays a required respond-first assignment in the browser; the supervisor rates what they wrote; the trainee reads the rating', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const sup = await signedInContext(browser, DEMO.supervisor);
  const trainee = await signedInContext(browser, { name: `Browser Trainee ${randomUUID().slice(0, 6)}` });
  try {
    const title = `Write it first ${randomUUID().slice(0, 4)}`;
    await cohortWithAssignment(sup.page, trainee.page, `Write first ${randomUUID().slice(0, 6)}`, {
      title,
      mode: 'practice',
      respondFirst: 'required',
    });
    const firstWords = `That is kind of you, and I want to think about it with you ${randomUUID().slice(0, 4)}`;
    await playRespondFirstInBrowser(trainee.page, title, (point) =>
      point === 0 ? firstWords : `I would slow down here and ask what this means for you (${point + 1}).`,
    );

    // The attempt, from the trainee's dashboard: its debrief link names the attempt.
    await trainee.page.goto('/dashboard/');
    const debrief = trainee.page.getByRole('link', { name: `Debrief of ${scenario.title} (${title})` });
    const href = (await debrief.getAttribute('href')) ?? '';
    const id = /\/attempts\/([^/]+)\//.exec(href)?.[1] ?? '';
    expect(id, href).not.toBe('');

    const page = sup.page;
    await page.goto(`/review/${id}/`);
    const typed = page.locator('#choice-1').getByRole('region', { name: 'Typed response at choice 1' });
    await expect(typed).toContainText(firstWords);
    await typed.getByRole('radio', { name: '+2 Excellent' }).check();
    await typed.getByRole('button', { name: 'Save rating for choice 1' }).click();
    await expect(page.getByRole('list', { name: 'Ratings of the typed response at choice 1' })).toContainText(
      '+2 Excellent',
    );

    await trainee.page.goto(`/attempts/${id}/`);
    const theirs = trainee.page.getByRole('region', { name: 'Typed response at choice 1' });
    await expect(theirs).toContainText(firstWords);
    await expect(theirs.getByRole('list', { name: 'Ratings of the typed response at choice 1' })).toContainText(
      '+2 Excellent',
    );
    await expectNoSeriousAxeViolations(trainee.page);
  } finally {
    await sup.context.close();
    await trainee.context.close();
  }
});
