/** One autosave through the authoring API, read as the draft machine's SaveOutcome (src/machines/draft-machine.ts). */
import { conflictOf, isTransient, saveDraft } from '../../../lib/authoring-client.ts';
import type { DraftTexts } from '../../../lib/authoring-types.ts';
import type { SaveOutcome } from '../../../machines/draft-machine.ts';

export async function saveOnServer(draftId: string, basedOn: number, text: DraftTexts): Promise<SaveOutcome> {
  const outcome = await saveDraft(draftId, basedOn, text);
  if (outcome.ok) return { kind: 'saved', revision: outcome.data.revision };
  const conflict = conflictOf(outcome);
  if (conflict) return { kind: 'conflict', conflict, message: outcome.message };
  return { kind: 'failed', message: outcome.message, transient: isTransient(outcome) };
}
