/**
 * The draft editor in the browser (issue 15): the demo educator fills the metadata form, writes ink with an
 * error, sees it at its line (from the browser's check and then Rapport's on the save), fixes it, and the draft
 * autosaves as numbered revisions. A co-author saves from a second browser: the educator's next save meets it as
 * a conflict showing both versions, and keeps a mix of the two. The preview plays with the draft's own client,
 * the history shows what changed between two revisions, submitting makes the draft read-only until withdrawn,
 * and leaving with unsaved changes asks first. Axe on the page in each of its states; no sideways scroll at 320 px.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Revision } from '../../src/lib/authoring-types.ts';
import { authoringApi, brokenStory, typeInk } from './authoring.ts';
import {
  DEMO,
  expectNoSeriousAxeViolations,
  hydrated,
  newEducator,
  noSidewaysScroll,
  signInByApi,
  signUpByApi,
} from './support.ts';

const BROKEN = brokenStory('Marta');
const STORY = readFileSync(new URL('../../stories/one-hour-only/main.ink', import.meta.url), 'utf8');
const STORY_FOCUS = (
  parse(readFileSync(new URL('../../stories/one-hour-only/scenario.yaml', import.meta.url), 'utf8')) as {
    focus: string[];
  }
).focus;

/** The ink's lines without their indentation: the editor indents a new line like the one before, as authors expect. */
const lines = (ink: string) =>
  ink
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();

const saveStatus = (page: Page) => page.locator('.save-status');
const savedAs = (page: Page, n: number) =>
  expect(saveStatus(page)).toHaveText(`Saved as revision ${n}`, { timeout: 15_000 });
/** Waits for the autosave to settle on a revision newer than `after`; answers its number. */
async function nextSave(page: Page, after: number): Promise<number> {
  let n = 0;
  await expect
    .poll(
      async () => {
        const m = /^Saved as revision (\d+)$/.exec((await saveStatus(page).textContent())?.trim() ?? '');
        n = m ? Number(m[1]) : 0;
        return n;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(after);
  return n;
}

/** Waits until the server's newest revision passes `check` and the page says it is saved as that revision. */
async function savedWhen(page: Page, request: APIRequestContext, draftId: string, check: (r: Revision) => boolean) {
  let n = 0;
  await expect
    .poll(
      async () => {
        const { revision } = await authoringApi<{ revision: Revision }>(request, 'get', `/drafts/${draftId}`);
        n = check(revision) ? revision.number : 0;
        return n;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  await savedAs(page, n);
  return n;
}

async function openDraft(page: Page, id: string) {
  await page.goto(`/author/drafts/${id}/`);
  await hydrated(page);
  return nextSave(page, 0);
}

test('an educator writes a draft: form, ink with an error at its line, autosave, a co-author’s conflict, preview, history, submit and leave', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    await signInByApi(a, DEMO.educator);
    const slug = `late-message-${randomUUID().slice(0, 8)}`;
    const { draft } = await authoringApi<{ draft: { id: string } }>(a.request, 'post', '/drafts', { slug });
    const coauthor = await newEducator(browser, b, 'Bea Co-author');
    await authoringApi(a.request, 'post', `/drafts/${draft.id}/coauthors`, { email: coauthor.email });

    const page = await a.newPage();
    expect(await openDraft(page, draft.id)).toBe(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A new scenario');
    await expectNoSeriousAxeViolations(page);

    // The details, through the form.
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('The late message');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Marta Kowalczyk');
    await page.getByRole('textbox', { name: 'Age', exact: true }).fill('forty');
    // The form's own check, beside the field, before any save.
    await expect(page.getByText('Write the age as a whole number from 12 to 110.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Age', exact: true }).fill('52');
    await expect(page.getByText('Write the age as a whole number from 12 to 110.')).toHaveCount(0);
    let shown = await savedWhen(page, a.request, draft.id, (r) => r.yaml.includes('age: 52'));
    expect(shown).toBeGreaterThan(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The late message');

    // Ink with an error: shown at its line by the browser's check, then by Rapport's check of the saved revision.
    await typeInk(page, BROKEN);
    const problem = page.getByRole('button', {
      name: /^main\.ink:8: error: Divert target not found: '-> ending_missing'/,
    });
    await expect(problem).toBeVisible();
    shown = await savedWhen(page, a.request, draft.id, (r) => lines(r.ink) === lines(BROKEN));
    await expect(page.getByText(new RegExp(`^Rapport’s check of revision ${shown}: [1-9]\\d* errors`))).toBeVisible();
    await expect(problem).toBeVisible();
    await problem.click();
    await expect(page.locator('.cm-activeLine')).toContainText('-> ending_missing');
    await expect(page.locator('.cm-lint-marker-error')).toHaveCount(1);
    // Submitting waits for a revision without errors, and says so.
    await expect(page.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    await expect(page.getByText(new RegExp(`Revision ${shown} has \\d+ errors?: fix`))).toBeVisible();
    const FIXED = BROKEN.replace('-> ending_missing', '-> close');

    // Fixed on its line. The divert's error goes; Rapport's check, which also runs the test-wise bots trained on the
    // library (the browser has not got it), may still find that this two-option sketch gives its key away.
    await page.keyboard.press('End');
    await page.keyboard.press('ControlOrMeta+Shift+ArrowLeft');
    await page.keyboard.type('close');
    shown = await savedWhen(page, a.request, draft.id, (r) => lines(r.ink) === lines(FIXED));
    await expect(page.getByText(new RegExp(`^Rapport’s check of revision ${shown}:`))).toBeVisible();
    await expect(page.getByRole('button', { name: /main\.ink:8/ })).toHaveCount(0);
    const sketch = await authoringApi<{ revision: Revision }>(a.request, 'get', `/drafts/${draft.id}`);
    expect(sketch.revision.diagnostics.map((d) => d.message).join('\n')).not.toContain('Divert target not found');

    // A whole story pasted in (a library scenario's, whose options pass the bots), the focus ticked to match it, and
    // Ctrl+S to save at once: Rapport's check finds no errors.
    const editor = page.getByRole('textbox', { name: 'ink source of the scenario' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(STORY);
    await page.getByRole('checkbox', { name: /boundaries\.gifts/ }).uncheck();
    for (const id of STORY_FOCUS)
      await page.getByRole('checkbox', { name: new RegExp(id.replace('.', '\\.')) }).check();
    await page.keyboard.press('ControlOrMeta+s');
    const fixed = await savedWhen(
      page,
      a.request,
      draft.id,
      (r) => r.ink === STORY && STORY_FOCUS.every((id) => r.yaml.includes(id)) && !r.yaml.includes('boundaries.gifts'),
    );
    await expect(page.getByText(new RegExp(`^Rapport’s check of revision ${fixed}: 0 errors`))).toBeVisible();

    // The preview plays with the draft's own client, not the template's.
    await page.getByRole('button', { name: 'Play the draft from the start' }).click();
    await expect(page.getByText('Marta Kowalczyk (they/them), 52')).toBeVisible();
    await expect(page.getByText('Sam Example')).toHaveCount(0);

    // A co-author saves from another browser while this one still shows revision `fixed`.
    const other = await b.newPage();
    expect(await openDraft(other, draft.id)).toBe(fixed);
    await other.getByRole('textbox', { name: 'Title', exact: true }).fill('The late message, by Bea');
    await savedAs(other, fixed + 1);

    // This browser's next save meets theirs: both versions shown, nothing overwritten.
    await editor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n// A note from the demo educator.');
    const conflict = page.getByRole('region', { name: 'Someone else saved this draft while you were editing' });
    await expect(conflict).toBeVisible({ timeout: 15_000 });
    await expect(conflict).toContainText(`Bea Co-author saved revision ${fixed + 1}`);
    await expect(saveStatus(page)).toHaveText(/^Not saved: someone else saved this draft first/);
    await expect(conflict.getByRole('table', { name: /^scenario\.yaml: from revision/ })).toContainText(
      'title: The late message, by Bea',
    );
    await expect(conflict.getByRole('table', { name: /^main\.ink: from revision/ })).toContainText(
      '// A note from the demo educator.',
    );
    await expectNoSeriousAxeViolations(page);
    const before = await authoringApi<{ revision: Revision }>(a.request, 'get', `/drafts/${draft.id}`);
    expect(before.revision.number).toBe(fixed + 1);
    // Their details, my story.
    await conflict.getByText('Show Bea Co-author’s version in full, to copy from').click();
    await conflict.getByRole('button', { name: 'Use their scenario.yaml in mine' }).click();
    await conflict.getByRole('button', { name: `Keep mine: save it on top of revision ${fixed + 1}` }).click();
    await savedAs(page, fixed + 2);
    await expect(conflict).toHaveCount(0);
    const after = await authoringApi<{ revision: Revision }>(a.request, 'get', `/drafts/${draft.id}`);
    expect(after.revision.yaml).toContain('title: The late message, by Bea');
    expect(after.revision.ink).toContain('// A note from the demo educator.');

    // The history: every revision, and what changed between two of them.
    const history = page.getByRole('table', { name: /^Revisions \(\d+\), newest first/ });
    await expect(history.getByRole('row')).toHaveCount(fixed + 2 + 1);
    await expect(history.getByRole('row', { name: new RegExp(`^${fixed + 1} Bea Co-author`) })).toBeVisible();
    await page.getByRole('combobox', { name: 'Compare' }).selectOption('1');
    await page.getByRole('combobox', { name: 'with', exact: true }).selectOption(String(fixed + 2));
    await page.getByRole('button', { name: 'Show the changes' }).click();
    const yamlDiff = page.getByRole('table', { name: `scenario.yaml: from revision 1 to revision ${fixed + 2}` });
    await expect(yamlDiff.getByRole('row', { name: /Added title: The late message, by Bea/ })).toBeVisible();
    await expect(yamlDiff.getByRole('row', { name: /Removed title: A new scenario/ })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // Submitting makes the draft read-only until it is withdrawn.
    await page.getByRole('combobox', { name: 'Reviewer' }).selectOption({ label: 'Demo Admin' });
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByRole('button', { name: 'Withdraw from review' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).not.toBeEditable();
    await expect(editor).toHaveAttribute('aria-readonly', 'true');
    await page.getByRole('button', { name: 'Withdraw from review' }).click();
    await expect(page.getByRole('button', { name: 'Submit for review' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeEditable();

    // Leaving with unsaved changes asks first; staying keeps them.
    await page.getByRole('textbox', { name: 'Pronouns', exact: true }).fill('she/her');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Authoring' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await expect(leave).toBeVisible();
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(leave).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`/author/drafts/${draft.id}/$`));
    await savedAs(page, fixed + 3);

    // At 320 px nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(page);
  } finally {
    await a.close();
    await b.close();
  }
});

test('a trainee is refused the draft editor, and a signed-out visitor is sent to sign in', async ({
  page,
  browser,
}) => {
  const res = await page.goto(`/author/drafts/${randomUUID()}/`);
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL(/\/signin\/\?next=%2Fauthor%2Fdrafts%2F/);

  const trainee = await browser.newContext();
  try {
    await signUpByApi(trainee, 'Draft Trainee');
    const tab = await trainee.newPage();
    const refused = await tab.goto(`/author/drafts/${randomUUID()}/`);
    expect(refused?.status()).toBe(403);
    await expect(tab.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
    await expectNoSeriousAxeViolations(tab);
  } finally {
    await trainee.close();
  }
});

test('the sandbox previews a new draft with its own client and asks before Open replaces a changed draft', async ({
  page,
}) => {
  await page.goto('/author/sandbox/');
  await page.evaluate(() => localStorage.removeItem('rapport:author:draft'));
  await page.reload();
  const status = page.getByRole('status').filter({ hasText: /error/ });
  await expect(status).toContainText('0 errors');
  const editor = page.getByRole('textbox', { name: 'ink source of the scenario' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(BROKEN.replace('-> ending_missing', '-> close'));
  await expect(status).toContainText('0 errors');

  // The briefing names the client the draft's lines are spoken by, not the template's placeholder.
  await page.getByRole('button', { name: 'Play the draft from the start' }).click();
  await expect(page.getByText(/^Marta \(they\/them\)/)).toBeVisible();
  await expect(page.getByText('Sam Example')).toHaveCount(0);

  // Opening another scenario over the changed draft asks first; keeping the draft changes nothing.
  const title = (
    parse(readFileSync(new URL('../../stories/one-hour-only/scenario.yaml', import.meta.url), 'utf8')) as {
      title: string;
    }
  ).title;
  await page.getByRole('combobox', { name: 'Open' }).selectOption({ label: title });
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const ask = page.getByRole('dialog', { name: 'Replace your draft?' });
  await expect(ask).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toHaveCount(0);
  await expect(editor).toContainText('#speaker:Marta');
  await page.getByRole('combobox', { name: 'Open' }).selectOption({ label: title });
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await ask.getByRole('button', { name: 'Replace my draft' }).click();
  await expect(editor).not.toContainText('#speaker:Marta');
  await expect(editor).toContainText(
    STORY.split('\n')
      .find((l) => l.includes('#speaker:'))!
      .trim()
      .slice(0, 30),
  );
});

test('a draft sent back shows the reviewer’s summary, and each comment beside its line', async ({ browser }) => {
  const a = await browser.newContext();
  const admin = await browser.newContext();
  try {
    await signInByApi(a, DEMO.educator);
    await signInByApi(admin, DEMO.admin);
    const yaml = readFileSync(new URL('../../stories/one-hour-only/scenario.yaml', import.meta.url), 'utf8');
    const slug = `sent-back-${randomUUID().slice(0, 8)}`;
    const { draft, revision } = await authoringApi<{ draft: { id: string }; revision: Revision }>(
      a.request,
      'post',
      '/drafts',
      { slug, yaml: yaml.replace(/^title:.*$/m, 'title: "Sent back"'), ink: STORY },
    );
    expect(revision.checkStatus).toBe('ok');
    const { reviewers } = await authoringApi<{ reviewers: { id: string; name: string }[] }>(
      a.request,
      'get',
      `/drafts/${draft.id}/reviewers`,
    );
    const reviewerId = reviewers.find((r) => r.name === 'Demo Admin')!.id;
    const { review } = await authoringApi<{ review: { id: string } }>(a.request, 'post', `/drafts/${draft.id}/submit`, {
      revision: revision.number,
      reviewerId,
    });
    const LINE = 5;
    await authoringApi(admin.request, 'post', `/reviews/${review.id}/comments`, {
      file: 'main.ink',
      line: LINE,
      body: 'Say where we are before anyone speaks.',
    });
    await authoringApi(admin.request, 'post', `/reviews/${review.id}/decision`, {
      decision: 'send_back',
      summary: 'Nearly there: one scene-setting line.',
    });

    const page = await a.newPage();
    await openDraft(page, draft.id);
    const notes = page.getByRole('region', { name: 'Sent back by Demo Admin' });
    await expect(notes).toContainText('Nearly there: one scene-setting line.');
    await expect(notes).toContainText(`Story, line ${LINE} · Demo Admin`);
    await expect(notes).toContainText('Say where we are before anyone speaks.');
    // Beside its line in the editor, and one press away.
    await expect(page.locator('.cm-lint-marker-info')).toHaveCount(1);
    await notes.getByRole('button', { name: `Go to line ${LINE}` }).click();
    await expect(page.locator('.cm-activeLine')).toHaveText(STORY.split('\n')[LINE - 1]!);
    // Sent back, the draft can be changed again.
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeEditable();
    await expectNoSeriousAxeViolations(page);
  } finally {
    await a.close();
    await admin.close();
  }
});

test('an educator discards a draft they will not finish: asked first, a failure keeps it, then it leaves the workspace', async ({
  browser,
}) => {
  const a = await browser.newContext();
  try {
    await signInByApi(a, DEMO.educator);
    const title = `Unfinished ${randomUUID().slice(0, 8)}`;
    const yaml = readFileSync(new URL('../../stories/one-hour-only/scenario.yaml', import.meta.url), 'utf8');
    const { draft } = await authoringApi<{ draft: { id: string } }>(a.request, 'post', '/drafts', {
      slug: `unfinished-${randomUUID().slice(0, 8)}`,
      yaml: yaml.replace(/^title:.*$/m, `title: "${title}"`),
      ink: STORY,
    });
    const page = await a.newPage();
    const listed = async () => {
      await page.goto('/author/');
      await hydrated(page);
      await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
      return page.getByRole('link', { name: title, exact: true });
    };
    await expect(await listed()).toBeVisible();

    await openDraft(page, draft.id);
    const discard = page.getByRole('button', { name: 'Discard draft' });
    const dialog = page.getByRole('dialog', { name: `Discard “${title}”?` });
    await discard.click();
    await expect(dialog).toContainText(`“${title}” and its one revision will no longer be editable`);
    await expect(dialog.getByRole('button', { name: 'Keep the draft' })).toBeFocused();
    await expectNoSeriousAxeViolations(page);
    // Escape keeps it, and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(discard).toBeFocused();

    // A failure says why, in the dialog, and keeps the draft.
    await page.route('**/discard', (route) => route.abort('internetdisconnected'));
    await discard.press('Enter');
    await dialog.getByRole('button', { name: 'Discard the draft' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      /The draft was not discarded: .*did not answer.*The draft is kept\./,
    );
    await expect(page.locator('.draft-head .meta-list span').first()).toHaveText('Draft');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeEditable();

    await page.unroute('**/discard');
    await dialog.getByRole('button', { name: 'Discard the draft' }).click();
    await expect(dialog).toHaveCount(0);
    const outcome = page.getByRole('status').filter({ hasText: `“${title}” was discarded` });
    await expect(outcome).toBeFocused();
    await expect(outcome).toContainText('no longer among your drafts in progress');
    await expect(page.locator('.draft-head .meta-list span').first()).toHaveText('Discarded');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).not.toBeEditable();
    await expect(discard).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    // The workspace no longer lists it among the drafts in progress.
    await outcome.getByRole('link', { name: 'Back to your drafts' }).click();
    await expect(await listed()).toHaveCount(0);
  } finally {
    await a.close();
  }
});
