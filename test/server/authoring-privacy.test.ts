/**
 * Authoring and personal data on both databases: a person's drafts (every revision), co-authorships, reviews
 * and comments are in their data export; erasing them deletes the drafts they own that were never published
 * (with their revisions), removes their co-authorships, withdraws a review waiting on them, and leaves releases,
 * the drafts they came from, comments and the history in place with the person shown as "Removed account".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { withPublished } from '../../src/server/services/published-catalog.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, type TestApp } from './helpers.ts';
import { openAuthoringApp, template, tickingClock } from './authoring-helpers.ts';

const retitle = (title: string) => template.yaml.replace('title: A new scenario', `title: ${title}`);
const REMOVED = { id: null, name: 'Removed account' };

describe.each(DATABASES)('authoring personal data on %s', (kind) => {
  let t: TestApp;
  let author: Actor & { email: string };
  let partner: Actor & { email: string };
  let reviewer: Actor & { email: string };
  let admin: Actor & { email: string };
  const builtIn = catalogOf([fixtureBundle('mini')]);
  const a = () => t.app.authoring;
  const db = () => t.app.db.kysely;
  let published: string;
  let unpublished: string;
  let partners: string;
  let reviewId: string;
  let waitingOnAuthor: string;

  beforeAll(async () => {
    t = await openAuthoringApp(kind, builtIn, { now: tickingClock() });
    author = await insertUser(t.app, 'educator', 'Ann Author');
    partner = await insertUser(t.app, 'educator', 'Pat Partner');
    reviewer = await insertUser(t.app, 'educator', 'Rob Reviewer');
    admin = await insertUser(t.app, 'admin', 'Ada Admin');

    // A draft of the author's that is published, after a comment from the reviewer.
    published = (await a().create(author, { slug: 'kept-after-erase', yaml: retitle('Kept') })).draft.id;
    await a().addCoauthor(author, published, { email: partner.email });
    const first = (await a().submit(author, published, { revision: 1, reviewerId: reviewer.id })).review;
    await a().comment(reviewer, first.id, { file: 'scenario.yaml', line: 1, body: 'A clearer title?' });
    await a().decide(reviewer, first.id, { decision: 'approve' });
    // One never published, with two revisions, shared with the partner, in review with the reviewer who comments.
    unpublished = (await a().create(author, { slug: 'gone-after-erase', yaml: retitle('Gone') })).draft.id;
    await a().save(author, unpublished, { basedOn: 1, yaml: retitle('Gone, twice'), ink: template.ink });
    await a().addCoauthor(author, unpublished, { email: partner.email });
    reviewId = (await a().submit(author, unpublished, { revision: 2, reviewerId: reviewer.id })).review.id;
    await a().comment(reviewer, reviewId, { file: 'main.ink', line: 3, body: 'On a draft that will go.' });
    // The partner's own draft, which the author co-authors, wrote a revision of, and reviews another of.
    partners = (await a().create(partner, { slug: 'partners-draft' })).draft.id;
    await a().addCoauthor(partner, partners, { email: author.email });
    await a().save(author, partners, { basedOn: 1, yaml: retitle('By the author'), ink: template.ink });
    // A draft of the reviewer's waiting on the author's review.
    waitingOnAuthor = (await a().create(reviewer, { slug: 'waiting-on-author' })).draft.id;
    await a().submit(reviewer, waitingOnAuthor, { revision: 1, reviewerId: author.id });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the export holds their drafts with every revision, co-authorships, reviews, comments and releases', async () => {
    const mine = (await t.app.privacy.export(author)).authoring;
    expect(mine.drafts.map((d) => [d.id, d.status, d.revisions.map((r) => r.number)])).toEqual([
      [published, 'published', [1]],
      [unpublished, 'in_review', [1, 2]],
    ]);
    expect(mine.drafts[1]!.revisions[1]).toMatchObject({ yaml: retitle('Gone, twice'), ink: template.ink });
    expect(mine.revisionsOnOthersDrafts).toEqual([
      expect.objectContaining({ draftId: partners, number: 2, yaml: retitle('By the author') }),
    ]);
    expect(mine.coauthorOf.map((c) => c.draftId)).toEqual([partners]);
    expect(mine.reviews.map((r) => [r.draftId, r.as])).toEqual([
      [published, 'requester'],
      [unpublished, 'requester'],
      [waitingOnAuthor, 'reviewer'],
    ]);
    expect(mine.releases).toEqual([expect.objectContaining({ slug: 'kept-after-erase', version: 1, as: 'author' })]);
    expect(mine.actions.map((e) => e.action)).toContain('create');

    const theirs = (await t.app.privacy.export(reviewer)).authoring;
    expect(theirs.reviewCommentsWritten.map((c) => c.body)).toEqual(['A clearer title?', 'On a draft that will go.']);
    expect(theirs.releases).toEqual([expect.objectContaining({ slug: 'kept-after-erase', as: 'approver' })]);
    expect(theirs.drafts.map((d) => d.id)).toEqual([waitingOnAuthor]);
    // Nobody else's texts: the partner's export has the author's revision only as part of the partner's own draft.
    const partnerData = (await t.app.privacy.export(partner)).authoring;
    expect(partnerData.revisionsOnOthersDrafts).toEqual([]);
    expect(partnerData.coauthorOf.map((c) => c.draftId).sort()).toEqual([published, unpublished].sort());
  });

  it('erase: unpublished drafts go, published work stays with the author shown as removed', async () => {
    await t.app.users.erase(admin, author.id);

    const drafts = await db().selectFrom('scenario_draft').select(['id', 'owner_id', 'status']).execute();
    expect(drafts.map((d) => d.id).sort()).toEqual([published, partners, waitingOnAuthor].sort());
    expect(
      await db().selectFrom('draft_revision').select('number').where('draft_id', '=', unpublished).execute(),
    ).toEqual([]);
    expect(await db().selectFrom('draft_review').select('id').where('id', '=', reviewId).execute()).toEqual([]);
    expect(
      await db().selectFrom('draft_coauthor').select('draft_id').where('user_id', '=', author.id).execute(),
    ).toEqual([]);

    // The published scenario keeps its release and history, by a removed account; the catalogue still plays it.
    const scenario = await a().scenario(partner, 'kept-after-erase');
    expect(scenario.scenario.releases[0]).toMatchObject({
      version: 1,
      author: REMOVED,
      approvedBy: { id: reviewer.id },
    });
    expect(scenario.history.find((e) => e.action === 'create')?.actor).toEqual(REMOVED);
    expect(await withPublished(builtIn, db()).current('kept-after-erase')).toMatchObject({ slug: 'kept-after-erase' });
    const kept = await a().get(partner, published);
    expect(kept.draft.owner).toEqual(REMOVED);
    expect(kept.revision.author).toEqual(REMOVED);
    expect(kept.reviews[0]!.requestedBy).toEqual(REMOVED);
    expect(kept.reviews[0]!.comments[0]).toMatchObject({ body: 'A clearer title?', author: { id: reviewer.id } });

    // The revision the author wrote on the partner's draft stays in the partner's draft, by a removed account.
    const theirs = await a().get(partner, partners);
    expect(theirs.revision).toMatchObject({ number: 2, author: REMOVED });
    expect(theirs.draft.coauthors).toEqual([]);

    // The review waiting on the author is withdrawn; the reviewer's draft is editable again.
    const waiting = await a().get(reviewer, waitingOnAuthor);
    expect(waiting.draft.status).toBe('draft');
    expect(waiting.reviews[0]).toMatchObject({ status: 'withdrawn', reviewer: REMOVED });
    // The slug of the deleted draft is free again.
    expect((await a().create(partner, { slug: 'gone-after-erase' })).draft.slug).toBe('gone-after-erase');
  });
});
