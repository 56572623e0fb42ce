import { expect, test, type Page } from '@playwright/test';
import {
  beginScenario,
  boundariesScenario,
  DEMO,
  expectNoSeriousAxeViolations,
  pick,
  signInByApi,
  signUpByApi,
} from './support.ts';

const scenario = boundariesScenario();
const mapPath = `/scenarios/${scenario.slug}/map/`;

/** True when the page itself scrolls sideways. */
const pageScrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The smallest text drawn in the map, in screen pixels (font size times the drawing's scale). */
const smallestMapText = (page: Page) =>
  page
    .locator('svg[role="img"]')
    .first()
    .evaluate((svg) =>
      Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1),
        ),
      ),
    );

test('the branch map page draws the scenario for educators, without JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  // The map shows every option's rubric reading: it is for educators (and trainees who have completed the scenario).
  await signInByApi(page, DEMO.educator);
  await page.goto(mapPath);
  await expect(page.getByRole('heading', { level: 1, name: `Branch map: ${scenario.title}` })).toBeVisible();
  const map = page.getByRole('img', {
    name: new RegExp(`^Branch map of ${scenario.title}: \\d+ passages, \\d+ options, \\d+ endings`),
  });
  await expect(map).toBeVisible();
  expect(await map.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');

  // The key names every kind of line, in words as well as in colour and pattern.
  const key = page.getByRole('list', { name: 'Key to the map' });
  await expect(key).toBeVisible();
  for (const text of ['Helps', 'Mixed or neutral', 'Hurts', 'Crosses an ethics line', 'An ending'])
    await expect(key).toContainText(text);

  // Passages are named for people: by a title or a line said there, never by the ink's names for them.
  const drawn = (await map.locator('text').allTextContents()).join(' ');
  expect(drawn).not.toMatch(/_|\b[cg]-\d+\b|[a-z]\.\d/);
  expect(drawn).toMatch(/“/);
  // Text is never drawn below 12 px.
  expect(await smallestMapText(page)).toBeGreaterThanOrEqual(12);

  // The whole map as a table: every arrow, and every ending of the story among the places they lead.
  await page.getByText('The map as a table').click();
  const table = page.getByRole('table', { name: /^Every arrow on the map/ });
  await expect(table).toBeVisible();
  const arrows = await map.locator(':scope > path[marker-end]').count();
  await expect(table.locator('tbody tr')).toHaveCount(arrows);
  const endings = await page.locator('svg[role="img"] .node.ending').count();
  expect(endings).toBeGreaterThanOrEqual(2);
  const ledTo = new Set(
    (await table.locator('tbody tr td:nth-of-type(2)').allTextContents()).filter((t) => t.startsWith('the ending “')),
  );
  expect(ledTo.size).toBe(endings);

  await expect(page.getByRole('link', { name: `Back to ${scenario.title}` })).toHaveAttribute(
    'href',
    `/scenarios/${scenario.slug}/`,
  );
  expect(scripts).toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
  await expectNoSeriousAxeViolations(page);
});

test('on a 320 px screen the map scrolls inside its own box, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInByApi(page, DEMO.educator);
  await page.goto(mapPath);
  const scroller = page.getByRole('group', { name: /Branch map of .* \(scrolls sideways\)/ });
  await expect(scroller).toBeVisible();
  expect(await pageScrollsSideways(page)).toBe(false);
  const box = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(box.scroll).toBeGreaterThan(box.client);
  // Reachable by keyboard, so it can be scrolled without a pointer.
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The map keeps its size rather than shrinking its text.
  expect(await smallestMapText(page)).toBeGreaterThanOrEqual(12);
  await expectNoSeriousAxeViolations(page);
});

test('the debrief shows the path taken over the branch map', async ({ page }) => {
  await beginScenario(page, scenario.slug, 'Assessment');
  const ended = page.getByRole('heading', { name: /The session has ended/ });
  let choices = 0;
  while (!(await ended.isVisible())) {
    await pick(page, (choices % 2) + 1);
    choices += 1;
    expect(choices).toBeLessThan(40);
  }
  await page.getByRole('textbox', { name: 'Your reflection' }).fill('The map shows where I went.');
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  // The map is part of the full record, collapsed under the moments and the scores.
  await page.getByText(/^The full record: .*, and the map$/).click();

  const section = page.getByRole('region', { name: 'Your path through the conversation' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Your path through the conversation' })).toBeVisible();
  const map = section.getByRole('img', { name: new RegExp(`your path through ${choices} choices is drawn over it`) });
  await expect(map).toBeVisible();
  const key = section.getByRole('list', { name: 'Key to the map' });
  await expect(key).toContainText('Your path');
  await expect(key).toContainText('Strongest options');

  // One numbered marker per choice, and the path in words, one step per choice, ending where the story ended.
  await expect(map.locator('.step')).toHaveCount(choices);
  await expect(map.locator('path.taken')).not.toHaveCount(0);
  await expect(map.locator('path.best')).not.toHaveCount(0);
  await section.getByText('Your path in words').click();
  const steps = section.locator('details ol > li');
  await expect(steps).toHaveCount(choices);
  await expect(steps.first()).toContainText('you chose');
  await expect(section.locator('details')).toContainText(/You reached the ending “.+”/);

  // At 320 px the map scrolls inside its own box, which stays within the screen, and so does the page.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(map).toBeVisible();
  const fits = await section.evaluate((el) => {
    const scroller = el.querySelector('.scroller')!;
    return {
      right: el.getBoundingClientRect().right,
      scrollerRight: scroller.getBoundingClientRect().right,
      scrolls: scroller.scrollWidth > scroller.clientWidth,
      width: document.documentElement.clientWidth,
    };
  });
  expect(fits.right).toBeLessThanOrEqual(fits.width);
  expect(fits.scrollerRight).toBeLessThanOrEqual(fits.width);
  expect(fits.scrolls).toBe(true);
  expect(await pageScrollsSideways(page)).toBe(false);
  await expectNoSeriousAxeViolations(page);
});

test('the map is kept from guests and from trainees who have not completed the scenario', async ({ page }) => {
  await page.goto(mapPath);
  await expect(page).toHaveURL(/\/signin\/\?next=/);
  // A new trainee, who has completed nothing.
  await signUpByApi(page, 'Map Trainee');
  const answer = await page.goto(mapPath);
  expect(answer?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  await expect(page.getByText(/opens for a trainee once they have completed/)).toBeVisible();
});
