/**
 * The authoring history: every action on a draft or a published scenario is one `authoring_event` row (who,
 * what, when), written in the same transaction as the change it records.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export type AuthoringAction =
  | 'create'
  | 'save'
  | 'coauthor_add'
  | 'coauthor_remove'
  | 'submit'
  | 'withdraw'
  | 'comment'
  | 'approve'
  | 'send_back'
  | 'publish'
  | 'retire'
  | 'restore'
  | 'rollback'
  | 'revise'
  | 'import'
  | 'export'
  | 'discard';

export interface EventInput {
  slug: string;
  draftId: string | null;
  actorId: string;
  action: AuthoringAction;
  detail?: string | null;
  at: string;
}

export async function recordEvent(executor: Kysely<Database>, e: EventInput): Promise<void> {
  await executor
    .insertInto('authoring_event')
    .values({
      id: crypto.randomUUID(),
      slug: e.slug,
      draft_id: e.draftId,
      actor_id: e.actorId,
      action: e.action,
      detail: e.detail ?? null,
      at: e.at,
    })
    .execute();
}
