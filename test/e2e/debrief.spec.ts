/**
 * The debrief teaches first (issue 13): the moments that mattered most lead, beside the reflection, then the scores
 * (only what was at stake) and the client's alliance with labelled axes, then the full record, collapsed. Played
 * in the browser on a scenario with critical incidents and on one without, checked against the engine's own choice
 * of moments; axe-clean at 1280 and 320 px; and the past debrief the server renders, the same way.
 */
import { expect, test, type Page } from '@playwright/test';
import { keyMoments } from '../../src/engine/key-moments.ts';
import { replayChoices } from '../../src/engine/replay.ts';
import type { Rubric } from '../../src/engine/rubric.ts';
import { bestOption, worstOption } from '../../src/engine/scoring.ts';
import { StoryRunner, type StoryOption } from '../../src/engine/story-runner.ts';
import {
  beginScenario,
  expectNoSeriousAxeViolations,
  noSidewaysScroll,
  recordAttempt,
  responseGroup,
  scenarios,
  signUpByApi,
} from './support.ts';

const WITH_INCIDENTS = 'after-hours';
const WITHOUT_INCIDENTS = 'her-decision';
const title = (slug: string) => scenarios().find((s) => s.slug === slug)!.title;

/**
 * Plays a scenario in the player, choosing at each point the option `choose` picks among those on offer (by its
 * ink index, whatever order the player shows them in), and the engine's key moments of that play.
 */
async function playBy(
  page: Page,
  slug: string,
  mode: 'Practice' | 'Assessment',
  choose: (rubric: Rubric, options: StoryOption[]) => number,
) {
  const bundle = (await (await page.request.get(`/scenarios/${slug}/bundle.json`)).json()) as {
    ink: object;
    rubric: Rubric;
    meta: { client: { name: string } };
  };
  const runner = new StoryRunner(structuredClone(bundle.ink));
  await beginScenario(page, slug, mode);
  const recorded: { point: number; index: number }[] = [];
  for (let step = runner.step(); !step.ended; step = runner.step()) {
    const option = step.options[choose(bundle.rubric, step.options)]!;
    await responseGroup(page).locator(`button[data-index="${option.index}"]`).click();
    if (mode === 'Practice') await page.getByRole('button', { name: 'Continue' }).click();
    recorded.push({ point: recorded.length, index: option.index });
    runner.choose(option.index);
    expect(recorded.length).toBeLessThan(60);
  }
  await expect(page.getByRole('heading', { name: /The session has ended/ })).toBeVisible();
  const replay = replayChoices(structuredClone(bundle.ink), recorded, { allowRewind: false });
  const moments = keyMoments(bundle.rubric, replay.points, {
    alliance: replay.alliance,
    clientName: bundle.meta.client.name,
  });
  return { replay, moments, choices: recorded.length };
}

const words = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => (el as HTMLElement).innerText.split(/\s+/).filter(Boolean).length);

/** Every piece of text in the element is drawn at 12 px or more (SVG text scaled as drawn). */
async function smallestText(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((root) => {
      let smallest = Infinity;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || !node.textContent?.trim() || !el.checkVisibility()) continue;
        const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(el).fontSize) * scale);
      }
      return smallest;
    });
}

test('with critical incidents: the moments lead, the incidents among them, and the record waits behind a summary', async ({
  page,
}) => {
  const played = await playBy(page, WITH_INCIDENTS, 'Assessment', worstOption);
  const criticals = played.replay.points.flatMap((p, n) => (p.options[p.chosen]!.evidence.critical ? [n + 1] : []));
  expect(criticals.length).toBeGreaterThan(0);
  await page
    .getByRole('textbox', { name: 'Your reflection' })
    .fill('I said yes to keep her close, and lost the frame.');
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: `Debrief: ${title(WITH_INCIDENTS)}` })).toBeVisible();

  // The moments come first: the ones the engine picks, each with the client's line, what was said and a stronger response.
  const moments = page.getByRole('region', { name: 'The moments that mattered' });
  await expect(moments).toBeVisible();
  const headings = moments.getByRole('heading', { level: 4 });
  await expect(headings).toHaveCount(played.moments.length);
  expect(played.moments.length).toBe(3);
  const texts = await headings.allInnerTexts();
  expect(texts.map((t) => Number(/^Choice (\d+):/.exec(t)![1]))).toEqual(played.moments.map((m) => m.point + 1));
  for (const t of texts) expect(criticals).toContain(Number(/^Choice (\d+):/.exec(t)![1]));
  expect(texts.every((t) => /an ethics line crossed/.test(t))).toBe(true);
  const first = moments.getByRole('listitem').first();
  await expect(first.getByRole('blockquote')).toContainText(played.moments[0]!.clientLine!.text);
  await expect(first).toContainText(`You said: “${played.moments[0]!.said.text}”`);
  await expect(first).toContainText(`A stronger response: “${played.moments[0]!.stronger!.text}”`);
  // The reflection beside them.
  const reflection = page.getByRole('region', { name: 'Your reflection' });
  await expect(reflection).toContainText('lost the frame');
  const [m, r] = [await moments.boundingBox(), await reflection.boundingBox()];
  expect(r!.x).toBeGreaterThan(m!.x + m!.width - 1);

  // Then the scores, with only what was at stake, and the incidents not told twice.
  const scores = page.getByRole('region', { name: 'Your scores' });
  expect((await scores.boundingBox())!.y).toBeGreaterThan(m!.y + m!.height - 1);
  await expect(scores.getByRole('table', { name: /Scores by domain and criterion/ })).not.toContainText('not scored');
  await expect(scores.getByRole('heading', { name: 'Critical incidents' })).toBeVisible();
  await expect(scores.getByText('(told in full in the moments above)')).toHaveCount(played.moments.length);

  // The alliance: labelled axes, a caption that says what it is, a dot where a choice moved it.
  const chart = page.getByRole('figure', { name: /felt the working alliance went, choice by choice/ });
  await expect(chart).toContainText('not a score of the choices');
  await expect(
    chart.getByRole('img', { name: /^Line chart of bond, agreement on tasks and agreement on goals/ }),
  ).toBeVisible();
  await expect(chart.locator('.y-title')).toHaveText('Rating');
  await expect(chart.locator('.x-title')).toHaveText(/^Choice/);
  await expect(chart.locator('path.dot')).not.toHaveCount(0);

  // The full record is collapsed behind a summary that says what it holds.
  const record = page.getByText(
    new RegExp(`^The full record: all ${played.choices} choices beside the roads not taken`),
  );
  await expect(record).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your choices, and the roads not taken' })).toBeHidden();
  await expectNoSeriousAxeViolations(page);
  const collapsed = await words(page, 'section.debrief');
  console.log(
    `debrief of ${WITH_INCIDENTS} (${played.choices} choices): ${collapsed} words shown before the record is opened`,
  );
  expect(collapsed).toBeLessThan(2_500);

  // A moment's link opens the record at its choice.
  await first.getByRole('link', { name: `Choice ${played.moments[0]!.point + 1} in the full record` }).click();
  await expect(
    page.getByRole('heading', { name: `Choice ${played.moments[0]!.point + 1}`, exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Choice \d+$/ })).toHaveCount(played.choices);

  expect(await smallestText(page, 'section.debrief')).toBeGreaterThanOrEqual(12);
  await page.setViewportSize({ width: 320, height: 700 });
  await noSidewaysScroll(page);
  expect(await smallestText(page, 'section.debrief')).toBeGreaterThanOrEqual(12);
  await expectNoSeriousAxeViolations(page);
});

test('without critical incidents: no incident is named, and a rewind is counted in the singular', async ({ page }) => {
  // Take the first choice back once, then play the strongest option everywhere.
  await beginScenario(page, WITHOUT_INCIDENTS, 'Practice');
  await responseGroup(page).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Go back and choose differently' }).click();
  await expect(responseGroup(page)).toBeVisible();
  const bundle = (await (await page.request.get(`/scenarios/${WITHOUT_INCIDENTS}/bundle.json`)).json()) as {
    ink: object;
    rubric: Rubric;
    meta: { client: { name: string } };
  };
  const runner = new StoryRunner(structuredClone(bundle.ink));
  const recorded: { point: number; index: number }[] = [];
  for (let step = runner.step(); !step.ended; step = runner.step()) {
    const option = step.options[bestOption(bundle.rubric, step.options)]!;
    await responseGroup(page).locator(`button[data-index="${option.index}"]`).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    recorded.push({ point: recorded.length, index: option.index });
    runner.choose(option.index);
  }
  const replay = replayChoices(structuredClone(bundle.ink), recorded, { allowRewind: false });
  expect(replay.points.some((p) => p.options[p.chosen]!.evidence.critical)).toBe(false);
  const expected = keyMoments(bundle.rubric, replay.points, {
    alliance: replay.alliance,
    clientName: bundle.meta.client.name,
  });
  await page.getByRole('textbox', { name: 'Your reflection' }).fill('I followed her lead.');
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: `Debrief: ${title(WITHOUT_INCIDENTS)}` })).toBeVisible();
  await expect(page.getByText(`Practice mode · ${recorded.length} choices · 1 rewind`, { exact: false })).toBeVisible();
  await expect(page.getByText(/1 rewinds/)).toHaveCount(0);

  const moments = page.getByRole('region', { name: 'The moments that mattered' });
  await expect(moments.getByRole('heading', { level: 4 })).toHaveCount(expected.length);
  await expect(moments).not.toContainText('an ethics line crossed');
  await expect(moments).not.toContainText('A stronger response');
  if (expected.length === 0) await expect(moments).toContainText('No moment stood out');
  else
    await expect(moments.getByText('Yours was as strong a response as any on offer here.')).toHaveCount(
      expected.length,
    );
  await expect(page.getByRole('heading', { name: 'Critical incidents' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  // The record opens, and replaying from a choice still works from inside it.
  await page.getByText(/^The full record: all \d+ choices/).click();
  await page.getByRole('button', { name: 'Replay from choice 2' }).click();
  await expect(responseGroup(page)).toBeVisible();
  // Back at the second choice point: the options on offer are its options.
  const offered = (await responseGroup(page).locator('button[data-index]').allInnerTexts())
    .map((t) => t.replace(/^\d+\s*/, '').trim())
    .sort();
  expect(offered).toEqual(replay.points[1]!.options.map((o) => o.text).sort());
  await page.setViewportSize({ width: 320, height: 700 });
  await noSidewaysScroll(page);
});

test('the past debrief the server renders leads with the moments, the reflection beside them, the record collapsed', async ({
  page,
}) => {
  await signUpByApi(page, 'Debrief Trainee');
  const attempt = await recordAttempt(page.request, WITH_INCIDENTS, {
    pick: (n) => n - 1,
    reflection: 'Looking back, I hurried.',
  });
  await page.goto(`/attempts/${attempt.id}/`);
  await expect(page.getByRole('heading', { level: 1, name: `Debrief: ${attempt.title}` })).toBeVisible();
  const moments = page.getByRole('region', { name: 'The moments that mattered' });
  await expect(moments.getByRole('heading', { level: 3 })).not.toHaveCount(0);
  const reflection = page.getByRole('region', { name: 'Reflection' });
  await expect(reflection).toContainText('Looking back, I hurried.');
  const [m, r] = [await moments.boundingBox(), await reflection.boundingBox()];
  expect(r!.x).toBeGreaterThan(m!.x + m!.width - 1);
  expect(Math.abs(r!.y - m!.y)).toBeLessThan(40);
  await expect(page.getByRole('heading', { name: 'Your choices, and the roads not taken' })).toBeHidden();
  expect(await page.locator('script').count()).toBe(0);
  await expectNoSeriousAxeViolations(page);
  console.log(
    `past debrief of ${WITH_INCIDENTS} (${attempt.points} choices): ${await words(page, 'main')} words shown before the record is opened`,
  );
  await page.getByText(/^The full record: all \d+ choices/).click();
  await expect(page.getByRole('heading', { name: 'Choice 1', exact: true })).toBeVisible();
  await page.setViewportSize({ width: 320, height: 700 });
  await noSidewaysScroll(page);
  expect(await smallestText(page, 'main')).toBeGreaterThanOrEqual(12);
  await expectNoSeriousAxeViolations(page);
});
