/**
 * Review and publishing on both databases: a draft goes only to an educator or admin who is not its author, and
 * only a newest revision without errors; in review it is read-only; the reviewer reads it (never changes it),
 * comments on lines and sends it back or approves. Approving publishes: a story_version, release 1 and the live
 * version, so the catalogue plays it. Revising publishes version 2 (a title change alone is a new version),
 * rolling back and retiring change only which release is live or listed, and the history says who did what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { withPublished } from '../../src/server/services/published-catalog.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, problemOf, type TestApp } from './helpers.ts';
import { openAuthoringApp, template, tickingClock } from './authoring-helpers.ts';

const broken = `${template.ink.trimEnd()}\n-> no_such_knot\n`;
const retitle = (title: string) => template.yaml.replace('title: A new scenario', `title: ${title}`);

describe.each(DATABASES)('authoring review and publishing on %s', (kind) => {
  let t: TestApp;
  let owner: Actor & { email: string };
  let co: Actor & { email: string };
  let reviewer: Actor & { email: string };
  let other: Actor & { email: string };
  let admin: Actor & { email: string };
  let trainee: Actor & { email: string };
  const builtIn = catalogOf([fixtureBundle('mini')]);
  const a = () => t.app.authoring;
  const catalogue = () => withPublished(builtIn, t.app.db.kysely);

  beforeAll(async () => {
    t = await openAuthoringApp(kind, builtIn, { now: tickingClock() });
    owner = await insertUser(t.app, 'educator', 'Olive Owner');
    co = await insertUser(t.app, 'educator', 'Cole Coauthor');
    reviewer = await insertUser(t.app, 'educator', 'Rae Reviewer');
    other = await insertUser(t.app, 'educator', 'Otto Other');
    admin = await insertUser(t.app, 'admin', 'Ada Admin');
    trainee = await insertUser(t.app, 'trainee', 'Tia Trainee');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('submitting: never to an author, only the newest revision, only without errors; then read-only', async () => {
    const { draft } = await a().create(owner, { slug: 'for-review', yaml: retitle('For review'), ink: broken });
    await a().addCoauthor(owner, draft.id, { email: co.email });
    const refusedErrors = await problemOf(a().submit(owner, draft.id, { revision: 1, reviewerId: reviewer.id }));
    expect(refusedErrors.status).toBe(422);
    await a().save(owner, draft.id, { basedOn: 1, yaml: retitle('For review'), ink: template.ink });
    expect((await problemOf(a().submit(owner, draft.id, { revision: 1, reviewerId: reviewer.id }))).status).toBe(409);
    for (const author of [owner, co])
      expect((await problemOf(a().submit(co, draft.id, { revision: 2, reviewerId: author.id }))).status).toBe(403);
    expect((await problemOf(a().submit(owner, draft.id, { revision: 2, reviewerId: trainee.id }))).status).toBe(400);
    expect((await problemOf(a().submit(reviewer, draft.id, { revision: 2, reviewerId: reviewer.id }))).status).toBe(
      404,
    );

    const { review } = await a().submit(co, draft.id, { revision: 2, reviewerId: reviewer.id });
    expect(review).toMatchObject({
      revision: 2,
      status: 'pending',
      requestedBy: { id: co.id },
      reviewer: { id: reviewer.id, name: 'Rae Reviewer' },
      comments: [],
    });
    expect((await a().get(owner, draft.id)).draft.status).toBe('in_review');
    const readOnly = await problemOf(a().save(owner, draft.id, { basedOn: 2, yaml: template.yaml, ink: template.ink }));
    expect(readOnly.status).toBe(409);
    expect((await problemOf(a().submit(owner, draft.id, { revision: 2, reviewerId: admin.id }))).status).toBe(409);
    // The reviewer cannot become an author while reviewing.
    expect((await problemOf(a().addCoauthor(owner, draft.id, { email: reviewer.email }))).status).toBe(409);

    // The reviewer sees it asked of them, reads the draft and its preview, but changes nothing.
    const asked = await a().list(reviewer);
    expect(asked.drafts).toEqual([]);
    expect(asked.reviews.map((r) => [r.id, r.draft.id, r.draft.mine])).toEqual([[review.id, draft.id, false]]);
    expect((await a().get(reviewer, draft.id)).draft.mine).toBe(false);
    expect((await a().bundle(reviewer, draft.id, 2)).meta.title).toBe('For review');
    for (const change of [
      () => a().save(reviewer, draft.id, { basedOn: 2, yaml: template.yaml, ink: template.ink }),
      () => a().withdraw(reviewer, draft.id),
      () => a().discard(reviewer, draft.id),
      () => a().addCoauthor(reviewer, draft.id, { email: other.email }),
    ])
      expect((await problemOf(change())).status).toBe(403);

    // Withdrawing makes it editable again and closes the review.
    expect((await a().withdraw(owner, draft.id)).draft.status).toBe('draft');
    expect((await a().get(owner, draft.id)).reviews[0]!.status).toBe('withdrawn');
    expect((await a().list(reviewer)).reviews).toEqual([]);
    expect((await problemOf(a().comment(reviewer, review.id, { file: 'main.ink', line: 1, body: 'x' }))).status).toBe(
      409,
    );
  });

  it('review, send back, revise, resubmit, approve: published as version 1, live, in the catalogue', async () => {
    const { draft } = await a().create(owner, { slug: 'the-mug', yaml: retitle('The mug') });
    const first = (await a().submit(owner, draft.id, { revision: 1, reviewerId: reviewer.id })).review;

    // Only the reviewer and the authors read the review; an admin who is neither does not.
    for (const who of [other, admin]) expect((await problemOf(a().review(who, first.id))).status).toBe(404);
    expect((await problemOf(a().review(trainee, first.id))).status).toBe(403);
    const read = await a().review(reviewer, first.id);
    expect(read).toMatchObject({ review: { id: first.id }, draft: { id: draft.id }, base: null, diff: null });
    expect(read.revision.number).toBe(1);

    // Comments: the reviewer's, on a line of a file the draft has.
    expect((await problemOf(a().comment(owner, first.id, { file: 'main.ink', line: 3, body: 'Mine' }))).status).toBe(
      403,
    );
    expect((await problemOf(a().comment(reviewer, first.id, { file: 'other.ink', line: 1, body: 'x' }))).status).toBe(
      400,
    );
    expect((await problemOf(a().comment(reviewer, first.id, { file: 'main.ink', line: 9999, body: 'x' }))).status).toBe(
      400,
    );
    expect((await problemOf(a().comment(reviewer, first.id, { file: 'main.ink', line: 2, body: '  ' }))).status).toBe(
      400,
    );
    // Sending back needs a summary or a comment.
    expect((await problemOf(a().decide(reviewer, first.id, { decision: 'send_back' }))).status).toBe(400);
    const { comment } = await a().comment(reviewer, first.id, {
      file: 'main.ink',
      line: 12,
      body: 'Let Sam say more here.',
    });
    expect(comment).toMatchObject({ file: 'main.ink', line: 12, author: { id: reviewer.id }, reviewId: first.id });
    // An author never decides.
    expect((await problemOf(a().decide(owner, first.id, { decision: 'approve' }))).status).toBe(403);
    const sentBack = await a().decide(reviewer, first.id, { decision: 'send_back' });
    expect(sentBack.review).toMatchObject({ status: 'changes_requested', comments: [{ id: comment.id }] });
    expect(sentBack.release).toBeUndefined();
    expect((await a().get(owner, draft.id)).draft.status).toBe('changes_requested');
    expect((await problemOf(a().decide(reviewer, first.id, { decision: 'approve' }))).status).toBe(409);
    expect(await catalogue().current('the-mug')).toBeNull();

    const ink = template.ink.replace('Tuesday, late afternoon.', 'Tuesday, late afternoon, raining.');
    await a().save(owner, draft.id, { basedOn: 1, yaml: retitle('The mug'), ink });
    const second = (await a().submit(owner, draft.id, { revision: 2, reviewerId: reviewer.id })).review;
    const approved = await a().decide(reviewer, second.id, { decision: 'approve', summary: 'Ready.' });
    expect(approved.review).toMatchObject({ status: 'approved', summary: 'Ready.' });
    expect(approved.release).toMatchObject({
      slug: 'the-mug',
      version: 1,
      author: { id: owner.id, name: 'Olive Owner' },
      approvedBy: { id: reviewer.id, name: 'Rae Reviewer' },
      live: true,
    });
    const hash = approved.release!.hash;
    expect(hash).toBe((await a().revision(owner, draft.id, 2)).hash);

    const db = t.app.db.kysely;
    const kept = await db.selectFrom('story_version').selectAll().where('hash', '=', hash).executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ slug: 'the-mug', title: 'The mug' });
    expect(await db.selectFrom('authored_scenario').selectAll().execute()).toEqual([
      expect.objectContaining({ slug: 'the-mug', status: 'active', live_version: 1 }),
    ]);
    expect((await a().get(owner, draft.id)).draft.status).toBe('published');
    expect((await problemOf(a().save(owner, draft.id, { basedOn: 2, yaml: template.yaml, ink }))).status).toBe(409);

    // The catalogue plays it like a built-in scenario: a trainee starts an attempt on it.
    const bundle = await catalogue().current('the-mug');
    expect(bundle).toMatchObject({ slug: 'the-mug', hash, meta: { title: 'The mug' } });
    expect((await catalogue().list()).map((e) => e.slug)).toContain('the-mug');
    const started = await t.app.attempts.start(trainee, {
      id: crypto.randomUUID(),
      scenario: 'the-mug',
      storyHash: hash,
      mode: 'practice',
    });
    expect(started.created).toBe(true);

    // Its slug is now taken for new drafts.
    expect((await problemOf(a().create(other, { slug: 'the-mug' }))).status).toBe(409);

    const events = (await a().scenario(other, 'the-mug')).history.map((e) => [e.action, e.actor.name]).reverse();
    expect(events).toEqual([
      ['create', 'Olive Owner'],
      ['submit', 'Olive Owner'],
      ['comment', 'Rae Reviewer'],
      ['send_back', 'Rae Reviewer'],
      ['save', 'Olive Owner'],
      ['submit', 'Olive Owner'],
      ['approve', 'Rae Reviewer'],
      ['publish', 'Rae Reviewer'],
    ]);
  });

  it('revise publishes version 2 (a title change alone is a new version); rollback and retire only move pointers', async () => {
    const v1 = (await a().scenario(owner, 'the-mug')).scenario;
    const v1Hash = v1.releases[0]!.hash;
    expect((await problemOf(a().revise(trainee, 'the-mug'))).status).toBe(403);
    expect((await problemOf(a().revise(other, 'no-such-scenario'))).status).toBe(404);
    const { draft } = await a().revise(other, 'the-mug');
    expect(draft).toMatchObject({ slug: 'the-mug', baseVersion: 1, owner: { id: other.id }, revision: 1 });
    const detail = await a().get(other, draft.id);
    expect(detail.base).toMatchObject({ version: 1 });
    await a().save(other, draft.id, { basedOn: 1, yaml: retitle('The painted mug'), ink: detail.revision.ink });
    const againstBase = await a().diff(other, draft.id, 'base', '2');
    expect(againstBase.files[0]!.hunks.flatMap((h) => h.lines.filter((l) => l.kind !== 'same'))).toEqual([
      { kind: 'del', text: 'title: The mug' },
      { kind: 'add', text: 'title: The painted mug' },
    ]);
    expect(againstBase.files[1]!.hunks).toEqual([]);

    // A second revision of the same release, started now, will be refused once the first is published.
    const rival = (await a().revise(owner, 'the-mug')).draft;
    const review = (await a().submit(other, draft.id, { revision: 2, reviewerId: reviewer.id })).review;
    const read = await a().review(reviewer, review.id);
    expect(read.base?.version).toBe(1);
    expect(read.diff?.files[0]!.hunks.length).toBe(1);
    const { release } = await a().decide(reviewer, review.id, { decision: 'approve' });
    expect(release).toMatchObject({ version: 2, live: true, author: { id: other.id } });
    expect(release!.hash).not.toBe(v1Hash);
    expect(await catalogue().current('the-mug')).toMatchObject({
      hash: release!.hash,
      meta: { title: 'The painted mug' },
    });

    const rivalReview = (await a().submit(owner, rival.id, { revision: 1, reviewerId: reviewer.id })).review;
    const stale = await problemOf(a().decide(reviewer, rivalReview.id, { decision: 'approve' }));
    expect(stale.status).toBe(409);
    expect(stale.message).toContain('Version 2');
    // Nothing of the refused approval was kept.
    expect((await a().review(reviewer, rivalReview.id)).review.status).toBe('pending');
    expect((await a().scenario(owner, 'the-mug')).scenario.releases).toHaveLength(2);

    // Roll back to version 1: the catalogue serves version 1 again; nothing is rewritten.
    expect((await problemOf(a().rollback(owner, 'the-mug', { version: 2 }))).status).toBe(409);
    expect((await problemOf(a().rollback(owner, 'the-mug', { version: 7 }))).status).toBe(404);
    const rolled = (await a().rollback(owner, 'the-mug', { version: 1 })).scenario;
    expect(rolled).toMatchObject({ liveVersion: 1, title: 'The mug' });
    expect(rolled.releases.map((r) => [r.version, r.live])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect((await catalogue().current('the-mug'))?.hash).toBe(v1Hash);

    // Retire: gone from the list, still resolving (assignments and records keep working); restore lists it again.
    expect((await a().retire(owner, 'the-mug')).scenario.status).toBe('retired');
    expect((await problemOf(a().retire(owner, 'the-mug'))).status).toBe(409);
    expect((await catalogue().list()).map((e) => e.slug)).not.toContain('the-mug');
    expect((await catalogue().current('the-mug'))?.hash).toBe(v1Hash);
    expect((await a().restore(owner, 'the-mug')).scenario.status).toBe('active');
    expect((await catalogue().list()).map((e) => e.slug)).toContain('the-mug');

    const listed = await a().scenarios(reviewer);
    expect(listed.map((s) => [s.slug, s.liveVersion, s.releases.length])).toEqual([['the-mug', 1, 2]]);
    const seen = await a().scenario(owner, 'the-mug');
    expect(seen.history.slice(0, 3).map((e) => e.action)).toEqual(['restore', 'retire', 'rollback']);
    expect(seen.history[2]!.detail).toBe('version 1 (was 2)');
    // The drafts of it each person may read: the owner's own two (the first, published, and the rival), not the other's.
    expect(seen.drafts.map((d) => [d.owner.id, d.status])).toEqual([
      [owner.id, 'in_review'],
      [owner.id, 'published'],
    ]);
    expect(seen.drafts[0]!.id).toBe(rival.id);
    expect((await a().scenario(other, 'the-mug')).drafts.map((d) => d.id)).toEqual([draft.id]);
  });
});
