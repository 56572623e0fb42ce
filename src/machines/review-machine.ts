/**
 * The review page's flow (issue 15): load the review, then, side by side, fetch the revision's bundle (for the
 * branch map and "Play this draft"), write line comments one at a time, and decide (a dialog: approve, or send back
 * with a summary) once. The API calls are injected (`ReviewDeps`); each rejects with an Error whose message is the
 * server's sentence. Who may do what is the server's rule; the guards below only keep the page from offering a
 * form the server would refuse: the reviewer asked, while the review is pending, never one of the draft's authors.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { ScenarioBundle } from '../engine/bundle.ts';
import type { Release, Review, ReviewComment, ReviewDetail } from '../lib/authoring-types.ts';

export type Decision = 'approve' | 'send_back';

export type { ReviewDetail };

export interface CommentInput {
  file: string;
  /** 1-based; null for a comment on the whole draft. */
  line: number | null;
  body: string;
}

export interface ReviewDeps {
  load: (reviewId: string) => Promise<ReviewDetail>;
  loadBundle: (draftId: string, revision: number) => Promise<ScenarioBundle>;
  comment: (reviewId: string, input: CommentInput) => Promise<ReviewComment>;
  decide: (reviewId: string, decision: Decision, summary: string) => Promise<{ review: Review; release?: Release }>;
}

/** Why the person reading may only read: their own draft, someone else's review, or a review already decided. */
export type Standing = 'reviewer' | 'author' | 'not-reviewer' | 'decided';

export function standingOf(detail: ReviewDetail, userId: string): Standing {
  if (detail.draft.mine) return 'author';
  if (detail.review.reviewer.id !== userId) return 'not-reviewer';
  if (detail.review.status !== 'pending') return 'decided';
  return 'reviewer';
}

/** The text of one of the revision's files, by the name its diagnostics and comments use. */
export function fileText(detail: ReviewDetail, file: string): string | null {
  if (file === 'scenario.yaml') return detail.revision.yaml;
  if (file === detail.revision.inkFile) return detail.revision.ink;
  return null;
}

export const lineCount = (text: string) => text.split('\n').length;

/** The comment form, before it is sent. `line` is what was typed in the line field ('' for the whole draft). */
export interface CommentForm {
  file: string;
  line: string;
  body: string;
}

export interface ReviewContext {
  reviewId: string;
  userId: string;
  detail: ReviewDetail | null;
  /** Why the review could not be loaded, with the server's status (404: not there or not yours to see). */
  loadError: { message: string; status: number } | null;
  bundle: ScenarioBundle | null;
  /** Why there is no bundle: the revision has errors, or it could not be fetched. */
  bundleProblem: string | null;
  form: CommentForm;
  commentError: string | null;
  decision: Decision | null;
  summary: string;
  decisionError: string | null;
  /** The release an approval published. */
  release: Release | null;
}

export type ReviewEvent =
  | { type: 'review.retry' }
  | { type: 'comment.edit'; file?: string; line?: string; body?: string }
  | { type: 'comment.submit' }
  | { type: 'decision.open'; decision: Decision }
  | { type: 'decision.edit'; summary: string }
  | { type: 'decision.cancel' }
  | { type: 'decision.submit' };

/** The HTTP status a refusal carries (`status` on the Error), or 0 when there was no answer. */
const statusOf = (error: unknown) =>
  error && typeof error === 'object' && typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : 0;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What is wrong with the comment form, in words, or null when it can be sent. */
export function commentProblem(detail: ReviewDetail, form: CommentForm): string | null {
  if (form.body.trim() === '') return 'Write your comment first.';
  const text = fileText(detail, form.file);
  if (text === null) return `This draft has no file named ${form.file}.`;
  if (form.line.trim() === '') return null;
  const line = Number(form.line);
  const last = lineCount(text);
  if (!Number.isInteger(line) || line < 1 || line > last)
    return `Choose a line from 1 to ${last} of ${form.file}, or leave the line empty to comment on the whole draft.`;
  return null;
}

/** What is wrong with the decision, in words, or null. Sending back needs a reason: a summary or a comment. */
export function decisionProblem(detail: ReviewDetail, decision: Decision, summary: string): string | null {
  if (decision === 'send_back' && summary.trim() === '' && detail.review.comments.length === 0)
    return 'Say what needs changing: write a summary, or comment on the lines first.';
  return null;
}

export function createReviewMachine(deps: ReviewDeps) {
  return setup({
    types: {
      context: {} as ReviewContext,
      events: {} as ReviewEvent,
      input: {} as { reviewId: string; userId: string },
    },
    actors: {
      load: fromPromise<ReviewDetail, { reviewId: string }>(({ input }) => deps.load(input.reviewId)),
      loadBundle: fromPromise<ScenarioBundle, { draftId: string; revision: number }>(({ input }) =>
        deps.loadBundle(input.draftId, input.revision),
      ),
      comment: fromPromise<ReviewComment, { reviewId: string; input: CommentInput }>(({ input }) =>
        deps.comment(input.reviewId, input.input),
      ),
      decide: fromPromise<
        { review: Review; release?: Release },
        { reviewId: string; decision: Decision; summary: string }
      >(({ input }) => deps.decide(input.reviewId, input.decision, input.summary)),
    },
    guards: {
      mayReview: ({ context }) => context.detail !== null && standingOf(context.detail, context.userId) === 'reviewer',
      playable: ({ context }) => context.detail?.revision.checkStatus === 'ok',
      commentReady: ({ context }) => context.detail !== null && commentProblem(context.detail, context.form) === null,
      decisionReady: ({ context }) =>
        context.detail !== null &&
        context.decision !== null &&
        decisionProblem(context.detail, context.decision, context.summary) === null,
    },
  }).createMachine({
    id: 'review',
    context: ({ input }) => ({
      reviewId: input.reviewId,
      userId: input.userId,
      detail: null,
      loadError: null,
      bundle: null,
      bundleProblem: null,
      form: { file: 'scenario.yaml', line: '', body: '' },
      commentError: null,
      decision: null,
      summary: '',
      decisionError: null,
      release: null,
    }),
    initial: 'loading',
    states: {
      loading: {
        invoke: {
          src: 'load',
          input: ({ context }) => ({ reviewId: context.reviewId }),
          onDone: {
            target: 'ready',
            actions: assign(({ event }) => ({
              detail: event.output,
              loadError: null,
              // Comments open on the ink, where most of them go.
              form: { file: event.output.revision.inkFile, line: '', body: '' },
            })),
          },
          onError: {
            target: 'failed',
            actions: assign(({ event }) => ({
              loadError: { message: messageOf(event.error), status: statusOf(event.error) },
            })),
          },
        },
      },
      failed: {
        on: { 'review.retry': 'loading' },
      },
      ready: {
        type: 'parallel',
        states: {
          bundle: {
            initial: 'checking',
            states: {
              checking: {
                always: [
                  { guard: 'playable', target: 'loading' },
                  {
                    target: 'unavailable',
                    actions: assign({
                      bundleProblem: ({ context }) =>
                        context.detail?.revision.checkStatus === 'pending'
                          ? 'The server is still checking this revision: reload the page in a moment.'
                          : 'This revision has errors, so it cannot be played or mapped. Send it back.',
                    }),
                  },
                ],
              },
              loading: {
                invoke: {
                  src: 'loadBundle',
                  input: ({ context }) => ({
                    draftId: context.detail!.draft.id,
                    revision: context.detail!.revision.number,
                  }),
                  onDone: { target: 'loaded', actions: assign({ bundle: ({ event }) => event.output }) },
                  onError: {
                    target: 'unavailable',
                    actions: assign({
                      bundleProblem: ({ event }) => `The draft could not be loaded for play: ${messageOf(event.error)}`,
                    }),
                  },
                },
              },
              loaded: {},
              unavailable: {},
            },
          },
          comment: {
            initial: 'idle',
            states: {
              idle: {
                on: {
                  'comment.edit': {
                    actions: assign(({ context, event }) => ({
                      form: {
                        file: event.file ?? context.form.file,
                        line: event.line ?? context.form.line,
                        body: event.body ?? context.form.body,
                      },
                      commentError: null,
                    })),
                  },
                  'comment.submit': [
                    { guard: 'mayReview', target: 'checking' },
                    {
                      actions: assign({
                        commentError: 'Only the reviewer asked can comment, while the review is open.',
                      }),
                    },
                  ],
                },
              },
              checking: {
                always: [
                  { guard: 'commentReady', target: 'sending' },
                  {
                    target: 'idle',
                    actions: assign({
                      commentError: ({ context }) => commentProblem(context.detail!, context.form),
                    }),
                  },
                ],
              },
              sending: {
                invoke: {
                  src: 'comment',
                  input: ({ context }) => ({
                    reviewId: context.reviewId,
                    input: {
                      file: context.form.file,
                      line: context.form.line.trim() === '' ? null : Number(context.form.line),
                      body: context.form.body.trim(),
                    },
                  }),
                  onDone: {
                    target: 'idle',
                    actions: assign(({ context, event }) => ({
                      detail: {
                        ...context.detail!,
                        review: {
                          ...context.detail!.review,
                          comments: [...context.detail!.review.comments, event.output],
                        },
                      },
                      // The file and line stay, so a second comment on the same place needs only its words.
                      form: { ...context.form, body: '' },
                      commentError: null,
                    })),
                  },
                  onError: {
                    target: 'idle',
                    actions: assign({
                      commentError: ({ event }) => `The comment was not saved: ${messageOf(event.error)}`,
                    }),
                  },
                },
              },
            },
          },
          decision: {
            initial: 'closed',
            states: {
              closed: {
                on: {
                  'decision.open': {
                    guard: 'mayReview',
                    target: 'open',
                    actions: assign(({ event }) => ({ decision: event.decision, decisionError: null })),
                  },
                },
              },
              open: {
                on: {
                  'decision.open': {
                    actions: assign(({ event }) => ({ decision: event.decision, decisionError: null })),
                  },
                  'decision.edit': { actions: assign({ summary: ({ event }) => event.summary, decisionError: null }) },
                  'decision.cancel': { target: 'closed', actions: assign({ decisionError: null }) },
                  'decision.submit': [
                    { guard: 'decisionReady', target: 'sending' },
                    {
                      actions: assign({
                        decisionError: ({ context }) =>
                          decisionProblem(context.detail!, context.decision!, context.summary),
                      }),
                    },
                  ],
                },
              },
              sending: {
                invoke: {
                  src: 'decide',
                  input: ({ context }) => ({
                    reviewId: context.reviewId,
                    decision: context.decision!,
                    summary: context.summary.trim(),
                  }),
                  onDone: {
                    target: 'decided',
                    actions: assign(({ context, event }) => ({
                      detail: { ...context.detail!, review: event.output.review },
                      release: event.output.release ?? null,
                      decisionError: null,
                    })),
                  },
                  onError: {
                    target: 'open',
                    actions: assign({
                      decisionError: ({ event }) => `Nothing was decided: ${messageOf(event.error)}`,
                    }),
                  },
                },
              },
              decided: {},
            },
          },
        },
      },
    },
  });
}
