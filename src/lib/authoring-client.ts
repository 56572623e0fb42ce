/**
 * The islands' calls to the authoring API (issue 15), one function per endpoint, each answering an Outcome
 * (never throwing) with the server's sentence when it refuses. Used by the draft editor and the review pages.
 *
 * The API's problems arrive as `{ error: { status, message, ...details } }` (the house envelope) or
 * `{ error: '<sentence>' }`; both are read, and a save's conflict (409 with `conflict`) is kept whole so the
 * editor can show both versions.
 */
import type { ScenarioBundle } from '../engine/bundle.ts';
import { refusalWords, request, SERVER_DOWN } from './api-client.ts';
import type {
  AuthoredScenario,
  AuthoringEvent,
  BaseVersion,
  Diff,
  DraftSummary,
  DraftTexts,
  Person,
  Release,
  Review,
  ReviewComment,
  ReviewDetail,
  Revision,
  RevisionSummary,
  SaveConflict,
} from './authoring-types.ts';

export type AuthoringOutcome<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; body: Record<string, unknown> | null };

const BASE = '/api/authoring';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The sentence in either error envelope, or null. */
function sentenceOf(body: Record<string, unknown> | null): string | null {
  const e = body?.error;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  return null;
}

/** One call; `body` goes as JSON, or as it is when it is a file (with `type`). */
export async function call<T>(
  method: Method,
  url: string,
  body?: unknown,
  type?: string,
): Promise<AuthoringOutcome<T>> {
  const answer = await request(method, url, body, type);
  if (!answer) return { ok: false, status: 0, message: SERVER_DOWN, body: null };
  const { status, data } = answer;
  if (answer.ok) return { ok: true, status, data: data as T };
  const obj = data && typeof data === 'object' ? (data as Record<string, unknown>) : null;
  const said = sentenceOf(obj);
  const message =
    status === 401 && said === null
      ? 'Your session has ended. Sign in again, then try again.'
      : refusalWords(status, said);
  return { ok: false, status, message, body: obj };
}

/** A failure worth trying again by itself: no answer, or the server (not the request) failed. */
export function isTransient(outcome: { ok: false; status: number }): boolean {
  return outcome.status === 0 || outcome.status >= 500 || outcome.status === 429;
}

/** The conflict a refused save carries, at the top level or inside the error envelope; null when there is none. */
export function conflictOf(outcome: AuthoringOutcome<unknown>): SaveConflict | null {
  if (outcome.ok || outcome.status !== 409 || !outcome.body) return null;
  const top = outcome.body.conflict;
  const inner = (outcome.body.error as Record<string, unknown> | undefined)?.conflict;
  const c = (top ?? inner) as SaveConflict | undefined;
  return c && typeof c === 'object' && c.theirs && c.yours ? c : null;
}

const draft = (id: string) => `${BASE}/drafts/${encodeURIComponent(id)}`;

export interface DraftList {
  drafts: DraftSummary[];
  reviews: (Review & { draft: DraftSummary })[];
}
export interface DraftWithRevision {
  draft: DraftSummary;
  revision: Revision;
}
export interface DraftDetail extends DraftWithRevision {
  reviews: Review[];
  base: BaseVersion | null;
}

export const listDrafts = () => call<DraftList>('GET', `${BASE}/drafts`);
export const createDraft = (input: { slug: string; yaml?: string; ink?: string }) =>
  call<DraftWithRevision>('POST', `${BASE}/drafts`, input);
export const getDraft = (id: string) => call<DraftDetail>('GET', draft(id));
/** Saves the texts on top of revision `basedOn`; a 409 with `conflictOf` set means someone saved first. */
export const saveDraft = (id: string, basedOn: number, texts: DraftTexts) =>
  call<DraftWithRevision>('PUT', draft(id), { basedOn, yaml: texts.yaml, ink: texts.ink });
export const listRevisions = (id: string) => call<{ revisions: RevisionSummary[] }>('GET', `${draft(id)}/revisions`);
export const getRevision = (id: string, n: number) =>
  call<{ revision: Revision }>('GET', `${draft(id)}/revisions/${n}`);
/** The line diff from revision `from` to revision `to` (or to the published version, 'base'). */
export const getDiff = (id: string, from: number | 'base', to: number | 'base') =>
  call<Diff>('GET', `${draft(id)}/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
export const revisionBundleUrl = (id: string, n: number) => `${draft(id)}/revisions/${n}/bundle.json`;
export const getRevisionBundle = (id: string, n: number) => call<ScenarioBundle>('GET', revisionBundleUrl(id, n));
export const addCoauthor = (id: string, email: string) =>
  call<{ coauthors: Person[] }>('POST', `${draft(id)}/coauthors`, { email });
export const removeCoauthor = (id: string, userId: string) =>
  call<{ coauthors: Person[] }>('DELETE', `${draft(id)}/coauthors/${encodeURIComponent(userId)}`);
export const listReviewers = (id: string) => call<{ reviewers: Person[] }>('GET', `${draft(id)}/reviewers`);
export const submitDraft = (id: string, revision: number, reviewerId: string) =>
  call<{ review: Review }>('POST', `${draft(id)}/submit`, { revision, reviewerId });
export const withdrawDraft = (id: string) => call<{ draft: DraftSummary }>('POST', `${draft(id)}/withdraw`);
export const discardDraft = (id: string) => call<{ draft: DraftSummary }>('POST', `${draft(id)}/discard`);
export const draftExportUrl = (id: string) => `${draft(id)}/export.zip`;

const review = (id: string) => `${BASE}/reviews/${encodeURIComponent(id)}`;
export const getReview = (id: string) => call<ReviewDetail>('GET', review(id));
export const addReviewComment = (id: string, input: { file: string; line: number | null; body: string }) =>
  call<{ comment: ReviewComment }>('POST', `${review(id)}/comments`, input);
export const decideReview = (id: string, decision: 'approve' | 'send_back', summary?: string) =>
  call<{ review: Review; release?: Release }>('POST', `${review(id)}/decision`, { decision, summary });

const scenario = (slug: string) => `${BASE}/scenarios/${encodeURIComponent(slug)}`;
export const listAuthoredScenarios = () => call<{ scenarios: AuthoredScenario[] }>('GET', `${BASE}/scenarios`);
export const getAuthoredScenario = (slug: string) =>
  call<{ scenario: AuthoredScenario; history: AuthoringEvent[]; drafts: DraftSummary[] }>('GET', scenario(slug));
export const reviseScenario = (slug: string) => call<{ draft: DraftSummary }>('POST', `${scenario(slug)}/revise`);
export const retireScenario = (slug: string) =>
  call<{ scenario: AuthoredScenario }>('POST', `${scenario(slug)}/retire`);
export const restoreScenario = (slug: string) =>
  call<{ scenario: AuthoredScenario }>('POST', `${scenario(slug)}/restore`);
export const rollbackScenario = (slug: string, version: number) =>
  call<{ scenario: AuthoredScenario }>('POST', `${scenario(slug)}/rollback`, { version });
export const scenarioExportUrl = (slug: string, version?: number) =>
  `${scenario(slug)}/export.zip${version === undefined ? '' : `?version=${version}`}`;

/** Imports a zipped scenario folder as a new draft (≤ 1 MB). */
export const importScenarioZip = (zip: Blob) =>
  call<DraftWithRevision>('POST', `${BASE}/import`, zip, 'application/zip');
