/**
 * The shapes the authoring API answers with: the contract the authoring pages are written against, kept once in
 * src/lib/authoring-types.ts (type-only, so the browser's side and the server's cannot drift apart) and named here
 * as the services call them.
 */
export type {
  AuthoredScenario,
  AuthoringEvent,
  CheckStatus,
  Diff,
  DiffLine,
  DraftSummary,
  Person,
  Release,
  Review,
  Revision,
  RevisionSummary,
  ReviewComment as Comment,
  BaseVersion as BaseFiles,
} from '../../../lib/authoring-types.ts';
