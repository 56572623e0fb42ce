import { expect, test } from '@playwright/test';
import { brokenStory, typeInk } from './authoring.ts';
import { expectNoSeriousAxeViolations } from './support.ts';

const BROKEN = brokenStory('Rae');

test('an author types a scenario with an error, sees it at its line, fixes it, and plays it to the debrief', async ({
  page,
}) => {
  await page.goto('/author/sandbox/');
  await page.evaluate(() => localStorage.removeItem('rapport:author:draft'));
  await page.reload();
  const status = page.getByRole('status').filter({ hasText: /error/ });
  await expect(status).toContainText('0 errors');
  await expectNoSeriousAxeViolations(page);

  await typeInk(page, BROKEN);
  const problem = page.getByRole('button', {
    name: /^main\.ink:8: error: Divert target not found: '-> ending_missing'/,
  });
  await expect(problem).toBeVisible();
  await expect(status).toContainText(/[1-9]\d* errors?/);
  // The same problem is marked in the editor at line 8.
  await problem.click();
  await expect(page.locator('.cm-activeLine')).toContainText('-> ending_missing');
  await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);

  // Fix it on the line where it is.
  await typeInk(page, BROKEN.replace('-> ending_missing', '-> close'));
  await expect(status).toContainText('0 errors');
  await expect(page.getByRole('button', { name: /main\.ink:8/ })).toHaveCount(0);

  // A reload keeps the draft.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'ink source of the scenario' })).toContainText('-> close');
  await expect(status).toContainText('0 errors');

  await page.getByRole('button', { name: 'Play the draft from the start' }).click();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(
    page.getByRole('list', { name: 'Transcript' }).getByText("Hello. I wasn't sure I'd come today."),
  ).toBeVisible();
  await page
    .getByRole('group', { name: 'Your response' })
    .getByRole('button', { name: /I'm glad you did/ })
    .click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Save reflection and see the debrief' }).click();
  await expect(page.getByRole('heading', { name: /^Debrief/ })).toBeVisible();
  await expect(page.getByText('Overall 100 / 100')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test('an author plays a draft from a chosen knot with chosen variable values', async ({ page }) => {
  await page.goto('/author/sandbox/');
  await page.evaluate(() => localStorage.removeItem('rapport:author:draft'));
  await page.reload();
  await typeInk(
    page,
    BROKEN.replace('-> ending_missing', '-> close').replace('She nods. #ending', 'She nods. Bond is {bond}. #ending'),
  );
  await expect(page.getByRole('status').filter({ hasText: /error/ })).toContainText('0 errors');
  await page.getByText('Play from a knot, with chosen variable values').click();
  await page.getByRole('combobox', { name: 'Start at' }).selectOption('close');
  await page.getByRole('textbox', { name: 'bond' }).fill('4');
  await page.getByRole('button', { name: 'Play from here' }).click();
  await page.getByRole('button', { name: 'Begin the session' }).click();
  await expect(page.getByText('She nods. Bond is 4.')).toBeVisible();
});

test('a draft whose options give the key away is flagged at its line and by the test-wise bots', async ({ page }) => {
  await page.goto('/author/sandbox/');
  await page.evaluate(() => localStorage.removeItem('rapport:author:draft'));
  await page.reload();
  // The key is first, the longest by far, and the only question: what a test-wise reader picks without reading Rae.
  const leaky = BROKEN.replace('-> ending_missing', '-> close')
    .replace('Shall we make a start on your forms?', 'Forms first.')
    .replace(
      "I'm glad you did. What made it hard?",
      "I'm really glad you came, and I noticed you said you weren't sure. What made it hard to come today?",
    );
  await typeInk(page, leaky);
  // A bot's score belongs to the whole story, so it is listed without a line to jump to.
  await expect(
    page.getByRole('listitem').filter({
      hasText: /^main\.ink: error: a test-wise bot that always picks "longest" without reading the client scores 100/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^main\.ink:\d+: warning: the best option .* the others' mean length/ }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /error/ })).toContainText(/[1-9]\d* errors?/);
});
