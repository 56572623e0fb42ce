/**
 * A scenario published in the browser plays in the browser as a built-in one does (issue 15): its page, rendered
 * on request from the database, hydrates the player under the content security policy, fetches its bundle from
 * the on-demand endpoint, and passes axe. The release is written into the test server's database directly (the
 * authoring flow has its own journey); it is published retired, so it resolves without joining the catalogue the
 * other specs count.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { ScenarioBundle } from '../../src/engine/bundle.ts';
import { openDatabase } from '../../src/server/db/connect.ts';
import { publishForTest } from '../server/publish-for-test.ts';
import {
  beginScenario,
  expectNoSeriousAxeViolations,
  pick,
  PLAYER_SCENARIO,
  responseGroup,
  violations,
  watchViolations,
} from './support.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = 'published-in-the-browser';
const TITLE = 'Published in the browser';

// One worker for the file: its tests share the release written once below.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  const built = JSON.parse(
    readFileSync(join(root, 'dist/client/scenarios', PLAYER_SCENARIO, 'bundle.json'), 'utf8'),
  ) as ScenarioBundle;
  // The server's database (test/playwright.config.ts: DATA_DIR), written from here as another app server would.
  const db = openDatabase({ kind: 'sqlite', file: join(root, 'test-results/e2e-data/rapport.sqlite') });
  try {
    const exists = await db.kysely
      .selectFrom('authored_scenario')
      .select('slug')
      .where('slug', '=', SLUG)
      .executeTakeFirst();
    if (!exists)
      await publishForTest(
        db.kysely,
        { ...built, slug: SLUG, hash: `${built.hash}-published`, meta: { ...built.meta, title: TITLE } },
        new Date().toISOString(),
        'retired',
      );
  } finally {
    await db.close();
  }
});

test('a published scenario’s page plays under its policy, with its bundle from the database, and passes axe', async ({
  page,
}) => {
  await watchViolations(page);
  const bundles: number[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith(`/scenarios/${SLUG}/bundle.json`)) bundles.push(r.status());
  });
  const response = await page.goto(`/scenarios/${SLUG}/`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText(/^Version 1, published /)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await beginScenario(page, SLUG, 'Practice');
  await pick(page, 1);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(responseGroup(page)).toBeVisible();
  expect(bundles.length).toBeGreaterThan(0);
  expect(bundles.every((s) => s === 200 || s === 304)).toBe(true);
  await expectNoSeriousAxeViolations(page);
  expect(await violations(page)).toEqual([]);
});

test('its assessment page loads the sealed story and passes axe', async ({ page }) => {
  const sealed: number[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith(`/scenarios/${SLUG}/sealed.json`)) sealed.push(r.status());
  });
  await page.goto(`/scenarios/${SLUG}/assess/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Assessment: ${TITLE}`);
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeVisible();
  expect(sealed).toContain(200);
  await expectNoSeriousAxeViolations(page);
});
