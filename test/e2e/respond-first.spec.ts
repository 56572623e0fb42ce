/**
 * Respond-first play in the browser (issue 16), by keyboard only: chosen on the briefing, a response written at
 * each point before the options are shown, the closest option marked, picked by its number key, and the typed
 * words in the debrief beside the option picked. At 1280 and 320 px, with axe; a reload mid-response keeps the
 * draft; and the ordinary page never fetches the matcher.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import { boundariesScenario, expectNoSeriousAxeViolations, tabTo } from './support.ts';

const scenario = boundariesScenario();
const box = (page: Page) => page.getByRole('textbox', { name: `What would you say to ${scenario.client}?` });
const choices = (page: Page) => page.getByRole('group', { name: 'Pick the option closest to what you meant' });
const badge = 'Closest to what you wrote';

/** Opens the briefing with nothing saved, and begins respond-first in `mode` by keyboard. */
async function beginRespondFirst(page: Page, mode: 'Practice' | 'Assessment') {
  await page.goto(`/scenarios/${scenario.slug}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  // A radio group is one Tab stop, on the checked radio (Practice); the arrow keys move within it.
  await tabTo(page, page.getByRole('radio', { name: /^Practice/ }));
  if (mode === 'Assessment') await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: new RegExp(`^${mode}`) })).toBeChecked();
  const respondFirst = page.getByRole('checkbox', { name: 'Respond first' });
  await tabTo(page, respondFirst);
  await page.keyboard.press('Space');
  await expect(respondFirst).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Begin the session' }));
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeFocused();
}

/** The story as the server built it, run beside the page so the test can write words close to one option. */
async function runner(page: Page): Promise<StoryRunner> {
  const bundle = (await (await page.request.get(`/scenarios/${scenario.slug}/bundle.json`)).json()) as ScenarioBundle;
  return new StoryRunner(bundle.ink as object);
}

test('plays a scenario respond-first by keyboard: writes, sees the closest marked, picks, and reads the words in the debrief', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await beginRespondFirst(page, 'Practice');
  const story = await runner(page);
  const ended = page.getByRole('heading', { name: /The session has ended/ });
  const written: string[] = [];
  let step = story.step();
  while (step.options.length > 0) {
    const n = written.length;
    await expect(box(page)).toBeFocused();
    if (n === 0) {
      // Too short first: the options stay hidden, and the count says how far there is to go.
      await page.keyboard.type('I hear you');
      await expect(page.getByText('10 / 15 characters at least')).toBeVisible();
      await page.keyboard.press('Control+Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'Write at least 15 characters first' })).toBeVisible();
      await expect(choices(page)).toHaveCount(0);
      await expectNoSeriousAxeViolations(page);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
    }
    // Words close to one option (taken from the story, in its own order, not the order on screen).
    const target = step.options[n % step.options.length]!;
    const words = `${target.text} (in my own words)`;
    await page.keyboard.type(words);
    await page.keyboard.press('Control+Enter');
    await expect(choices(page)).toBeFocused();
    await expect(choices(page).getByText(`“${words}”`)).toBeVisible();
    const marked = choices(page).getByRole('button').filter({ hasText: badge });
    await expect(marked.first()).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: /options shown; \d marked as closest to what you wrote/ }),
    ).toHaveCount(1);
    if (n === 0) await expectNoSeriousAxeViolations(page);
    // Number keys follow the order shown: press the marked option's.
    const index = Number(await marked.first().getAttribute('data-index'));
    const buttons = choices(page).getByRole('button').filter({ hasNotText: 'Go back' });
    const place = (await buttons.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-index'))))).indexOf(
      index,
    );
    expect(place).toBeGreaterThanOrEqual(0);
    await page.keyboard.press(String(place + 1));
    written.push(words);
    story.choose(index);
    step = story.step();
    const next = page.getByRole('button', { name: 'Continue' });
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
    expect(written.length).toBeLessThan(40);
  }
  await expect(ended).toBeVisible();
  expect(written.length).toBeGreaterThanOrEqual(3);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Your reflection' })).toBeFocused();
  await page.keyboard.type('Writing first slowed me down.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: `Debrief: ${scenario.title}` })).toBeVisible();
  await expect(page.getByText(/Practice mode, respond first/)).toBeVisible();
  const summary = page.getByText(/^The full record: /);
  await tabTo(page, summary, 200);
  await page.keyboard.press('Enter');
  const record = page.getByRole('region', { name: 'Your choices, and the roads not taken' });
  await expect(record.getByText('You wrote first:')).toHaveCount(written.length);
  for (const words of written) await expect(record.getByText(`“${words}”`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The matcher came in its own chunks, fetched for this style.
  expect(
    scripts.some((u) => /wink/i.test(u)),
    scripts.join('\n'),
  ).toBe(true);
});

test('at 320 px: writes and picks without sideways scrolling, axe-clean, in assessment mode', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await beginRespondFirst(page, 'Assessment');
  const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noSideways()).toBe(true);
  await expectNoSeriousAxeViolations(page);
  const story = await runner(page);
  const first = story.step().options[0]!;
  await page.keyboard.type(first.text);
  await page.keyboard.press('Control+Enter');
  await expect(choices(page)).toBeFocused();
  await expect(choices(page).getByRole('button').filter({ hasText: badge }).first()).toBeVisible();
  expect(await noSideways()).toBe(true);
  await expectNoSeriousAxeViolations(page);
  // "None is close", then pick anyway with a number key: assessment goes straight on to writing again.
  const none = page.getByRole('checkbox', { name: /None of these is close/ });
  await tabTo(page, none);
  await page.keyboard.press('Space');
  await expect(none).toBeChecked();
  await page.keyboard.press('2');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('');
});

test('a reload mid-response keeps what was written', async ({ page }) => {
  await beginRespondFirst(page, 'Assessment');
  await page.keyboard.type('It sounds like this gift');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('It sounds like this gift');
  await page.keyboard.press('End');
  await page.keyboard.type(' means a lot to you.');
  await page.keyboard.press('Control+Enter');
  await expect(choices(page)).toBeFocused();
  await expect(choices(page).getByText('“It sounds like this gift means a lot to you.”')).toBeVisible();
});

test('the ordinary scenario page never fetches the matcher', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`/scenarios/${scenario.slug}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(page.getByRole('group', { name: 'Your response' })).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const u of scripts) expect(u).not.toMatch(/wink|ResponseComposer/i);
});
