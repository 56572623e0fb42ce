/**
 * Review and publish in the browser (issue 15): educator A (the demo educator) starts a scenario from the
 * workspace and asks educator B (a new account an administrator makes an educator) to review it. B reads the
 * checker's report and the branch map, comments on a line and sends it back; A sees the comment, read-only; A
 * revises and asks again; B approves, and the scenario's page shows version 1 live. Retiring takes it off the
 * catalogue's home page and restoring brings it back. Axe runs on every new page; the workspace and the review
 * fit a 320 px screen. A's text is saved and submitted through the authoring API, as the editor would: a copy of a
 * library scenario under a new title, so it passes the checker (the test-wise bots' classifier leaves out of its
 * training any scenario sharing a choice point with the draft, as a built-in scenario is checked against the others).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Revision } from '../../src/lib/authoring-types.ts';
import { approve, authoringApi, openReview, startDraftInWorkspace } from './authoring.ts';
import { DEMO, expectNoSeriousAxeViolations, hydrated, newEducator, noSidewaysScroll, signInByApi } from './support.ts';

const EDUCATOR = DEMO.educator;
const LIBRARY = 'one-hour-only';
const libraryFile = (name: string) =>
  readFileSync(new URL(`../../stories/${LIBRARY}/${name}`, import.meta.url), 'utf8');
/** The line B comments on, and the words A changes there. */
const LINE = 19;
const OPENING = 'Thursday, five to two.';

/** The revision's errors, to name in a failure. */
const errorsOf = (r: Revision) => JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'));

/** Asks B to review the draft's newest revision; answers the review's id. */
async function submit(request: APIRequestContext, draftId: string, revision: number, reviewerId: string) {
  const { reviewers } = await authoringApi<{ reviewers: { id: string }[] }>(
    request,
    'get',
    `/drafts/${draftId}/reviewers`,
  );
  expect(reviewers.map((r) => r.id)).toContain(reviewerId);
  const { review } = await authoringApi<{ review: { id: string } }>(request, 'post', `/drafts/${draftId}/submit`, {
    revision,
    reviewerId,
  });
  return review.id;
}

test('an educator reviews another’s scenario: comments on a line, sends it back, then approves; the scenario is published, retired and restored', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = await browser.newContext();
  const b = await browser.newContext();
  try {
    await signInByApi(a, EDUCATOR);
    const reviewer = await newEducator(browser, b, 'Blair Reviewer');
    const slug = `late-arrival-${randomUUID().slice(0, 8)}`;
    const title = `The late arrival ${slug.slice(-8)}`;

    // A starts the scenario in the workspace: title and short name, then the editor opens.
    const pageA = await a.newPage();
    const draftId = await startDraftInWorkspace(pageA, title, slug);

    // The draft starts from the template with A's title; A writes the scenario (saved as the editor saves).
    const first = await authoringApi<{ draft: { title: string }; revision: Revision }>(
      a.request,
      'get',
      `/drafts/${draftId}`,
    );
    expect(first.draft.title).toBe(title);
    expect(first.revision.yaml).toContain(`title: ${JSON.stringify(title)}`);
    const ink = libraryFile('main.ink');
    expect(ink.split('\n')[LINE - 1]).toContain(OPENING);
    const written = await authoringApi<{ revision: Revision }>(a.request, 'put', `/drafts/${draftId}`, {
      basedOn: first.revision.number,
      yaml: libraryFile('scenario.yaml').replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`),
      ink,
    });
    expect(written.revision.checkStatus, errorsOf(written.revision)).toBe('ok');
    const firstReview = await submit(a.request, draftId, written.revision.number, reviewer.id);

    // B finds the request in the workspace and opens it.
    const pageB = await b.newPage();
    // The workspace, review and scenario pages run under the site's content security policy, blocking nothing.
    const blocked: string[] = [];
    pageB.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) blocked.push(m.text());
    });
    await pageB.goto('/author/');
    await hydrated(pageB);
    const waiting = pageB.getByRole('region', { name: 'Reviews waiting for you' });
    await waiting.getByRole('link', { name: `Review ${title}` }).click();
    await expect(pageB).toHaveURL(new RegExp(`/author/reviews/${firstReview}/$`));
    await hydrated(pageB);
    await expect(pageB.getByRole('heading', { name: 'Checker report' })).toBeVisible();
    await expect(pageB.getByText(/^The checker found (no problems|0 errors)/)).toBeVisible();
    await expect(pageB.getByRole('group', { name: `Branch map of ${title} (scrolls sideways)` })).toBeVisible();
    await expect(pageB.getByText(/A new scenario: nothing has been published under this name/)).toBeVisible();
    await expectNoSeriousAxeViolations(pageB);

    // A comment on a line of the ink, written under the line.
    await pageB.getByRole('button', { name: `Comment on main.ink line ${LINE}`, exact: true }).click();
    const box = pageB.getByLabel(`Your comment on main.ink line ${LINE}`, { exact: true });
    await expect(box).toBeFocused();
    await box.fill('Say which month it is: the trainee needs to know the clinic is busy.');
    await pageB.getByRole('button', { name: 'Add comment' }).click();
    const onLine = pageB.getByRole('list', { name: `Comments on line ${LINE}`, exact: true });
    await expect(onLine).toContainText('Say which month it is');
    await expect(onLine).toContainText(reviewer.name);
    await expect(pageB.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();

    // The preview plays the draft in the trainees' player.
    await pageB.getByRole('button', { name: 'Play this draft' }).click();
    await expect(pageB.getByRole('button', { name: 'Begin the session' })).toBeVisible();

    // Sent back with a summary.
    await pageB.getByRole('button', { name: 'Send back for changes…' }).click();
    const sendBack = pageB.getByRole('dialog', { name: `Send “${title}” back for changes?` });
    await expect(sendBack).toBeVisible();
    await expectNoSeriousAxeViolations(pageB);
    await sendBack.getByLabel(/Summary for the author/).fill('Nearly there: see the comment on the opening.');
    await sendBack.getByRole('button', { name: 'Send back' }).click();
    await expect(pageB.getByRole('status').filter({ hasText: `Sent back to ${EDUCATOR.name}` })).toBeVisible();

    // A reads the review, read-only, with B's comment at its line.
    await pageA.goto(`/author/reviews/${firstReview}/`);
    await hydrated(pageA);
    await expect(pageA.getByText('You cannot review your own scenario.')).toBeVisible();
    await expect(pageA.getByRole('list', { name: `Comments on line ${LINE}`, exact: true })).toContainText(
      'Say which month it is',
    );
    await expect(pageA.getByText('Nearly there: see the comment on the opening.')).toBeVisible();
    await expect(pageA.getByRole('button', { name: /Comment on main\.ink line/ })).toHaveCount(0);
    await expect(pageA.getByRole('button', { name: /Approve and publish/ })).toHaveCount(0);
    await expectNoSeriousAxeViolations(pageA);

    // A changes that line and asks again.
    const sentBack = await authoringApi<{ draft: { status: string }; revision: Revision }>(
      a.request,
      'get',
      `/drafts/${draftId}`,
    );
    expect(sentBack.draft.status).toBe('changes_requested');
    const revised = sentBack.revision.ink.replace(OPENING, 'Thursday in March, five to two.');
    expect(revised).not.toBe(sentBack.revision.ink);
    const saved = await authoringApi<{ revision: Revision }>(a.request, 'put', `/drafts/${draftId}`, {
      basedOn: sentBack.revision.number,
      yaml: sentBack.revision.yaml,
      ink: revised,
    });
    expect(saved.revision.checkStatus, errorsOf(saved.revision)).toBe('ok');
    const secondReview = await submit(a.request, draftId, saved.revision.number, reviewer.id);

    // B approves: the scenario is published as version 1.
    await openReview(pageB, title);
    await expect(pageB).toHaveURL(new RegExp(`/author/reviews/${secondReview}/$`));
    await expect(pageB.getByRole('list', { name: 'main.ink, line by line' })).toContainText(
      'Thursday in March, five to two.',
    );
    await approve(pageB, title, 1);
    await pageB.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(pageB);
    await pageB.setViewportSize({ width: 1280, height: 800 });

    // The scenario's page: version 1, live, approved by B.
    await pageB.getByRole('link', { name: 'Open the scenario’s page' }).click();
    await expect(pageB).toHaveURL(new RegExp(`/author/scenarios/${slug}/$`));
    await hydrated(pageB);
    await expect(pageB.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const versions = pageB.getByRole('region', { name: 'Versions' });
    const v1 = versions.getByRole('row').filter({ has: pageB.getByRole('rowheader', { name: '1', exact: true }) });
    await expect(v1).toContainText('Live');
    await expect(v1).toContainText(reviewer.name);
    const history = pageB.getByRole('region', { name: 'History' });
    await expect(history).toContainText('approved the draft');
    await expect(history).toContainText('published a version');
    await expectNoSeriousAxeViolations(pageB);
    await pageB.setViewportSize({ width: 320, height: 800 });
    await noSidewaysScroll(pageB);
    await pageB.setViewportSize({ width: 1280, height: 800 });

    // On the catalogue's home page now; retired, it is gone; restored, it is back.
    const guest = await browser.newContext();
    try {
      const home = await guest.newPage();
      await home.goto('/');
      await expect(home.getByRole('link', { name: title })).toBeVisible();

      await pageB.getByRole('button', { name: 'Retire…' }).click();
      const retire = pageB.getByRole('dialog', { name: `Retire “${title}”?` });
      await expect(retire).toContainText('attempts in progress finish on the version they began on');
      await expectNoSeriousAxeViolations(pageB);
      await retire.getByRole('button', { name: 'Retire the scenario' }).click();
      await expect(pageB.getByRole('status').filter({ hasText: 'Retired:' })).toBeVisible();
      await expect(pageB.getByText('Retired (hidden from the catalogue)')).toBeVisible();
      await home.reload();
      await expect(home.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(home.getByRole('link', { name: title })).toHaveCount(0);

      await pageB.getByRole('button', { name: 'Restore…' }).click();
      await pageB
        .getByRole('dialog', { name: `Restore “${title}”?` })
        .getByRole('button', { name: 'Restore the scenario' })
        .click();
      await expect(pageB.getByRole('status').filter({ hasText: 'Restored:' })).toBeVisible();
      await home.reload();
      await expect(home.getByRole('link', { name: title })).toBeVisible();
      expect(blocked).toEqual([]);
    } finally {
      await guest.close();
    }
  } finally {
    await a.close();
    await b.close();
  }
});

test('a guest at /author/ is offered the sandbox and a sign-in, not an error; the workspace fits a narrow screen', async ({
  page,
  browser,
}) => {
  const res = await page.goto('/author/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Write scenarios' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).last()).toHaveAttribute(
    'href',
    /\/signin\/\?next=%2Fauthor%2F/,
  );
  await page.getByRole('link', { name: 'try ink without saving' }).click();
  await expect(page).toHaveURL(/\/author\/sandbox\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Try ink without saving' })).toBeVisible();

  const educator = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    await signInByApi(educator, EDUCATOR);
    const narrow = await educator.newPage();
    await narrow.goto('/author/');
    await hydrated(narrow);
    await expect(narrow.getByRole('heading', { name: 'New scenario' })).toBeVisible();
    await noSidewaysScroll(narrow);
    // A name the server refuses is said beside the form, and nothing opens.
    await narrow.getByLabel('Title').fill('A name in use');
    await narrow.getByLabel('Short name').fill('salamat-last-session');
    await narrow.getByRole('button', { name: 'Create and open the editor' }).click();
    await expect(narrow.getByRole('alert').filter({ hasText: 'No scenario was made:' })).toBeVisible();
    await expect(narrow).toHaveURL(/\/author\/$/);
  } finally {
    await educator.close();
  }
});
