/** The draft editor's save status in words (issue 15): what the page's status line says for each state. */
import type { DraftContext } from './draft-machine.ts';

export type DraftSaveTone = 'ok' | 'busy' | 'warn' | 'error';

export function draftSaveStatus(state: { value: unknown; context: DraftContext }): {
  text: string;
  tone: DraftSaveTone;
} {
  const c = state.context;
  switch (state.value) {
    case 'saved':
      return { text: `Saved as revision ${c.revision.number}`, tone: 'ok' };
    case 'saving':
      return { text: 'Saving…', tone: 'busy' };
    case 'dirty':
      return {
        text: c.restored ? 'Changes not saved yet (kept in this browser)' : 'Changes not saved yet',
        tone: 'busy',
      };
    case 'retrying':
      return { text: `Not saved — retrying. ${c.error ?? ''}`.trim(), tone: 'warn' };
    case 'conflict':
      return { text: 'Not saved: someone else saved this draft first. Choose which version to keep.', tone: 'error' };
    case 'refused':
      return { text: `Not saved: ${c.error ?? 'the server refused the save.'}`, tone: 'error' };
    case 'discarded':
      return { text: 'Discarded: nothing more is saved.', tone: 'warn' };
    default:
      return { text: '', tone: 'busy' };
  }
}
