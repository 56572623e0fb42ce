/**
 * Drafts on both databases: who may author, slug rules, checked and numbered saves, conflicts that overwrite
 * nothing, the revision history and its diff, the preview bundle, co-authors, and that a draft is private to
 * its authors (another educator, an administrator, a supervisor or a trainee reads nothing of it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/server/core/actor.ts';
import { catalogOf } from '../../src/server/services/story-catalog.ts';
import { DATABASES } from '../support/databases.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';
import { insertUser, problemOf, type TestApp } from './helpers.ts';
import { openAuthoringApp, template, tickingClock } from './authoring-helpers.ts';

const retitled = template.yaml.replace('title: A new scenario', 'title: The painted mug');
const inkLines = template.ink.split('\n');
/** The template's ink with a divert to a knot that does not exist added as line `brokenLine`. */
const broken = `${template.ink.trimEnd()}\n-> no_such_knot\n`;
const brokenLine = template.ink.trimEnd().split('\n').length + 1;

describe.each(DATABASES)('authoring drafts on %s', (kind) => {
  let t: TestApp;
  let ed: Actor & { email: string };
  let ed2: Actor & { email: string };
  let admin: Actor & { email: string };
  let sup: Actor & { email: string };
  let trainee: Actor & { email: string };
  const builtIn = fixtureBundle('mini');

  beforeAll(async () => {
    t = await openAuthoringApp(kind, catalogOf([builtIn]), { now: tickingClock() });
    ed = await insertUser(t.app, 'educator', 'Edna Educator');
    ed2 = await insertUser(t.app, 'educator', 'Eli Educator');
    admin = await insertUser(t.app, 'admin', 'Ada Admin');
    sup = await insertUser(t.app, 'supervisor');
    trainee = await insertUser(t.app, 'trainee');
  });
  afterAll(async () => {
    await t?.close();
  });

  const a = () => t.app.authoring;

  it('only educators and admins author; a new draft starts from the checked blank template', async () => {
    for (const who of [sup, trainee]) {
      expect((await problemOf(a().list(who))).status).toBe(403);
      expect((await problemOf(a().create(who, { slug: 'not-mine' }))).status).toBe(403);
    }
    const { draft, revision } = await a().create(ed, { slug: 'the-painted-mug' });
    expect(draft).toMatchObject({
      slug: 'the-painted-mug',
      title: 'A new scenario',
      status: 'draft',
      revision: 1,
      owner: { id: ed.id, name: 'Edna Educator' },
      coauthors: [],
      baseVersion: null,
      checkStatus: 'ok',
      errorCount: 0,
      mine: true,
    });
    expect(revision).toMatchObject({ number: 1, yaml: template.yaml, ink: template.ink, inkFile: 'main.ink' });
    expect(revision.checkStatus).toBe('ok');
    expect(revision.hash).toMatch(/^[0-9a-f]{16}$/);
    expect((await a().list(ed)).drafts.map((d) => d.id)).toEqual([draft.id]);
    const made = await a().create(admin, { slug: 'an-admin-draft' });
    expect(made.draft.owner.id).toBe(admin.id);
  });

  it('slugs: the form is checked, and a built-in scenario’s or another draft’s slug is refused', async () => {
    for (const slug of ['ab', 'Upper', 'two--hyphens', '-lead', 'x'.repeat(61), 'with space'])
      expect((await problemOf(a().create(ed, { slug }))).status, slug).toBe(400);
    const taken = await problemOf(a().create(ed, { slug: builtIn.slug }));
    expect(taken.status).toBe(409);
    expect(taken.message).toContain(`"${builtIn.slug}"`);
    await a().create(ed, { slug: 'first-come' });
    expect((await problemOf(a().create(ed2, { slug: 'first-come' }))).status).toBe(409);
    // A discarded draft frees its slug.
    const gone = await a().create(ed, { slug: 'short-lived' });
    await a().discard(ed, gone.draft.id);
    expect((await a().create(ed2, { slug: 'short-lived' })).draft.owner.id).toBe(ed2.id);
    expect((await a().list(ed)).drafts.map((d) => d.slug)).not.toContain('short-lived');
  });

  it('each save is a checked revision; errors are at their line; saving the same texts again stores nothing', async () => {
    const { draft } = await a().create(ed, { slug: 'saved-often' });
    const second = await a().save(ed, draft.id, { basedOn: 1, yaml: retitled, ink: template.ink });
    expect(second.revision.number).toBe(2);
    expect(second.draft).toMatchObject({ revision: 2, title: 'The painted mug', checkStatus: 'ok' });
    const third = await a().save(ed, draft.id, { basedOn: 2, yaml: retitled, ink: broken });
    expect(third.revision.checkStatus).toBe('errors');
    expect(third.revision.hash).toBeNull();
    expect(third.draft).toMatchObject({ revision: 3, checkStatus: 'errors' });
    expect(third.draft.errorCount).toBeGreaterThan(0);
    const atLine = third.revision.diagnostics.filter((d) => d.severity === 'error' && d.line === brokenLine);
    expect(atLine.length, JSON.stringify(third.revision.diagnostics)).toBeGreaterThan(0);
    expect(atLine[0]!.file).toBe('main.ink');
    // The same texts again: no revision 4, no event.
    const same = await a().save(ed, draft.id, { basedOn: 3, yaml: retitled, ink: broken });
    expect(same.revision.number).toBe(3);
    const revisions = await a().revisions(ed, draft.id);
    expect(revisions.map((r) => r.number)).toEqual([3, 2, 1]);
    expect(revisions[0]).toMatchObject({ checkStatus: 'errors', inkFile: 'main.ink', author: { id: ed.id } });
    expect(revisions[0]!.errorCount).toBeGreaterThan(0);
    expect(revisions[1]).toMatchObject({ errorCount: 0, checkStatus: 'ok' });
    expect(revisions[0]).not.toHaveProperty('ink');
    const saves = await t.app.db.kysely
      .selectFrom('authoring_event')
      .select(['action', 'detail'])
      .where('draft_id', '=', draft.id)
      .orderBy('at')
      .execute();
    expect(saves).toEqual([
      { action: 'create', detail: 'revision 1' },
      { action: 'save', detail: 'revision 2' },
      { action: 'save', detail: 'revision 3' },
    ]);
    expect((await a().revision(ed, draft.id, 2)).yaml).toBe(retitled);
    expect((await problemOf(a().revision(ed, draft.id, 9))).status).toBe(404);
    expect((await problemOf(a().revision(ed, draft.id, 'one'))).status).toBe(404);
  });

  it('a save based on an older revision is a conflict carrying both versions; nothing is overwritten', async () => {
    const { draft } = await a().create(ed, { slug: 'two-hands' });
    const theirs = template.ink.replace('Tuesday, late afternoon.', 'Wednesday, late afternoon.');
    await a().save(ed, draft.id, { basedOn: 1, yaml: template.yaml, ink: theirs });
    const mine = template.ink.replace('Tuesday, late afternoon.', 'Thursday morning.');
    const refused = await problemOf(a().save(ed, draft.id, { basedOn: 1, yaml: template.yaml, ink: mine }));
    expect(refused.status).toBe(409);
    const conflict = refused.details.conflict as { theirs: { number: number; ink: string }; yours: { ink: string } };
    expect(conflict.theirs.number).toBe(2);
    expect(conflict.theirs.ink).toBe(theirs);
    expect(conflict.yours.ink).toBe(mine);
    expect((await a().get(ed, draft.id)).revision.ink).toBe(theirs);

    // Two saves on the same revision at once: one is stored, the other is a conflict.
    const outcomes = await Promise.allSettled([
      a().save(ed, draft.id, { basedOn: 2, yaml: retitled, ink: theirs }),
      a().save(ed, draft.id, { basedOn: 2, yaml: template.yaml, ink: mine }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason.status).toBe(409);
    expect((await a().revisions(ed, draft.id)).map((r) => r.number)).toEqual([3, 2, 1]);
  });

  it('the diff between two revisions shows the lines that changed, in each file', async () => {
    const { draft } = await a().create(ed, { slug: 'diffed' });
    const ink = template.ink.replace('Tuesday, late afternoon.', 'Wednesday, late afternoon.');
    await a().save(ed, draft.id, { basedOn: 1, yaml: retitled, ink });
    const diff = await a().diff(ed, draft.id, '1', '2');
    expect(diff.files.map((f) => f.file)).toEqual(['scenario.yaml', 'main.ink']);
    const lines = (i: number, kind: string) =>
      diff.files[i]!.hunks.flatMap((h) => h.lines.filter((l) => l.kind === kind).map((l) => l.text));
    expect(lines(0, 'del')).toEqual(['title: A new scenario']);
    expect(lines(0, 'add')).toEqual(['title: The painted mug']);
    const changed = inkLines.find((l) => l.startsWith('Tuesday'))!;
    expect(lines(1, 'del')).toEqual([changed]);
    expect(lines(1, 'add')).toEqual([changed.replace('Tuesday', 'Wednesday')]);
    const hunk = diff.files[1]!.hunks[0]!;
    expect(hunk.newStart).toBeGreaterThan(0);
    expect((await a().diff(ed, draft.id, '2', '2')).files.every((f) => f.hunks.length === 0)).toBe(true);
    expect((await problemOf(a().diff(ed, draft.id, '1', 'base'))).status).toBe(400);
    expect((await problemOf(a().diff(ed, draft.id, '1', '7'))).status).toBe(404);
  });

  it('the preview bundle plays the draft with its own metadata; a revision with errors has none (422)', async () => {
    const { draft } = await a().create(ed, {
      slug: 'own-client',
      yaml: template.yaml.replace('name: Sam Example', 'name: Robin Draft'),
      ink: template.ink,
    });
    const bundle = await a().bundle(ed, draft.id, 1);
    expect(bundle.slug).toBe('own-client');
    expect(bundle.meta.client.name).toBe('Robin Draft');
    expect(bundle.map).toBeTruthy();
    expect(bundle.hash).toBe((await a().revision(ed, draft.id, 1)).hash);
    await a().save(ed, draft.id, { basedOn: 1, yaml: template.yaml, ink: broken });
    expect((await problemOf(a().bundle(ed, draft.id, 2))).status).toBe(422);
  });

  it('a draft is private to its owner and co-authors: others, admins included, get 404 for every read and write', async () => {
    const { draft } = await a().create(ed, { slug: 'private-one' });
    const missing = await problemOf(a().get(ed2, crypto.randomUUID()));
    const calls = (who: Actor) => [
      () => a().get(who, draft.id),
      () => a().save(who, draft.id, { basedOn: 1, yaml: template.yaml, ink: template.ink }),
      () => a().revisions(who, draft.id),
      () => a().revision(who, draft.id, 1),
      () => a().diff(who, draft.id, '1', '1'),
      () => a().bundle(who, draft.id, 1),
      () => a().addCoauthor(who, draft.id, { email: ed2.email }),
      () => a().reviewers(who, draft.id),
      () => a().submit(who, draft.id, { revision: 1, reviewerId: ed2.id }),
      () => a().withdraw(who, draft.id),
      () => a().discard(who, draft.id),
    ];
    for (const who of [ed2, admin]) {
      for (const call of calls(who)) {
        const p = await problemOf(call());
        expect(p.status).toBe(404);
        expect(p.message).toBe(missing.message);
      }
      expect((await a().list(who)).drafts.map((d) => d.id)).not.toContain(draft.id);
    }
    for (const who of [sup, trainee]) for (const call of calls(who)) expect((await problemOf(call())).status).toBe(403);
  });

  it('co-authors: added by email (educators and admins only), they read and save; only the owner removes others', async () => {
    const { draft } = await a().create(ed, { slug: 'shared-draft' });
    const refused = await problemOf(a().addCoauthor(ed, draft.id, { email: sup.email }));
    expect(refused.status).toBe(400);
    const unknown = await problemOf(a().addCoauthor(ed, draft.id, { email: 'nobody@rapport.test' }));
    expect(unknown.message).toBe(refused.message);
    expect((await problemOf(a().addCoauthor(ed, draft.id, { email: 'not an address' }))).status).toBe(400);
    const added = await a().addCoauthor(ed, draft.id, { email: ed2.email.toUpperCase() });
    expect(added.coauthors).toEqual([{ id: ed2.id, name: 'Eli Educator' }]);
    // Adding again changes nothing; the owner is not a co-author of their own draft.
    expect((await a().addCoauthor(ed, draft.id, { email: ed2.email })).coauthors).toHaveLength(1);
    expect((await a().addCoauthor(ed2, draft.id, { email: ed.email })).coauthors).toHaveLength(1);

    const seen = await a().get(ed2, draft.id);
    expect(seen.draft).toMatchObject({ mine: true, coauthors: [{ id: ed2.id }] });
    const saved = await a().save(ed2, draft.id, { basedOn: 1, yaml: retitled, ink: template.ink });
    expect(saved.revision.author).toEqual({ id: ed2.id, name: 'Eli Educator' });
    expect((await a().list(ed2)).drafts.map((d) => d.id)).toContain(draft.id);
    expect((await a().reviewers(ed, draft.id)).map((p) => p.id)).not.toEqual(expect.arrayContaining([ed.id]));
    const reviewers = (await a().reviewers(ed2, draft.id)).map((p) => p.id);
    expect(reviewers).toContain(admin.id);
    expect(reviewers).not.toContain(ed.id);
    expect(reviewers).not.toContain(ed2.id);
    expect(reviewers).not.toContain(sup.id);

    await a().addCoauthor(ed, draft.id, { email: admin.email });
    expect((await problemOf(a().removeCoauthor(ed2, draft.id, admin.id))).status).toBe(403);
    expect((await a().removeCoauthor(ed, draft.id, admin.id)).coauthors.map((p) => p.id)).toEqual([ed2.id]);
    expect((await problemOf(a().removeCoauthor(ed, draft.id, admin.id))).status).toBe(404);
    // A co-author may leave.
    expect((await a().removeCoauthor(ed2, draft.id, ed2.id)).coauthors).toEqual([]);
    expect((await problemOf(a().get(ed2, draft.id))).status).toBe(404);
  });
});
