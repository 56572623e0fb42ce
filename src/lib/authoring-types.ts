/**
 * The authoring API's JSON (issue 15), as the pages and islands read it. The server's services produce the
 * same shapes; these types are the browser's side of that contract, so nothing here imports `src/server`.
 */
import type { Diagnostic } from '../engine/diagnostics.ts';

/** Someone named on a draft, a review or a release; an erased account is `{ id: null, name: 'Removed account' }`. */
export interface Person {
  id: string | null;
  name: string;
}

export type DraftStatus = 'draft' | 'in_review' | 'changes_requested' | 'published' | 'discarded';
export type CheckStatus = 'ok' | 'errors' | 'pending';

export interface DraftSummary {
  id: string;
  slug: string;
  title: string;
  status: DraftStatus;
  /** The newest revision's number. */
  revision: number;
  owner: Person;
  coauthors: Person[];
  /** The published version this draft revises, or null for a new scenario. */
  baseVersion: number | null;
  updatedAt: string;
  checkStatus: CheckStatus;
  errorCount: number;
  /** True when the signed-in person owns it or co-authors it. */
  mine: boolean;
}

export interface Revision {
  number: number;
  yaml: string;
  ink: string;
  /** The ink file's name, the yaml's `main` (`main.ink` by default). */
  inkFile: string;
  author: Person;
  createdAt: string;
  checkStatus: CheckStatus;
  /** Each problem's `file` is 'scenario.yaml' or the ink file's name. */
  diagnostics: Diagnostic[];
  hash: string | null;
}

export type RevisionSummary = Omit<Revision, 'yaml' | 'ink' | 'diagnostics'> & {
  errorCount: number;
  warningCount: number;
};

export type ReviewStatus = 'pending' | 'approved' | 'changes_requested' | 'withdrawn';

export interface ReviewComment {
  id: string;
  reviewId: string;
  file: string;
  line: number | null;
  body: string;
  author: Person;
  createdAt: string;
}

export interface Review {
  id: string;
  draftId: string;
  revision: number;
  status: ReviewStatus;
  requestedBy: Person;
  reviewer: Person;
  summary: string | null;
  createdAt: string;
  decidedAt: string | null;
  comments: ReviewComment[];
}

export interface Release {
  slug: string;
  version: number;
  hash: string;
  publishedAt: string;
  author: Person;
  approvedBy: Person;
  live: boolean;
}

export interface AuthoredScenario {
  slug: string;
  title: string;
  status: 'active' | 'retired';
  liveVersion: number | null;
  releases: Release[];
}

export interface AuthoringEvent {
  action: string;
  actor: Person;
  at: string;
  draftId: string | null;
  detail: string | null;
}

export interface DiffLine {
  kind: 'same' | 'add' | 'del';
  text: string;
}
export interface DiffHunk {
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}
export interface Diff {
  files: { file: string; hunks: DiffHunk[] }[];
}

/** The published text a draft revises. */
export interface BaseVersion {
  version: number;
  yaml: string;
  ink: string;
}

/** What GET /api/authoring/reviews/:id answers. */
export interface ReviewDetail {
  review: Review;
  draft: DraftSummary;
  revision: Revision;
  base: BaseVersion | null;
  /** Against the published version; null for a new scenario. */
  diff: Diff | null;
}

/** What a save sends: the texts, and the revision they were edited from. */
export interface DraftTexts {
  yaml: string;
  ink: string;
}

/** A save refused because someone saved first: their revision, and the texts that were not saved. */
export interface SaveConflict {
  theirs: Revision;
  yours: DraftTexts;
}
