/**
 * A scenario published in the browser, served by the built server with no rebuild or restart: a release written
 * into the running server's database has its page, its assessment page, its bundle.json and sealed.json at the
 * built-in scenarios' addresses, is listed on the home page and its module's page, and is played and scored over
 * HTTP; a new release replaces it at once; retired, it leaves the catalogue and its pages stay. On SQLite and, with
 * TEST_DATABASE_URL, PostgreSQL.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import type { Db } from '../../src/server/db/connect.ts';
import { DATABASES, freshDatabase, type FreshDatabase } from '../support/databases.ts';
import { Client, openTestDatabase, signUp, startServer, type ServerProcess } from '../support/server-process.ts';
import { publishForTest, setStatusForTest } from '../server/publish-for-test.ts';
import {
  builtBundle,
  builtScenarios,
  choiceEvent,
  completeEvent,
  engineScore,
  planPath,
  postEvent,
  startAttempt,
} from './play.ts';

const built = builtBundle(builtScenarios()[0]);
const SLUG = 'published-over-http';
const v1: ScenarioBundle = {
  ...built,
  slug: SLUG,
  hash: `${built.hash}-v1`,
  meta: { ...built.meta, title: 'Published over HTTP' },
};
const v2: ScenarioBundle = {
  ...v1,
  hash: `${built.hash}-v2`,
  meta: { ...v1.meta, title: 'Published over HTTP, revised' },
};
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Links to the scenario's page in a page's HTML. */
const links = (html: string) => html.split(`href="/scenarios/${SLUG}/"`).length - 1;

describe.each(DATABASES)('published scenario pages on %s', (kind) => {
  let fresh: FreshDatabase;
  let db: Db;
  let server: ServerProcess;
  let guest: Client;

  beforeAll(async () => {
    fresh = await freshDatabase(kind);
    server = await startServer({ database: fresh });
    db = openTestDatabase(fresh);
    guest = new Client(server);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    await fresh?.drop();
  });

  it('before it is published: the site’s 404 at its addresses, and not listed', async () => {
    for (const path of [`/scenarios/${SLUG}/`, `/scenarios/${SLUG}/assess/`]) {
      const res = await guest.get(path);
      expect(res.status, path).toBe(404);
      expect(res.text, path).toContain('Page not found');
    }
    expect((await guest.get(`/scenarios/${SLUG}/bundle.json`)).status).toBe(404);
    const home = await guest.get('/');
    expect(home.status).toBe(200);
    expect(links(home.text)).toBe(0);
    expect(links((await guest.get(`/modules/${v1.meta.module}/`)).text)).toBe(0);
  });

  it('published: its page, assessment, bundle and sealed story are served, and the catalogue lists it', async () => {
    await publishForTest(db.kysely, v1, '2026-12-01T10:00:00.000Z');

    const page = await guest.get(`/scenarios/${SLUG}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1');
    expect(page.text).toContain('Published over HTTP</h1>');
    expect(page.text).toContain('Version 1, published 1 Dec 2026.');
    expect(page.text).toContain(`href="/scenarios/${SLUG}/bundle.json"`);
    expect(page.headers.get('cache-control')).toBe('private, no-cache');
    // Its own policy, with every inline script it runs hashed in it.
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/frame-ancestors 'none'/);
    // A data block (the player's props, type application/json) is never run, so needs no hash.
    const scripts = [
      ...page.text.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/gi),
    ].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(policy).toContain(sha256(script));

    const assess = await guest.get(`/scenarios/${SLUG}/assess/`);
    expect(assess.status).toBe(200);
    expect(assess.text).toContain('Assessment: Published over HTTP</h1>');
    expect(assess.text).toContain(`href="/scenarios/${SLUG}/sealed.json"`);

    const bundle = await guest.get(`/scenarios/${SLUG}/bundle.json`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^application\/json/);
    expect(bundle.body).toEqual(JSON.parse(JSON.stringify(v1)));
    expect(bundle.headers.get('etag')).toBe(`"${v1.hash}"`);
    const again = await guest.get(`/scenarios/${SLUG}/bundle.json`, { headers: { 'if-none-match': `"${v1.hash}"` } });
    expect(again.status).toBe(304);

    const sealed = await guest.get(`/scenarios/${SLUG}/sealed.json`);
    expect(sealed.status).toBe(200);
    expect(sealed.body).toMatchObject({ slug: SLUG, hash: v1.hash, sealed: true, map: null });
    expect(JSON.stringify(v1.ink)).toMatch(/\^rubric:/);
    expect(JSON.stringify(sealed.body.ink)).not.toMatch(/\^rubric:/);

    // The branch map asks a guest to sign in, as a built-in scenario's does.
    expect((await guest.get(`/scenarios/${SLUG}/map/`)).status).toBe(303);
    expect(links((await guest.get('/')).text)).toBe(1);
    expect(links((await guest.get(`/modules/${v1.meta.module}/`)).text)).toBe(1);
    // Nothing else under /scenarios/<slug>/ is made up.
    expect((await guest.get(`/scenarios/${SLUG}/other/`)).status).toBe(404);
  });

  it('is played, recorded and scored over HTTP like a built-in scenario', async () => {
    const trainee = await signUp(server, 'published-trainee');
    const path = planPath(v1);
    const id = await startAttempt(trainee.client, v1, 'assessment');
    let seq = 0;
    for (const choice of path)
      expect((await postEvent(trainee.client, id, choiceEvent(++seq, choice))).status).toBe(201);
    const done = await postEvent(trainee.client, id, completeEvent(seq + 1, 'I noticed what I rushed.'));
    expect(done.status, done.text).toBe(201);
    const attempt = await trainee.client.get(`/api/attempts/${id}`);
    expect(attempt.body.attempt).toMatchObject({
      scenario: SLUG,
      storyHash: v1.hash,
      status: 'completed',
      overall: engineScore(v1, path, 'assessment'),
    });
  });

  it('a new release replaces it at once: page, bundle and catalogue', async () => {
    await publishForTest(db.kysely, v2, '2026-12-02T10:00:00.000Z');
    const page = await guest.get(`/scenarios/${SLUG}/`);
    expect(page.text).toContain('Published over HTTP, revised</h1>');
    expect(page.text).toContain('Version 2, published 2 Dec 2026.');
    const bundle = await guest.get(`/scenarios/${SLUG}/bundle.json`, { headers: { 'if-none-match': `"${v1.hash}"` } });
    expect(bundle.status).toBe(200);
    expect(bundle.body.hash).toBe(v2.hash);
    expect(bundle.headers.get('etag')).toBe(`"${v2.hash}"`);
    expect((await guest.get('/')).text).toContain('Published over HTTP, revised');
  });

  it('retired: gone from the home and module pages, its pages and bundles still served', async () => {
    await setStatusForTest(db.kysely, SLUG, 'retired');
    expect(links((await guest.get('/')).text)).toBe(0);
    expect(links((await guest.get(`/modules/${v1.meta.module}/`)).text)).toBe(0);
    expect((await guest.get(`/scenarios/${SLUG}/`)).status).toBe(200);
    expect((await guest.get(`/scenarios/${SLUG}/assess/`)).status).toBe(200);
    expect((await guest.get(`/scenarios/${SLUG}/bundle.json`)).body.hash).toBe(v2.hash);
    expect((await guest.get(`/scenarios/${SLUG}/sealed.json`)).status).toBe(200);
    // The built-in scenarios are untouched: still listed, still their prerendered files.
    const home = await guest.get('/');
    expect(home.text).toContain(`href="/scenarios/${built.slug}/"`);
    const own = await guest.get(`/scenarios/${built.slug}/`);
    expect(own.status).toBe(200);
    expect(own.text).not.toMatch(/Version \d+, published/);
  });

  it('an unknown module is the site’s 404', async () => {
    const res = await guest.get('/modules/no-such-module/');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Page not found');
  });
});
