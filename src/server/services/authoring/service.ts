/**
 * Authoring (issue 15): educators and administrators write scenarios in the browser as drafts (every save a
 * checked, numbered revision), share them with co-authors, send them to another educator for review, and
 * publish them on approval as immutable releases that the catalogue serves with no rebuild. One job per file:
 * create.ts, save.ts, views.ts, revisions.ts, coauthors.ts, submit.ts, reviews.ts, decision.ts (publish.ts),
 * scenarios.ts, files.ts; access.ts says who may read or change what.
 */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import type { DraftChecker } from '../../authoring-check/types.ts';
import type { Actor } from '../../core/actor.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';
import { addCoauthor, removeCoauthor, reviewersFor } from './coauthors.ts';
import type { AuthoringContext } from './context.ts';
import { createDraft } from './create.ts';
import { decideReview } from './decision.ts';
import { exportDraft, exportRelease, importDraft } from './files.ts';
import { diffRevisions, getRevision, listRevisions, revisionBundle } from './revisions.ts';
import { addComment, readReview } from './reviews.ts';
import { saveDraft } from './save.ts';
import {
  getScenario,
  listScenarios,
  restoreScenario,
  retireScenario,
  reviseScenario,
  rollbackScenario,
} from './scenarios.ts';
import { discardDraft, submitDraft, withdrawDraft } from './submit.ts';
import { blankTemplate } from './template.ts';
import { getDraft, listDrafts } from './views.ts';

export type * from './types.ts';

export interface AuthoringOptions {
  checker: DraftChecker;
  stories: StoryCatalog;
  versions: StoryVersions;
  now?: () => Date;
}

export function authoringService(db: Kysely<Database>, options: AuthoringOptions) {
  const ctx: AuthoringContext = {
    db,
    now: options.now ?? (() => new Date()),
    checker: options.checker,
    stories: options.stories,
    versions: options.versions,
    bundles: new Map<string, ScenarioBundle>(),
    template: blankTemplate,
  };
  return {
    /** Own and co-authored drafts (newest first), and the pending reviews asked of `actor`. */
    list: (actor: Actor) => listDrafts(ctx, actor),
    create: (actor: Actor, input: unknown) => createDraft(ctx, actor, input),
    get: (actor: Actor, draftId: string) => getDraft(ctx, actor, draftId),
    /** A checked save on top of revision `basedOn`; a 409 with both versions when another save came first. */
    save: (actor: Actor, draftId: string, input: unknown) => saveDraft(ctx, actor, draftId, input),
    revisions: (actor: Actor, draftId: string) => listRevisions(ctx, actor, draftId),
    revision: (actor: Actor, draftId: string, n: string | number) => getRevision(ctx, actor, draftId, n),
    diff: (actor: Actor, draftId: string, from: string, to: string) => diffRevisions(ctx, actor, draftId, from, to),
    bundle: (actor: Actor, draftId: string, n: string | number) => revisionBundle(ctx, actor, draftId, n),
    addCoauthor: (actor: Actor, draftId: string, input: unknown) => addCoauthor(ctx, actor, draftId, input),
    removeCoauthor: (actor: Actor, draftId: string, userId: string) => removeCoauthor(ctx, actor, draftId, userId),
    reviewers: (actor: Actor, draftId: string) => reviewersFor(ctx, actor, draftId),
    submit: (actor: Actor, draftId: string, input: unknown) => submitDraft(ctx, actor, draftId, input),
    withdraw: (actor: Actor, draftId: string) => withdrawDraft(ctx, actor, draftId),
    discard: (actor: Actor, draftId: string) => discardDraft(ctx, actor, draftId),
    review: (actor: Actor, reviewId: string) => readReview(ctx, actor, reviewId),
    comment: (actor: Actor, reviewId: string, input: unknown) => addComment(ctx, actor, reviewId, input),
    /** Approve (publishes the revision as the next release, live at once) or send back. */
    decide: (actor: Actor, reviewId: string, input: unknown) => decideReview(ctx, actor, reviewId, input),
    scenarios: (actor: Actor) => listScenarios(ctx, actor),
    scenario: (actor: Actor, slug: string) => getScenario(ctx, actor, slug),
    revise: (actor: Actor, slug: string) => reviseScenario(ctx, actor, slug),
    retire: (actor: Actor, slug: string) => retireScenario(ctx, actor, slug),
    restore: (actor: Actor, slug: string) => restoreScenario(ctx, actor, slug),
    rollback: (actor: Actor, slug: string, input: unknown) => rollbackScenario(ctx, actor, slug, input),
    exportDraft: (actor: Actor, draftId: string) => exportDraft(ctx, actor, draftId),
    exportRelease: (actor: Actor, slug: string, version: string | null) => exportRelease(ctx, actor, slug, version),
    import: (actor: Actor, zip: Uint8Array) => importDraft(ctx, actor, zip),
  };
}

export type AuthoringService = ReturnType<typeof authoringService>;
