/**
 * Access control over HTTP for every authoring endpoint (issue 15), by every role, on SQLite and PostgreSQL:
 * a guest gets 401; a trainee or supervisor 403 (they see published versions only, never drafts); another
 * educator and an administrator who is neither author nor reviewer get the same 404 as for a draft or review
 * that does not exist, with nothing of it in the answer; the reviewer reads a draft under review but changes
 * nothing; an author never approves their own. The writes each role may make are then made, in order.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/connect.ts';
import { blankTemplate } from '../../src/server/services/authoring/template.ts';
import { DATABASES } from '../support/databases.ts';
import { signUpAs, startOnFreshDatabase, type TestServer } from '../support/fresh-server.ts';
import { Client, signUp, type Reply, type ServerProcess, type TestUser } from '../support/server-process.ts';

type Role = 'guest' | 'trainee' | 'supervisor' | 'owner' | 'coauthor' | 'reviewer' | 'other' | 'admin';
const ROLES: Role[] = ['guest', 'trainee', 'supervisor', 'owner', 'coauthor', 'reviewer', 'other', 'admin'];
/** An expected status, or 'flow': a write this role may make, made in the last test instead (it changes state). */
type Expect = number | 'flow';

const template = blankTemplate();
const secret = `Secret draft ${crypto.randomUUID().slice(0, 8)}`;
const yamlTitled = (title: string) => template.yaml.replace('title: A new scenario', `title: ${title}`);
const zipOf = (slug: string, yaml: string, ink: string) =>
  zipSync({ [`${slug}/scenario.yaml`]: strToU8(yaml), [`${slug}/main.ink`]: strToU8(ink) });

const base = { guest: 401, trainee: 403, supervisor: 403 } as const;
/** Reading a draft or its review: its authors and its reviewer. */
const readDraft = { ...base, owner: 200, coauthor: 200, reviewer: 200, other: 404, admin: 404 };
/** Any educator or administrator. */
const anyAuthor = (status: Expect) => ({
  ...base,
  owner: status,
  coauthor: status,
  reviewer: status,
  other: status,
  admin: status,
});
/** Changing a draft: its authors (as given); the reviewer 403; anyone else as for no draft. */
const changeDraft = (authors: Expect) => ({
  ...base,
  owner: authors,
  coauthor: authors,
  reviewer: 403,
  other: 404,
  admin: 404,
});

describe.each(DATABASES)('authoring access on %s', (kind) => {
  let running: TestServer;
  let server: ServerProcess;
  let db: Db;
  const people = {} as Record<Exclude<Role, 'guest'>, TestUser>;
  let draftId: string;
  let reviewId: string;
  const slug = `secret-${crypto.randomUUID().slice(0, 8)}`;
  const published = `published-${crypto.randomUUID().slice(0, 8)}`;
  let serial = 0;

  const client = (role: Role) => (role === 'guest' ? new Client(server) : people[role].client);
  const put = (c: Client, path: string, json: unknown) => c.request('PUT', path, { json });

  beforeAll(async () => {
    // The checker's test-wise bots learn from the fixture stories: the blank template's options do not pass the
    // classifier trained on the whole library, and these tests are about access, not the template.
    running = await startOnFreshDatabase(kind, { RAPPORT_STORIES_DIR: 'test/fixtures/stories' });
    ({ server, db } = running);
    people.trainee = await signUp(server, 'trainee');
    people.supervisor = await signUpAs(server, db, 'supervisor', 'supervisor');
    for (const role of ['owner', 'coauthor', 'reviewer', 'other'] as const)
      people[role] = await signUpAs(server, db, role, 'educator');
    people.admin = await signUpAs(server, db, 'admin', 'admin');
    const { owner, coauthor, reviewer } = people;

    // A published scenario, by the owner, approved by the reviewer.
    const p = await owner.client.post('/api/authoring/drafts', { slug: published, yaml: yamlTitled('Published') });
    expect(p.status, p.text).toBe(201);
    expect(p.body.revision.checkStatus, p.text).toBe('ok');
    const pr = await owner.client.post(`/api/authoring/drafts/${p.body.draft.id}/submit`, {
      revision: 1,
      reviewerId: reviewer.id,
    });
    expect(pr.status, pr.text).toBe(201);
    const approved = await reviewer.client.post(`/api/authoring/reviews/${pr.body.review.id}/decision`, {
      decision: 'approve',
    });
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body.release).toMatchObject({ slug: published, version: 1, live: true });

    // The draft under test: the owner's, with a co-author, in review with the reviewer.
    const made = await owner.client.post('/api/authoring/drafts', { slug, yaml: yamlTitled(secret) });
    expect(made.status, made.text).toBe(201);
    draftId = made.body.draft.id;
    const co = await owner.client.post(`/api/authoring/drafts/${draftId}/coauthors`, { email: coauthor.email });
    expect(co.status, co.text).toBe(201);
    const sent = await coauthor.client.post(`/api/authoring/drafts/${draftId}/submit`, {
      revision: 1,
      reviewerId: reviewer.id,
    });
    expect(sent.status, sent.text).toBe(201);
    reviewId = sent.body.review.id;
  });
  afterAll(() => running?.close());

  interface Endpoint {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    path: () => string;
    body?: (role: Role) => unknown;
    zip?: (role: Role) => Uint8Array;
    expect: Record<Role, Expect>;
  }
  const d = () => `/api/authoring/drafts/${draftId}`;
  const r = () => `/api/authoring/reviews/${reviewId}`;
  const s = () => `/api/authoring/scenarios/${published}`;
  const endpoints: Endpoint[] = [
    { method: 'GET', path: () => '/api/authoring/drafts', expect: anyAuthor(200) },
    {
      method: 'POST',
      path: () => '/api/authoring/drafts',
      body: (role) => ({ slug: `made-by-${role}-${++serial}` }),
      expect: anyAuthor(201),
    },
    { method: 'GET', path: d, expect: readDraft },
    // In review the draft is read-only, for its authors too.
    {
      method: 'PUT',
      path: d,
      body: () => ({ basedOn: 1, yaml: template.yaml, ink: template.ink }),
      expect: changeDraft(409),
    },
    { method: 'GET', path: () => `${d()}/revisions`, expect: readDraft },
    { method: 'GET', path: () => `${d()}/revisions/1`, expect: readDraft },
    { method: 'GET', path: () => `${d()}/revisions/1/bundle.json`, expect: readDraft },
    { method: 'GET', path: () => `${d()}/diff?from=1&to=1`, expect: readDraft },
    { method: 'GET', path: () => `${d()}/export.zip`, expect: readDraft },
    {
      method: 'POST',
      path: () => `${d()}/coauthors`,
      body: () => ({ email: people.other.email }),
      expect: changeDraft('flow'),
    },
    { method: 'DELETE', path: () => `${d()}/coauthors/${people.coauthor.id}`, expect: changeDraft('flow') },
    { method: 'GET', path: () => `${d()}/reviewers`, expect: changeDraft(200) },
    // Already in review: a second request is refused, for its authors too.
    {
      method: 'POST',
      path: () => `${d()}/submit`,
      body: () => ({ revision: 1, reviewerId: people.admin.id }),
      expect: changeDraft(409),
    },
    { method: 'POST', path: () => `${d()}/withdraw`, expect: changeDraft('flow') },
    { method: 'POST', path: () => `${d()}/discard`, expect: changeDraft('flow') },
    { method: 'GET', path: r, expect: readDraft },
    {
      method: 'POST',
      path: () => `${r()}/comments`,
      body: (role) => ({ file: 'main.ink', line: 2, body: `From ${role}` }),
      expect: { ...readDraft, owner: 403, coauthor: 403, reviewer: 201 },
    },
    // An author never decides on their own draft.
    {
      method: 'POST',
      path: () => `${r()}/decision`,
      body: () => ({ decision: 'approve' }),
      expect: { ...readDraft, owner: 403, coauthor: 403, reviewer: 'flow' },
    },
    { method: 'GET', path: () => '/api/authoring/scenarios', expect: anyAuthor(200) },
    { method: 'GET', path: s, expect: anyAuthor(200) },
    { method: 'POST', path: () => `${s()}/revise`, expect: anyAuthor(201) },
    { method: 'POST', path: () => `${s()}/retire`, expect: anyAuthor('flow') },
    // Not retired, and version 1 is already live: refused for everyone who may author.
    { method: 'POST', path: () => `${s()}/restore`, expect: anyAuthor(409) },
    { method: 'POST', path: () => `${s()}/rollback`, body: () => ({ version: 1 }), expect: anyAuthor(409) },
    { method: 'GET', path: () => `${s()}/export.zip`, expect: anyAuthor(200) },
    {
      method: 'POST',
      path: () => '/api/authoring/import',
      zip: (role) => zipOf(`imported-by-${role}-${++serial}`, template.yaml, template.ink),
      expect: anyAuthor(201),
    },
  ];

  function call(role: Role, e: Endpoint): Promise<Reply> {
    const c = client(role);
    if (e.zip)
      return c.request(e.method, e.path(), { body: e.zip(role), headers: { 'content-type': 'application/zip' } });
    const body = e.body?.(role);
    if (e.method === 'PUT') return put(c, e.path(), body);
    return c.request(e.method, e.path(), body === undefined ? {} : { json: body });
  }

  const state = async () => ({
    draft: await db.kysely
      .selectFrom('scenario_draft')
      .select(['status', 'revision'])
      .where('id', '=', draftId)
      .executeTakeFirstOrThrow(),
    review: await db.kysely
      .selectFrom('draft_review')
      .select('status')
      .where('id', '=', reviewId)
      .executeTakeFirstOrThrow(),
    coauthors: (
      await db.kysely.selectFrom('draft_coauthor').select('user_id').where('draft_id', '=', draftId).execute()
    ).map((c) => c.user_id),
    scenario: await db.kysely
      .selectFrom('authored_scenario')
      .select(['status', 'live_version'])
      .where('slug', '=', published)
      .executeTakeFirstOrThrow(),
  });

  it('every endpoint answers every role as it should, and a refusal tells nothing of the draft', async () => {
    const before = await state();
    const missingDraft = await people.other.client.get(`/api/authoring/drafts/${crypto.randomUUID()}`);
    expect(missingDraft.status).toBe(404);
    let checked = 0;
    for (const e of endpoints) {
      for (const role of ROLES) {
        const expected = e.expect[role];
        if (expected === 'flow') continue;
        const res = await call(role, e);
        const what = `${role} ${e.method} ${e.path()}`;
        expect(res.status, `${what}: ${res.text.slice(0, 300)}`).toBe(expected);
        checked++;
        if (expected >= 400) {
          expect(res.text, what).not.toContain(secret);
          expect(res.body?.error?.message, what).toEqual(expect.any(String));
        }
        if (expected === 404 && e.path().startsWith(d()) && e.method === 'GET' && !e.path().includes('export'))
          expect(res.body.error.message, what).toBe(missingDraft.body.error.message);
      }
    }
    expect(checked).toBeGreaterThan(150);
    // Nothing that was refused changed anything.
    const after = await state();
    expect(after).toEqual(before);
  });

  it('what a role may read, it reads in full; the reviewer reads the draft as not theirs', async () => {
    const asOwner = await people.owner.client.get(d());
    expect(asOwner.body.draft).toMatchObject({ title: secret, status: 'in_review', mine: true });
    const asReviewer = await people.reviewer.client.get(d());
    expect(asReviewer.body.draft).toMatchObject({ title: secret, mine: false });
    const bundle = await people.reviewer.client.get(`${d()}/revisions/1/bundle.json`);
    expect(bundle.body).toMatchObject({ slug, meta: { title: secret } });
    expect(bundle.body.map).toBeTruthy();
    const zip = await people.coauthor.client.get(`${d()}/export.zip`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toContain('attachment');
    const listed = await people.reviewer.client.get('/api/authoring/drafts');
    expect(listed.body.reviews.map((x: { id: string }) => x.id)).toEqual([reviewId]);
    for (const role of ['other', 'admin'] as const) {
      const theirs = await people[role].client.get('/api/authoring/drafts');
      expect(theirs.text).not.toContain(secret);
    }
  });

  it('the writes each role may make, in order', async () => {
    const { owner, coauthor, reviewer, other, admin } = people;
    // The reviewer sends it back with the comments made above; the owner edits and resubmits; the co-author withdraws.
    const back = await reviewer.client.post(`${r()}/decision`, { decision: 'send_back' });
    expect(back.status, back.text).toBe(200);
    expect(back.body.review.status).toBe('changes_requested');
    const ink = template.ink.replace('Tuesday, late afternoon.', 'Tuesday evening.');
    const saved = await put(owner.client, d(), { basedOn: 1, yaml: yamlTitled(secret), ink });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.revision.number).toBe(2);
    const stale = await put(coauthor.client, d(), { basedOn: 1, yaml: template.yaml, ink: template.ink });
    expect(stale.status).toBe(409);
    expect(stale.body.error.conflict.theirs.number).toBe(2);
    expect(stale.body.error.conflict.yours.ink).toBe(template.ink);
    const again = await owner.client.post(`${d()}/submit`, { revision: 2, reviewerId: reviewer.id });
    expect(again.status, again.text).toBe(201);
    expect((await coauthor.client.post(`${d()}/withdraw`)).status).toBe(200);
    // Co-authors: the owner adds one; a co-author removes only themselves.
    expect((await owner.client.post(`${d()}/coauthors`, { email: other.email })).status).toBe(201);
    expect((await coauthor.client.delete(`${d()}/coauthors/${other.id}`)).status).toBe(403);
    const left = await coauthor.client.delete(`${d()}/coauthors/${coauthor.id}`);
    expect(left.status, left.text).toBe(200);
    expect(left.body.coauthors.map((p: { id: string }) => p.id)).toEqual([other.id]);
    expect((await coauthor.client.get(d())).status).toBe(404);
    expect((await other.client.get(d())).status).toBe(200);
    // The owner discards it.
    const gone = await owner.client.post(`${d()}/discard`);
    expect(gone.status, gone.text).toBe(200);
    expect(gone.body.draft.status).toBe('discarded');
    // Any educator or admin retires and restores a published scenario.
    expect((await admin.client.post(`${s()}/retire`)).status).toBe(200);
    const restored = await other.client.post(`${s()}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.scenario.status).toBe('active');
    // The published version's folder comes back out as it went in.
    const zip = await other.client.get(`${s()}/export.zip?version=1`);
    expect(zip.status).toBe(200);
    const res = await fetch(`${server.url}${s()}/export.zip`, { headers: { cookie: cookieOf(other.client) } });
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(
      Object.keys(files)
        .filter((name) => !name.endsWith('/'))
        .sort(),
    ).toEqual([`${published}/main.ink`, `${published}/scenario.yaml`]);
    expect(new TextDecoder().decode(files[`${published}/scenario.yaml`])).toBe(yamlTitled('Published'));
  });

  it('bodies: a save larger than MAX_BODY_BYTES is accepted; an import past 1 MB or not a zip is refused', async () => {
    const { owner } = people;
    const made = await owner.client.post('/api/authoring/drafts', { slug: `large-${++serial}` });
    expect(made.status, made.text).toBe(201);
    // The template with a long comment: past the 64 KB every other route accepts.
    const long = `${template.ink}\n// ${'a long note '.repeat(10_000)}\n`;
    const saved = await put(owner.client, `/api/authoring/drafts/${made.body.draft.id}`, {
      basedOn: 1,
      yaml: template.yaml,
      ink: long,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body.revision.ink.length).toBe(long.length);
    const big = await owner.client.request('POST', '/api/authoring/import', {
      body: new Uint8Array(1024 * 1024 + 10),
      headers: { 'content-type': 'application/zip' },
    });
    expect(big.status).toBe(413);
    const notZip = await owner.client.request('POST', '/api/authoring/import', {
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(notZip.status).toBe(415);
    // Other routes keep the ordinary limit.
    const other = await owner.client.post('/api/cohorts', { name: 'x'.repeat(70_000) });
    expect(other.status).toBe(413);
  });
});

/** The Cookie header a client sends. */
function cookieOf(c: Client): string {
  return [...c.jar].map(([k, v]) => `${k}=${v}`).join('; ');
}
