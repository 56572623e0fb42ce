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

let last = { ms: 0, seq: 0 };

/**
 * A UUID (version 7 layout) that sorts by the event's time and, within one millisecond of this process, by the
 * order events were recorded: an approval and the publication it makes share their time and must still read in
 * that order.
 */
export function eventId(at: string): string {
  const ms = Date.parse(at);
  last = ms === last.ms ? { ms, seq: last.seq + 1 } : { ms, seq: 0 };
  const time = ms.toString(16).padStart(12, '0').slice(-12);
  const seq = (last.seq & 0xfff).toString(16).padStart(3, '0');
  const random = crypto.randomUUID();
  const variant = ((parseInt(random[19]!, 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-7${seq}-${variant}${random.slice(20, 23)}-${random.slice(24)}`;
}

export async function recordEvent(executor: Kysely<Database>, e: EventInput): Promise<void> {
  await executor
    .insertInto('authoring_event')
    .values({
      id: eventId(e.at),
      slug: e.slug,
      draft_id: e.draftId,
      actor_id: e.actorId,
      action: e.action,
      detail: e.detail ?? null,
      at: e.at,
    })
    .execute();
}
