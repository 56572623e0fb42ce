/** The shapes the authoring API answers with (the contract the authoring pages are written against). */
import type { Diagnostic } from '../../../engine/diagnostics.ts';
import type { DraftStatus, ReviewStatus } from '../../db/schema.ts';

/** Someone who acted; an erased account is `{ id: null, name: 'Removed account' }`. */
export interface Person {
  id: string | null;
  name: string;
}

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
  /** The release this draft revises; null for a new scenario. */
  baseVersion: number | null;
  updatedAt: string;
  /** The newest revision's check. */
  checkStatus: CheckStatus;
  errorCount: number;
  /** Whether the reader is its owner or a co-author (a reviewer reads it without being one). */
  mine: boolean;
}

export interface Revision {
  number: number;
  yaml: string;
  ink: string;
  /** The ink file's name: the yaml's `main`, `main.ink` by default. */
  inkFile: string;
  author: Person;
  createdAt: string;
  checkStatus: CheckStatus;
  diagnostics: Diagnostic[];
  hash: string | null;
}

export type RevisionSummary = Omit<Revision, 'yaml' | 'ink' | 'diagnostics'> & {
  errorCount: number;
  warningCount: number;
};

export interface Comment {
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
  comments: Comment[];
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
  liveVersion: number;
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

export interface Diff {
  files: { file: string; hunks: { oldStart: number; newStart: number; lines: DiffLine[] }[] }[];
}

/** The published files a revising draft started from. */
export interface BaseFiles {
  version: number;
  yaml: string;
  ink: string;
}
