/**
 * Issue 15 end to end: a scenario written, reviewed and published in the browser reaches a trainee, and an attempt in
 * progress keeps the version it began on.
 *
 * Every person is their own browser context with their own session ("several browsers" in the issue: CI installs
 * Chromium only, so each person gets a separate Chromium context rather than a separate browser):
 * 1. Educator A (the demo educator) starts a scenario from nothing in the workspace, fills in the details form and
 *    types the story into the editor, with an unknown rubric criterion on one line; the problem shows at that line,
 *    submitting waits, A fixes the line and submits to educator B.
 * 2. B (a new account the demo administrator makes an educator) comments on a line and sends it back.
 * 3. A reads the comment in the editor, changes that line and resubmits; B approves: version 1 is published.
 * 4. The demo supervisor makes a cohort, an invite and an assessment assignment of the new scenario; the demo trainee
 *    joins by the invite link.
 * 5. The trainee starts it from the dashboard and makes the first choice, saved to their record.
 * 6. Meanwhile A revises the scenario (one option's words and its rubric values) and B approves version 2.
 * 7. The trainee finishes: the debrief and the supervisor's review show version 1's option and version 1's score.
 * 8. Retired at the end, the scenario leaves the catalogue, and the attempt's records still open.
 * Axe runs on every authoring page visited (workspace, draft editor, review, scenario page).
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'yaml';
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { scoreRecorded, type RecordedChoice } from '../../src/engine/replay.ts';
import { StoryRunner } from '../../src/engine/story-runner.ts';
import type { Revision } from '../../src/lib/authoring-types.ts';
import { approve, authoringApi, openReview, startDraftInWorkspace } from './authoring.ts';
import { DEMO, expectNoSeriousAxeViolations, hydrated, newEducator, responseGroup, signInByApi } from './support.ts';

// The story, written for this test and checked with the server's checker (checkDraft, the test-wise bots included):
// two choice points of three options, no bot reaching the competent band in either version. No line is indented,
// so the editor's auto-indent (a new line copies the indentation of the one before) adds nothing as it is typed.
const V1 = `// The word that stung: a client comes back angry about something said last week.

VAR bond = 0
VAR task = 0
VAR goal = 0

-> arrival

=== arrival ===
Monday, first thing. Priya sits down and keeps her coat on.
Last week you said my mother sounds exhausting. I have been angry about it all week. #speaker:Priya
She looks at you for a moment, then at the clock on the wall. #cue
* [It sounds like you felt hurt by that. Shall we go back to the goals we wrote down? #rubric:conflict.recognising-rupture:-2 #rubric:trust.active-listening:-1 #feedback:It moves past the anger she has just named. A rupture left unspoken tends to come back louder.]
~ bond -= 1
Fine. The goals. #speaker:Priya
-> carry_on
* [I did not mean it that way. I meant it in support of you, I promise. #rubric:conflict.recognising-rupture:0 #rubric:trust.active-listening:-1 #feedback:It defends your intention before hearing what she heard. The apology is about you, not her week.]
Okay. If you say so. #speaker:Priya
-> carry_on
* [You have been angry with me all week. Then that is where we start today. #rubric:conflict.recognising-rupture:+2 #rubric:trust.active-listening:+2 #feedback:It names the rupture plainly and puts it first, before any explanation of yours.]
~ bond += 1
Like you had taken a side. She is hard work, but she is my mother. #speaker:Priya
-> carry_on

=== carry_on ===
So what now? Do we just carry on as if it never happened? #speaker:Priya
* [I don't know yet. I would rather we work that out together than I decide. #rubric:conflict.repairing-rupture:+2 #rubric:trust.active-listening:+1 #feedback:It keeps the repair open and lets her set the pace.]
~ goal += 1
All right. I did not expect that. #speaker:Priya
-> ending_open
* [Yes, I think that is best. We have a lot to cover today and little time for it. #rubric:conflict.repairing-rupture:-2 #rubric:trust.active-listening:-1 #feedback:It closes the repair before it has begun, and tells her the work matters more than the hurt.]
~ bond -= 1
-> ending_closed
* [I'm sorry you feel that way. How do you feel about carrying on, then? #rubric:conflict.repairing-rupture:-1 #rubric:trust.active-listening:0 #feedback:An apology for her feelings rather than for your words, and a question that hands the repair back to her.]
~ task += 1
Maybe. #speaker:Priya
-> ending_closed

=== ending_open ===
Priya takes her coat off and hangs it on the chair. #ending:Stayed with it
-> END

=== ending_closed ===
Priya keeps her coat on for the rest of the hour. #ending:Moved on
-> END
`;

/** The number (1-based) of the line of `ink` that contains `text`. */
function lineOf(ink: string, text: string): number {
  const n = ink.split('\n').findIndex((l) => l.includes(text));
  if (n < 0) throw new Error(`no line contains "${text}"`);
  return n + 1;
}
const lineAt = (ink: string, n: number) => ink.split('\n')[n - 1]!;
function replaceLine(ink: string, n: number, text: string): string {
  const lines = ink.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

// Step 1's slip: a criterion the rubric does not have, on the key's line.
const SLIP_LINE = lineOf(V1, 'You have been angry with me all week.');
const SLIPPED = replaceLine(
  V1,
  SLIP_LINE,
  lineAt(V1, SLIP_LINE).replace('#rubric:trust.active-listening:+2', '#rubric:trust.active-listning:+2'),
);
// Step 2's comment, and step 3's answer to it.
const OPENING_LINE = lineOf(V1, 'Monday, first thing.');
const REVISED_OPENING = 'Monday, first thing: your fifth session. Priya sits down and keeps her coat on.';
const V1_PUBLISHED = replaceLine(V1, OPENING_LINE, REVISED_OPENING);
// Version 2: the option the trainee picks first, in other words and with other rubric values.
const PICKED_V1 = 'I did not mean it that way. I meant it in support of you, I promise.';
const PICKED_V2 = "I'm sorry. I can hear it hurt, even if that was not what I meant by it.";
const PICKED_LINE = lineOf(V1_PUBLISHED, PICKED_V1);
const V2_LINE = `* [${PICKED_V2} #rubric:conflict.recognising-rupture:+1 #rubric:trust.active-listening:0 #feedback:It owns the hurt before explaining, though the explanation still comes quickly.]`;
const V2 = replaceLine(V1_PUBLISHED, PICKED_LINE, V2_LINE);
/** The trainee's second choice, the same in both versions. */
const SECOND = "I don't know yet. I would rather we work that out together than I decide.";

const FOCUS = ['conflict.recognising-rupture', 'conflict.repairing-rupture', 'trust.active-listening'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const checkbox = (page: Page, id: string) => page.getByRole('checkbox', { name: new RegExp(`${escape(id)}$`) });

const newestRevision = async (request: APIRequestContext, draftId: string) =>
  (await authoringApi<{ revision: Revision }>(request, 'get', `/drafts/${draftId}`)).revision;

/**
 * Waits until the server's newest revision of the draft has this story (or passes `check`), checked, and the editor
 * says it is saved as that revision with Rapport's check of it shown; answers the revision. Each save is compiled,
 * checked and played by the bots on the server before it is answered, so this allows a busy machine a minute.
 */
async function savedWhen(page: Page, draftId: string, want: string | ((r: Revision) => boolean)): Promise<Revision> {
  const request = page.context().request;
  if (typeof want === 'string')
    // Polled on the text itself, so that a failure shows how the saved story differs from the one typed.
    await expect.poll(async () => (await newestRevision(request, draftId)).ink, { timeout: 60_000 }).toBe(want);
  let found: Revision | null = null;
  await expect
    .poll(
      async () => {
        const r = await newestRevision(request, draftId);
        found = (typeof want === 'string' ? r.ink === want : want(r)) && r.checkStatus !== 'pending' ? r : null;
        return found?.number ?? 0;
      },
      { timeout: 60_000, message: 'the server has the revision, checked' },
    )
    .toBeGreaterThan(0);
  const revision = found!;
  await expect(page.locator('.save-status')).toHaveText(`Saved as revision ${revision.number}`, { timeout: 30_000 });
  await expect(page.getByText(new RegExp(`^Rapport’s check of revision ${revision.number}:`))).toBeVisible();
  return revision;
}

const inkEditor = (page: Page) => page.getByRole('textbox', { name: 'ink source of the scenario' });

/** The line the cursor is on, selected whole with its line break (CodeMirror's selectLine), then typed anew. */
async function retypeLine(page: Page, text: string) {
  await page.keyboard.press(process.platform === 'darwin' ? 'Control+l' : 'Alt+l');
  await page.keyboard.type(`${text}\n`);
}

/** Submits the draft's newest revision to `reviewer` from the editor; the draft is then read-only. */
async function submitTo(page: Page, reviewer: string) {
  await page.getByRole('combobox', { name: 'Reviewer' }).selectOption({ label: reviewer });
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('button', { name: 'Withdraw from review' })).toBeVisible();
  await expect(inkEditor(page)).toHaveAttribute('aria-readonly', 'true');
}

/** The live version's full bundle, as anyone can fetch it. */
async function liveBundle(request: APIRequestContext, slug: string): Promise<ScenarioBundle> {
  const res = await request.get(`/scenarios/${slug}/bundle.json`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ScenarioBundle;
}

/** The ink indexes of the options whose words are `texts`, point by point, played in `bundle`. */
function pathOf(bundle: ScenarioBundle, texts: string[]): RecordedChoice[] {
  const runner = new StoryRunner(structuredClone(bundle.ink as object));
  let step = runner.step();
  return texts.map((text, point) => {
    const option = step.options.find((o) => o.text === text);
    if (!option) throw new Error(`no option "${text}" at point ${point + 1}: ${step.options.map((o) => o.text)}`);
    runner.choose(option.index);
    step = runner.step();
    return { point, index: option.index };
  });
}

/** The overall score, rounded as the pages show it, of these choices in `bundle`. */
function overallOf(bundle: ScenarioBundle, path: RecordedChoice[]): number {
  const { report } = scoreRecorded(structuredClone(bundle.ink as object), bundle.rubric, path, { allowRewind: false });
  return Math.round(report.overall!);
}

test.describe.configure({ mode: 'serial' });

test('a scenario written in the browser is reviewed, published, assigned and played; an attempt in progress finishes and scores on the version it began on', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const suffix = randomUUID().slice(0, 6);
  const slug = `word-that-stung-${suffix}`;
  const title = `The word that stung ${suffix}`;
  const contexts: BrowserContext[] = [];
  const person = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context;
  };
  try {
    const a = await person();
    const b = await person();
    await signInByApi(a, DEMO.educator);
    // Named uniquely, as A picks the reviewer by name and every run makes another.
    const reviewer = await newEducator(browser, b, `Blair Okafor ${suffix}`);

    // 1. A starts a scenario from nothing: a title and a short name in the workspace.
    const pageA = await a.newPage();
    const draftId = await startDraftInWorkspace(pageA, title, slug);
    await hydrated(pageA);
    await expect(pageA.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(pageA.locator('.save-status')).toHaveText(/^Saved as revision \d+$/);
    await expectNoSeriousAxeViolations(pageA);

    // The details, through the form.
    const field = (name: string) => pageA.getByRole('textbox', { name, exact: true });
    await field('Summary').fill('Priya comes back angry about a word her therapist used about her mother last week.');
    await pageA.getByRole('combobox', { name: 'Module', exact: true }).selectOption({ label: 'Conflict' });
    await pageA.getByRole('combobox', { name: 'Setting', exact: true }).selectOption({ label: 'Long-term client' });
    await pageA.getByRole('combobox', { name: 'Difficulty', exact: true }).selectOption({ label: 'Intermediate' });
    await field('Session number').fill('5');
    await field('Minutes to play').fill('5');
    await field('Name').fill('Priya Raman');
    await field('Age').fill('41');
    await field('Pronouns').fill('she/her');
    await field('Background').fill('A pharmacist and the eldest daughter, who looks after her mother.');
    await field('What brings them').fill('Tiredness, and guilt about resenting her mother.');
    await field('What they want').fill('To stop feeling guilty all the time.');
    await field('Learning goal 1').fill('Notice a rupture and invite the client to say how it felt.');
    await checkbox(pageA, 'boundaries.gifts').uncheck();
    for (const id of FOCUS) await checkbox(pageA, id).check();
    await savedWhen(pageA, draftId, (r) => {
      const meta = parse(r.yaml) as { module: string; client: { name: string; age: number }; focus: string[] };
      return (
        meta.module === 'conflict' &&
        meta.client.name === 'Priya Raman' &&
        meta.client.age === 41 &&
        [...meta.focus].sort().join() === FOCUS.join()
      );
    });

    // The story, typed into the editor over the template's, with the slip: shown at its line as it is typed...
    await inkEditor(pageA).click();
    await pageA.keyboard.press('ControlOrMeta+a');
    await pageA.keyboard.press('Delete');
    await pageA.keyboard.type(SLIPPED);
    const slip = pageA.getByRole('button', {
      name: new RegExp(`^main\\.ink:${SLIP_LINE}: error: unknown rubric criterion "trust\\.active-listning"`),
    });
    await expect(slip).toBeVisible({ timeout: 30_000 });
    // ...and by Rapport's check of the saved revision, which submitting waits for.
    const slipped = await savedWhen(pageA, draftId, SLIPPED);
    expect(slipped.checkStatus).toBe('errors');
    expect(slipped.diagnostics).toContainEqual(
      expect.objectContaining({ file: 'main.ink', line: SLIP_LINE, severity: 'error' }),
    );
    await expect(pageA.getByText(`Rapport’s check of revision ${slipped.number}: 1 errors`)).toBeVisible();
    await expect(slip).toBeVisible();
    await expect(pageA.locator('.cm-lint-marker-error')).toHaveCount(1);
    await expect(pageA.getByRole('button', { name: 'Submit for review' })).toBeDisabled();
    await expect(pageA.getByText(`Revision ${slipped.number} has 1 error: fix it first (see Problems).`)).toBeVisible();
    await expectNoSeriousAxeViolations(pageA);

    // The problem takes A to its line, which A types again, correctly.
    await slip.click();
    await expect(pageA.locator('.cm-activeLine')).toContainText('active-listning');
    await retypeLine(pageA, lineAt(V1, SLIP_LINE));
    const fixed = await savedWhen(pageA, draftId, V1);
    expect(fixed.checkStatus, JSON.stringify(fixed.diagnostics)).toBe('ok');
    expect(fixed.diagnostics).toEqual([]);
    await expect(pageA.getByText(`Rapport’s check of revision ${fixed.number}: 0 errors, 0 warnings.`)).toBeVisible();
    await expect(slip).toHaveCount(0);
    await submitTo(pageA, reviewer.name);

    // 2. B finds the request in their workspace, comments on the opening line and sends the draft back.
    const pageB = await b.newPage();
    await openReview(pageB, title);
    await expect(pageB.getByRole('heading', { name: 'Checker report' })).toBeVisible();
    await expect(pageB.getByText(/^The checker found (no problems|0 errors)/)).toBeVisible();
    await expect(pageB.getByText(/A new scenario: nothing has been published under this name/)).toBeVisible();
    await expectNoSeriousAxeViolations(pageB);
    await pageB.getByRole('button', { name: `Comment on main.ink line ${OPENING_LINE}`, exact: true }).click();
    const box = pageB.getByLabel(`Your comment on main.ink line ${OPENING_LINE}`, { exact: true });
    await expect(box).toBeFocused();
    const COMMENT = 'Say which session this is: the trainee needs to know the work is well under way.';
    await box.fill(COMMENT);
    await pageB.getByRole('button', { name: 'Add comment' }).click();
    await expect(pageB.getByRole('list', { name: `Comments on line ${OPENING_LINE}`, exact: true })).toContainText(
      COMMENT,
    );
    await pageB.getByRole('button', { name: 'Send back for changes…' }).click();
    const sendBack = pageB.getByRole('dialog', { name: `Send “${title}” back for changes?` });
    await sendBack.getByLabel(/Summary for the author/).fill('Nearly there: see my comment on the opening.');
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await expect(pageB.getByRole('status').filter({ hasText: `Sent back to ${DEMO.educator.name}` })).toBeVisible();

    // 3. A sees the comment in the editor, goes to its line, rewrites it and submits again.
    await pageA.reload();
    await hydrated(pageA);
    const notes = pageA.getByRole('region', { name: `Sent back by ${reviewer.name}` });
    await expect(notes).toContainText(COMMENT);
    await expect(notes).toContainText('Nearly there: see my comment on the opening.');
    await expect(inkEditor(pageA)).not.toHaveAttribute('aria-readonly', 'true');
    await expectNoSeriousAxeViolations(pageA);
    await notes.getByRole('button', { name: `Go to line ${OPENING_LINE}` }).click();
    await expect(pageA.locator('.cm-activeLine')).toHaveText(lineAt(V1, OPENING_LINE));
    await retypeLine(pageA, REVISED_OPENING);
    const answered = await savedWhen(pageA, draftId, V1_PUBLISHED);
    expect(answered.checkStatus, JSON.stringify(answered.diagnostics)).toBe('ok');
    await submitTo(pageA, reviewer.name);

    // B approves: version 1 is published, and the scenario has its page.
    await openReview(pageB, title);
    await expect(pageB.getByRole('list', { name: 'main.ink, line by line' })).toContainText(REVISED_OPENING);
    await approve(pageB, title, 1);
    await pageB.getByRole('link', { name: 'Open the scenario’s page' }).click();
    await expect(pageB).toHaveURL(new RegExp(`/author/scenarios/${slug}/$`));
    await hydrated(pageB);
    await expect(pageB.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const versions = pageB.getByRole('region', { name: 'Versions' });
    const row = (n: number) =>
      versions.getByRole('row').filter({ has: pageB.getByRole('rowheader', { name: String(n), exact: true }) });
    await expect(row(1)).toContainText('Live');
    await expectNoSeriousAxeViolations(pageB);
    const v1 = await liveBundle(b.request, slug);
    expect(v1.meta.title).toBe(title);

    // 4. The supervisor assigns it, as an assessment, to a new cohort the demo trainee joins.
    const sup = await (await person()).newPage();
    await signInByApi(sup.context(), DEMO.supervisor);
    const cohortName = `Journey cohort ${suffix}`;
    await sup.goto('/cohorts/');
    await sup.getByRole('textbox', { name: 'Name' }).fill(cohortName);
    await sup.getByRole('button', { name: 'Create cohort' }).click();
    await expect(sup.getByRole('heading', { name: cohortName, level: 1 })).toBeVisible();
    await sup.getByRole('button', { name: 'Make an invite' }).click();
    await expect(sup.getByRole('status').filter({ hasText: 'New invite made' })).toBeVisible();
    const code = ((await sup.getByRole('button', { name: /^Copy link / }).textContent()) ?? '')
      .replace('Copy link ', '')
      .trim();
    const assignment = `Repair practice ${suffix}`;
    await sup.getByRole('textbox', { name: 'Title' }).fill(assignment);
    await sup.getByRole('checkbox', { name: title }).check();
    await sup.getByRole('radio', { name: /^Assessment/ }).check();
    await sup.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(sup.getByRole('status').filter({ hasText: 'Assignment made' })).toBeVisible();

    const trainee = await (await person()).newPage();
    await signInByApi(trainee.context(), DEMO.trainee);
    await trainee.goto(`/join/${code}/`);
    await trainee.getByRole('button', { name: `Join ${cohortName}` }).click();
    await expect(trainee).toHaveURL(/\/dashboard\//);

    // 5. The trainee starts it from the dashboard and makes the first choice, which reaches their record.
    await trainee.getByRole('link', { name: `Start ${title} (${assignment})` }).click();
    await expect(trainee).toHaveURL(new RegExp(`/scenarios/${slug}/assess/\\?assignment=`));
    await trainee.getByRole('button', { name: 'Begin the session' }).click();
    await responseGroup(trainee).getByRole('button', { name: PICKED_V1 }).click();
    await expect(responseGroup(trainee).getByRole('button', { name: SECOND })).toBeVisible();
    await expect(trainee.getByRole('status').filter({ hasText: /^Saved to your record$/ })).toBeVisible({
      timeout: 30_000,
    });

    // 6. Meanwhile A revises the scenario: the option the trainee chose gets other words and other values.
    await pageA.goto(`/author/scenarios/${slug}/`);
    await hydrated(pageA);
    await expectNoSeriousAxeViolations(pageA);
    await pageA.getByRole('button', { name: 'Revise (a new draft)' }).click();
    await expect(pageA).toHaveURL(/\/author\/drafts\/[^/]+\/$/);
    const revisionId = decodeURIComponent(new URL(pageA.url()).pathname.split('/')[3]!);
    expect(revisionId).not.toBe(draftId);
    await hydrated(pageA);
    await expect(pageA.getByText('Revises published version 1')).toBeVisible();
    // Found with the editor's own search (Ctrl+F), then the line typed anew.
    await inkEditor(pageA).click();
    await pageA.keyboard.press('ControlOrMeta+f');
    const find = pageA.getByRole('textbox', { name: 'Find' });
    await expect(find).toBeFocused();
    // Typed, not filled: the search panel reads its query on key-up.
    await find.press('ControlOrMeta+a');
    await find.pressSequentially(PICKED_V1);
    await find.press('Enter');
    await find.press('Escape');
    await expect(inkEditor(pageA)).toBeFocused();
    await expect(pageA.locator('.cm-activeLine')).toContainText(PICKED_V1);
    await retypeLine(pageA, V2_LINE);
    const second = await savedWhen(pageA, revisionId, V2);
    expect(second.checkStatus, JSON.stringify(second.diagnostics)).toBe('ok');
    await submitTo(pageA, reviewer.name);

    await openReview(pageB, title);
    await expect(pageB.getByRole('heading', { name: 'Changes since version 1' })).toBeVisible();
    await expect(pageB.getByRole('row', { name: new RegExp(`Removed \\* \\[${escape(PICKED_V1)}`) })).toBeVisible();
    await expect(pageB.getByRole('row', { name: new RegExp(`Added \\* \\[${escape(PICKED_V2)}`) })).toBeVisible();
    await expectNoSeriousAxeViolations(pageB);
    await approve(pageB, title, 2);
    const v2 = await liveBundle(b.request, slug);
    expect(v2.hash).not.toBe(v1.hash);

    // What each version makes of the trainee's two choices: the test means something only if they differ.
    const path = pathOf(v1, [PICKED_V1, SECOND]);
    expect(pathOf(v2, [PICKED_V2, SECOND])).toEqual(path);
    const scoreV1 = overallOf(v1, path);
    const scoreV2 = overallOf(v2, path);
    expect(scoreV1).not.toBe(scoreV2);

    // 7. The trainee comes back to the page (a reload: version 2 is live now) and is offered the attempt begun on
    // version 1, which resumes on version 1 (its own story, fetched by hash) and finishes there.
    await trainee.reload();
    await expect(trainee.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
    await expect(trainee.getByText(/revised since you last played/)).toHaveCount(0);
    await trainee.getByRole('button', { name: 'Resume where you left off' }).click();
    await responseGroup(trainee).getByRole('button', { name: SECOND }).click();
    await expect(trainee.getByRole('heading', { name: /The session has ended/ })).toBeVisible();
    await trainee.getByLabel('Your reflection').fill('I defended myself first, then let her set the pace.');
    await trainee.getByRole('button', { name: /Save reflection/ }).click();
    await expect(trainee.getByRole('heading', { name: 'Your assessment is complete' })).toBeVisible();
    const debriefLink = trainee.getByRole('link', { name: 'Read your debrief' });
    await expect(debriefLink).toBeVisible({ timeout: 30_000 });
    await debriefLink.click();
    await expect(trainee.getByRole('heading', { name: new RegExp(`^Debrief: ${escape(title)}`) })).toBeVisible();
    const attemptId = new URL(trainee.url()).pathname.split('/').filter(Boolean).at(-1)!;

    /** A debrief page shows version 1's option, never version 2's, and version 1's score. */
    const showsVersion1 = async (page: Page) => {
      await expect(page.getByText(`Overall ${scoreV1} / 100`)).toBeVisible();
      await page.getByText(/^The full record: /).click();
      await expect(page.getByText(PICKED_V1).first()).toBeVisible();
      await expect(page.getByText(PICKED_V2)).toHaveCount(0);
    };
    await showsVersion1(trainee);
    const recorded = (await (await trainee.request.get(`/api/attempts/${attemptId}`)).json()) as {
      attempt: { storyHash: string; overall: number; status: string };
    };
    expect(recorded.attempt).toMatchObject({ storyHash: v1.hash, status: 'completed' });
    expect(Math.round(recorded.attempt.overall)).toBe(scoreV1);

    // The supervisor's review of the attempt shows the same.
    await sup.goto(`/review/${attemptId}/`);
    await showsVersion1(sup);

    // 8. Retired, the scenario leaves the catalogue; the records made on it still open.
    await pageB.goto(`/author/scenarios/${slug}/`);
    await hydrated(pageB);
    await expect(row(2)).toContainText('Live');
    await pageB.getByRole('button', { name: 'Retire…' }).click();
    await pageB
      .getByRole('dialog', { name: `Retire “${title}”?` })
      .getByRole('button', { name: 'Retire the scenario' })
      .click();
    await expect(pageB.getByRole('status').filter({ hasText: 'Retired:' })).toBeVisible();
    const home = await (await person()).newPage();
    await home.goto('/');
    await expect(home.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(home.getByRole('link', { name: title })).toHaveCount(0);
    await trainee.reload();
    await expect(trainee.getByText(`Overall ${scoreV1} / 100`)).toBeVisible();
  } finally {
    for (const context of contexts) await context.close();
  }
});
