/**
 * The authoring pages' words for the API's codes (issue 15): a draft's status, its check, a review's outcome and
 * each recorded action, as an educator reads them. Shared by the workspace, the review and the scenario pages.
 */
import type { AuthoringEvent, CheckStatus, DraftStatus, ReviewStatus } from '../../../lib/authoring-types.ts';

export const DRAFT_STATUS: Record<DraftStatus, string> = {
  draft: 'Being written',
  in_review: 'Waiting for review',
  changes_requested: 'Sent back for changes',
  published: 'Published',
  discarded: 'Discarded',
};

export const REVIEW_STATUS: Record<ReviewStatus, string> = {
  pending: 'Waiting for a decision',
  approved: 'Approved and published',
  changes_requested: 'Sent back for changes',
  withdrawn: 'Withdrawn by the author',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "No errors", "3 errors", or "Being checked" while the server's checker runs. */
export function checkWords(status: CheckStatus, errors: number): string {
  if (status === 'pending') return 'Being checked';
  if (status === 'ok' || errors === 0) return 'No errors';
  return plural(errors, 'error');
}

/** What each recorded action did, after the person's name ("Alex Author saved revision 3"). */
const ACTION: Record<string, string> = {
  create: 'created the draft',
  save: 'saved a revision',
  coauthor_add: 'added a co-author',
  coauthor_remove: 'removed a co-author',
  submit: 'asked for a review',
  withdraw: 'withdrew the draft from review',
  comment: 'commented on the draft',
  approve: 'approved the draft',
  send_back: 'sent the draft back for changes',
  publish: 'published a version',
  retire: 'retired the scenario',
  restore: 'restored the scenario',
  rollback: 'rolled back to an earlier version',
  revise: 'started a revision',
  import: 'imported the scenario from a folder',
  export: 'exported the scenario',
  discard: 'discarded the draft',
};

export function actionWords(event: Pick<AuthoringEvent, 'action'>): string {
  return ACTION[event.action] ?? event.action.replaceAll('_', ' ');
}

export const STATUS_OF_SCENARIO = { active: 'Live in the catalogue', retired: 'Retired (hidden from the catalogue)' };
