/**
 * What the authoring specs share (issue 15): the authoring API as the editor calls it, starting a draft in the
 * workspace, a story with one error, typing into the ink editor, opening a review and approving it. Accounts and the rest are in support.ts.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations, hydrated, testOrigin } from './support.ts';

/** Calls the authoring API (/api/authoring…) as the person of `request`; fails unless it answers 2xx. Answers the body. */
export async function authoringApi<T>(
  request: APIRequestContext,
  method: 'get' | 'post' | 'put',
  path: string,
  data?: unknown,
): Promise<T> {
  const send = () =>
    request[method](`/api/authoring${path}`, { headers: { origin: testOrigin() }, ...(data ? { data } : {}) });
  // A read is sent again once if the connection it reused was reset, as a browser does; a write never is.
  const res = await send().catch((e: unknown) => {
    if (method === 'get' && /ECONNRESET|socket hang up/.test(String(e))) return send();
    throw e;
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/**
 * Starts a scenario in the signed-in educator's workspace, as they would: a title and a short name, and the
 * editor opens (axe runs on the workspace first). Answers the new draft's id.
 */
export async function startDraftInWorkspace(page: Page, title: string, slug: string): Promise<string> {
  await page.goto('/author/');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Your authoring workspace' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Short name').fill(slug);
  await page.getByRole('button', { name: 'Create and open the editor' }).click();
  await expect(page).toHaveURL(/\/author\/drafts\/[^/]+\/$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
}

/**
 * A short story with one error, its client named `speaker`: line 8 diverts to a knot that does not exist (`-> close`
 * mends it). Its options are as long as each other and both ask, with the key second: no surface cue for the checker's
 * bots.
 */
export const brokenStory = (speaker: string) => `VAR bond = 0
VAR task = 0
VAR goal = 0
Hello. I wasn't sure I'd come today. #speaker:${speaker}
* [Shall we make a start on your forms? #rubric:trust.active-listening:-2 #feedback:Skips past what she said.]
  ~ bond -= 1
  Right. #speaker:${speaker}
  -> ending_missing
* [I'm glad you did. What made it hard? #rubric:trust.active-listening:+2 #feedback:Warm and curious.]
  ~ bond += 1
  It's been a long week. #speaker:${speaker}
  -> close
=== close ===
She nods. #ending:Carried on
-> END
`;

/** Replaces everything in the ink editor with `text`, typed key by key as an author would (CodeMirror listens to key and input events). */
export async function typeInk(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'ink source of the scenario' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Opens the review waiting in `page`'s workspace for `title`. */
export async function openReview(page: Page, title: string) {
  await page.goto('/author/');
  await hydrated(page);
  await page
    .getByRole('region', { name: 'Reviews waiting for you' })
    .getByRole('link', { name: `Review ${title}` })
    .click();
  await expect(page).toHaveURL(/\/author\/reviews\/[^/]+\/$/);
  await hydrated(page);
}

/** Approves the open review; answers the version published. */
export async function approve(page: Page, title: string, version: number) {
  await page.getByRole('button', { name: 'Approve and publish…' }).click();
  const dialog = page.getByRole('dialog', { name: `Approve and publish “${title}”?` });
  await expect(dialog).toContainText('Attempts already in progress keep the version they began on');
  await dialog.getByRole('button', { name: 'Approve and publish' }).click();
  // Publishing compiles and checks the draft again in a child process: seconds on a busy machine.
  await expect(page.getByRole('status').filter({ hasText: `Published as version ${version}.` })).toBeVisible({
    timeout: 30_000,
  });
}
