/**
 * The review page's machine (issue 15): loading, the bundle for the map and the preview, line comments and the
 * decision, driven with API calls the test answers when it chooses. Every state of the machine is visited by
 * the tests below together (checked at the end), and each refusal the page must word is checked.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { Release, Review, ReviewComment } from '../../src/lib/authoring-types.ts';
import {
  createReviewMachine,
  standingOf,
  type CommentInput,
  type Decision,
  type ReviewDeps,
  type ReviewDetail,
} from '../../src/machines/review-machine.ts';

const A = { id: 'user-a', name: 'Alex Author' };
const B = { id: 'user-b', name: 'Blair Reviewer' };

function detail(
  over: { mine?: boolean; status?: Review['status']; check?: 'ok' | 'errors' | 'pending' } = {},
): ReviewDetail {
  return {
    review: {
      id: 'rev-1',
      draftId: 'draft-1',
      revision: 3,
      status: over.status ?? 'pending',
      requestedBy: A,
      reviewer: B,
      summary: null,
      createdAt: '2026-11-20T10:00:00.000Z',
      decidedAt: null,
      comments: [],
    },
    draft: {
      id: 'draft-1',
      slug: 'a-new-one',
      title: 'A new one',
      status: 'in_review',
      revision: 3,
      owner: A,
      coauthors: [],
      baseVersion: null,
      updatedAt: '2026-11-20T10:00:00.000Z',
      checkStatus: over.check ?? 'ok',
      errorCount: 0,
      mine: over.mine ?? false,
    },
    revision: {
      number: 3,
      yaml: 'title: A new one\nmodule: boundaries\n',
      ink: 'Hello.\n* [Hi]\n  -> END\n',
      inkFile: 'main.ink',
      author: A,
      createdAt: '2026-11-20T10:00:00.000Z',
      checkStatus: over.check ?? 'ok',
      diagnostics: [],
      hash: 'abc',
    },
    base: null,
    diff: null,
  };
}

/** A promise the test settles by hand, with the arguments the machine called with. */
function deferred<T, A extends unknown[]>() {
  const calls: { args: A; resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  const fn = (...args: A) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ args, resolve, reject });
    });
  return { fn, calls };
}

const visited = new Set<string>();
const flat = (value: unknown, prefix = ''): string[] =>
  typeof value === 'string'
    ? [`${prefix}${value}`]
    : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flat(v, `${prefix}${k}.`));

function start(userId = B.id) {
  const load = deferred<ReviewDetail, [string]>();
  const bundle = deferred<ScenarioBundle, [string, number]>();
  const comment = deferred<ReviewComment, [string, CommentInput]>();
  const decide = deferred<{ review: Review; release?: Release }, [string, Decision, string]>();
  const deps: ReviewDeps = { load: load.fn, loadBundle: bundle.fn, comment: comment.fn, decide: decide.fn };
  const actor = createActor(createReviewMachine(deps), { input: { reviewId: 'rev-1', userId } });
  actor.subscribe((s) => flat(s.value).forEach((v) => visited.add(v)));
  actor.start();
  return { actor, load, bundle, comment, decide };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
type Snap = SnapshotFrom<ReturnType<typeof createReviewMachine>>;
const at = (s: Snap, path: string) => flat(s.value).includes(path);

describe('the review machine', () => {
  it('loads the review, then the bundle of a playable revision', async () => {
    const t = start();
    expect(t.actor.getSnapshot().matches('loading')).toBe(true);
    t.load.calls[0]!.resolve(detail());
    await tick();
    const s = t.actor.getSnapshot();
    expect(at(s, 'ready.bundle.loading')).toBe(true);
    expect(t.bundle.calls[0]!.args).toEqual(['draft-1', 3]);
    // Comments open on the ink file.
    expect(s.context.form.file).toBe('main.ink');
    t.bundle.calls[0]!.resolve({ slug: 'x' } as ScenarioBundle);
    await tick();
    expect(at(t.actor.getSnapshot(), 'ready.bundle.loaded')).toBe(true);
    expect(t.actor.getSnapshot().context.bundle).toEqual({ slug: 'x' });
  });

  it('says why a revision with errors has no map or preview, without asking for its bundle', async () => {
    const t = start();
    t.load.calls[0]!.resolve(detail({ check: 'errors' }));
    await tick();
    expect(at(t.actor.getSnapshot(), 'ready.bundle.unavailable')).toBe(true);
    expect(t.actor.getSnapshot().context.bundleProblem).toMatch(/has errors/);
    expect(t.bundle.calls).toHaveLength(0);
  });

  it('keeps a bundle that fails to load as a sentence, not a broken page', async () => {
    const t = start();
    t.load.calls[0]!.resolve(detail());
    await tick();
    t.bundle.calls[0]!.reject(new Error('The draft has errors.'));
    await tick();
    expect(t.actor.getSnapshot().context.bundleProblem).toBe(
      'The draft could not be loaded for play: The draft has errors.',
    );
  });

  it('a failed load keeps the status and can be retried', async () => {
    const t = start();
    t.load.calls[0]!.reject(Object.assign(new Error('Not found.'), { status: 404 }));
    await tick();
    expect(t.actor.getSnapshot().matches('failed')).toBe(true);
    expect(t.actor.getSnapshot().context.loadError).toEqual({ message: 'Not found.', status: 404 });
    t.actor.send({ type: 'review.retry' });
    expect(t.actor.getSnapshot().matches('loading')).toBe(true);
    expect(t.load.calls).toHaveLength(2);
  });

  it('the reviewer comments on a line; the comment joins the review and the form keeps its place', async () => {
    const t = start();
    t.load.calls[0]!.resolve(detail());
    await tick();
    t.actor.send({ type: 'comment.edit', file: 'main.ink', line: '2', body: '  Give her a reason.  ' });
    t.actor.send({ type: 'comment.submit' });
    expect(at(t.actor.getSnapshot(), 'ready.comment.sending')).toBe(true);
    expect(t.comment.calls[0]!.args).toEqual(['rev-1', { file: 'main.ink', line: 2, body: 'Give her a reason.' }]);
    // A second submit while one is on its way sends nothing more.
    t.actor.send({ type: 'comment.submit' });
    expect(t.comment.calls).toHaveLength(1);
    const made: ReviewComment = {
      id: 'c1',
      reviewId: 'rev-1',
      file: 'main.ink',
      line: 2,
      body: 'Give her a reason.',
      author: B,
      createdAt: '2026-11-20T11:00:00.000Z',
    };
    t.comment.calls[0]!.resolve(made);
    await tick();
    const s = t.actor.getSnapshot();
    expect(at(s, 'ready.comment.idle')).toBe(true);
    expect(s.context.detail!.review.comments).toEqual([made]);
    expect(s.context.form).toEqual({ file: 'main.ink', line: '2', body: '' });
  });

  it('refuses, in words, a comment with no text or on a line the file does not have', async () => {
    const t = start();
    t.load.calls[0]!.resolve(detail());
    await tick();
    t.actor.send({ type: 'comment.edit', line: '3', body: '   ' });
    t.actor.send({ type: 'comment.submit' });
    expect(t.actor.getSnapshot().context.commentError).toBe('Write your comment first.');
    // The ink has 4 lines (the last one empty); line 9 is not there.
    t.actor.send({ type: 'comment.edit', line: '9', body: 'Here.' });
    t.actor.send({ type: 'comment.submit' });
    expect(t.actor.getSnapshot().context.commentError).toBe(
      'Choose a line from 1 to 4 of main.ink, or leave the line empty to comment on the whole draft.',
    );
    expect(t.comment.calls).toHaveLength(0);
    // An empty line is a comment on the whole draft.
    t.actor.send({ type: 'comment.edit', line: '', body: 'Overall, good.' });
    t.actor.send({ type: 'comment.submit' });
    expect(t.comment.calls[0]!.args[1]).toEqual({ file: 'main.ink', line: null, body: 'Overall, good.' });
    t.comment.calls[0]!.reject(new Error('The review has been withdrawn.'));
    await tick();
    expect(t.actor.getSnapshot().context.commentError).toBe(
      'The comment was not saved: The review has been withdrawn.',
    );
    // The words are kept to try again.
    expect(t.actor.getSnapshot().context.form.body).toBe('Overall, good.');
  });

  it('an author sees the review read-only: no comment is sent and no decision opens', async () => {
    const t = start(A.id);
    t.load.calls[0]!.resolve(detail({ mine: true }));
    await tick();
    const s0 = t.actor.getSnapshot();
    expect(standingOf(s0.context.detail!, A.id)).toBe('author');
    t.actor.send({ type: 'comment.edit', line: '1', body: 'My own note.' });
    t.actor.send({ type: 'comment.submit' });
    t.actor.send({ type: 'decision.open', decision: 'approve' });
    const s = t.actor.getSnapshot();
    expect(t.comment.calls).toHaveLength(0);
    expect(s.context.commentError).toMatch(/Only the reviewer/);
    expect(at(s, 'ready.decision.closed')).toBe(true);
  });

  it('someone other than the reviewer asked, and a decided review, are read-only too', () => {
    expect(standingOf(detail(), 'someone-else')).toBe('not-reviewer');
    expect(standingOf(detail({ status: 'approved' }), B.id)).toBe('decided');
    expect(standingOf(detail(), B.id)).toBe('reviewer');
  });

  it('sending back needs a summary or a comment; cancelling closes the dialog', async () => {
    const t = start();
    t.load.calls[0]!.resolve(detail());
    await tick();
    t.actor.send({ type: 'decision.open', decision: 'send_back' });
    expect(at(t.actor.getSnapshot(), 'ready.decision.open')).toBe(true);
    t.actor.send({ type: 'decision.submit' });
    expect(t.actor.getSnapshot().context.decisionError).toMatch(/write a summary, or comment on the lines/);
    expect(t.decide.calls).toHaveLength(0);
    t.actor.send({ type: 'decision.cancel' });
    expect(at(t.actor.getSnapshot(), 'ready.decision.closed')).toBe(true);
    t.actor.send({ type: 'decision.open', decision: 'send_back' });
    t.actor.send({ type: 'decision.edit', summary: ' The ending needs a choice. ' });
    t.actor.send({ type: 'decision.submit' });
    expect(t.decide.calls[0]!.args).toEqual(['rev-1', 'send_back', 'The ending needs a choice.']);
    t.decide.calls[0]!.reject(new Error('Only the reviewer can decide.'));
    await tick();
    expect(at(t.actor.getSnapshot(), 'ready.decision.open')).toBe(true);
    expect(t.actor.getSnapshot().context.decisionError).toBe('Nothing was decided: Only the reviewer can decide.');
  });

  it('approving keeps the release it published, and the review is then decided', async () => {
    const t = start();
    t.load.calls[0]!.resolve(detail());
    await tick();
    t.actor.send({ type: 'decision.open', decision: 'approve' });
    t.actor.send({ type: 'decision.submit' });
    expect(at(t.actor.getSnapshot(), 'ready.decision.sending')).toBe(true);
    const release: Release = {
      slug: 'a-new-one',
      version: 1,
      hash: 'abc',
      publishedAt: '2026-11-20T12:00:00.000Z',
      author: A,
      approvedBy: B,
      live: true,
    };
    const approved = { ...detail().review, status: 'approved' as const, decidedAt: release.publishedAt };
    t.decide.calls[0]!.resolve({ review: approved, release });
    await tick();
    const s = t.actor.getSnapshot();
    expect(at(s, 'ready.decision.decided')).toBe(true);
    expect(s.context.release).toEqual(release);
    expect(standingOf(s.context.detail!, B.id)).toBe('decided');
    // Nothing more can be said on a decided review.
    t.actor.send({ type: 'comment.edit', body: 'Late.' });
    t.actor.send({ type: 'comment.submit' });
    expect(t.comment.calls).toHaveLength(0);
  });

  // Runs last (a file's tests run in order): every state of the machine was reached by some test above.
  it('every state is reached by the tests above', () => {
    const all = (node: { key: string; states: Record<string, unknown> }, prefix = ''): string[] => {
      const kids = Object.values(node.states) as { key: string; states: Record<string, unknown> }[];
      return kids.length === 0 ? [prefix.slice(0, -1)] : kids.flatMap((k) => all(k, `${prefix}${k.key}.`));
    };
    const machine = createReviewMachine({
      load: () => new Promise(() => {}),
      loadBundle: () => new Promise(() => {}),
      comment: () => new Promise(() => {}),
      decide: () => new Promise(() => {}),
    });
    // `checking` states are transient (`always`): they are passed through, never rested in.
    const leaves = all(machine.root as never).filter((p) => !p.endsWith('checking'));
    expect(leaves.length).toBeGreaterThan(8);
    expect(leaves.filter((p) => !visited.has(p))).toEqual([]);
  });
});
