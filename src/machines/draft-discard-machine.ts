/**
 * Discarding a draft from its editor (issue 15): asked first (the dialog says what is lost), then sent; a refusal
 * keeps the draft and says why, in the dialog, so the author can try again or keep it. Once discarded the draft and
 * its revisions are no longer editable and it leaves the author's drafts in progress; the page, told, stops the
 * draft's autosave (`draft.discarded` in draft-machine.ts). The API call is injected and rejects with an Error
 * whose message is the server's sentence.
 *
 *   idle ──ask──▶ confirming ──confirm──▶ discarding ──▶ discarded
 *     ▲              │  ▲                     │
 *     └───cancel─────┘  └──── refused (why) ──┘
 */
import { assign, fromPromise, setup } from 'xstate';
import type { DraftStatus, DraftSummary } from '../lib/authoring-types.ts';

export interface DiscardDeps {
  /** Discards the page's draft; answers it as it now stands (status `discarded`). */
  discard: () => Promise<DraftSummary>;
  /** Told once it is discarded, with the draft as it now stands. */
  discarded: (draft: DraftSummary) => void;
}

export interface DiscardContext {
  /** Why the last try was refused, in words. */
  error: string | null;
  /** The draft once discarded. */
  discarded: DraftSummary | null;
}

export type DiscardEvent = { type: 'discard.ask' } | { type: 'discard.cancel' } | { type: 'discard.confirm' };

/** The statuses a draft can be discarded from: never published (the server refuses the rest anyway). */
export const DISCARDABLE: readonly DraftStatus[] = ['draft', 'changes_requested', 'in_review'];

/** Whether the reader may discard the draft: one of its authors, while it was never published. */
export function canDiscard(draft: Pick<DraftSummary, 'mine' | 'status'>): boolean {
  return draft.mine && DISCARDABLE.includes(draft.status);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createDiscardMachine(deps: DiscardDeps) {
  return setup({
    types: { context: {} as DiscardContext, events: {} as DiscardEvent },
    actors: { discard: fromPromise<DraftSummary>(() => deps.discard()) },
  }).createMachine({
    id: 'draft-discard',
    context: { error: null, discarded: null },
    initial: 'idle',
    states: {
      idle: {
        on: { 'discard.ask': { target: 'confirming', actions: assign({ error: null }) } },
      },
      confirming: {
        on: {
          'discard.confirm': 'discarding',
          'discard.cancel': { target: 'idle', actions: assign({ error: null }) },
        },
      },
      discarding: {
        invoke: {
          src: 'discard',
          onDone: {
            target: 'discarded',
            actions: [
              assign({ discarded: ({ event }) => event.output, error: null }),
              ({ event }) => deps.discarded(event.output),
            ],
          },
          onError: {
            target: 'confirming',
            actions: assign({ error: ({ event }) => `The draft was not discarded: ${messageOf(event.error)}` }),
          },
        },
      },
      // Nothing leaves it (not final: the page may still send to it).
      discarded: {},
    },
  });
}
