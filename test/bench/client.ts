/**
 * `npm run bench`: what Rapport costs in the browser, measured against the prerendered build in headless Chromium.
 *
 *  1. Gzipped JS shipped by every prerendered page before play begins, for a guest and, on a scenario page, for
 *     someone signed in (budgets: a scenario page ≤ 60 KB, home and module pages ≤ 3 KB, a static page 0), and, for
 *     information, what a scenario page has loaded once its first choice is answered.
 *  2. Player latency with 4x CPU throttling, assessment mode: navigation start → the first options on screen
 *     (*visible*), → a click made in that frame answered with the next lines (*working*), and click on an option →
 *     next options, over whole play-throughs.
 *  3. The same timings for a floor page (the ink runtime alone, plain DOM code), in the same run, served by the same
 *     server, so the figures read as "Rapport costs N× the least any ink player could cost here". Budgets (medians):
 *     visible ≤ 0.8×, working ≤ 1.15×, click → next options ≤ 1.2× the floor.
 *
 * Prints a table and writes test-results/bench.json. Not a test: only the budget lines say anything is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { bin, run } from '../../src/cli/run.ts';
import { startServer as startServerProcess } from '../support/server-process.ts';
import { harness } from './harness.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT = join(ROOT, 'dist/client');
const LOADS = Number(process.env.BENCH_LOADS ?? 20); // measured page loads per side (≥ 15 wanted)
const THROTTLE = 4;
const BUDGET_SCENARIO_KB = 60;
/** Rapport's medians as a share of the floor's: the first options on screen, working, and each next choice. */
const BUDGET_RATIO = { visible: 0.8, working: 1.15, next: 1.2 } as const;
const DATE = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------- the build

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}

if (!existsSync(join(ROOT, 'dist/server/entry.mjs'))) {
  console.log('No build in dist/: building Rapport…');
  const code = run(bin('astro'), ['build'], { cwd: ROOT });
  if (code !== 0) process.exit(code);
} else {
  const sources = ['src', 'stories', 'content', 'public'].map((p) => newest(join(ROOT, p)));
  if (newest(join(ROOT, 'dist/server/entry.mjs')) < Math.max(...sources)) {
    console.warn('Note: dist/ is older than the sources; run `npm run build` first for figures of the current code.\n');
  }
}

/**
 * What a page may ship: a scenario's player page up to the budget, content pages nothing at all. Pages that are
 * tools in their own right (under a scenario, such as its map, or for authors) are measured with no budget set.
 */
type Kind = 'scenario' | 'catalogue' | 'static' | 'tool';
function kindOf(path: string): Kind {
  // A scenario's page, and its recorded assessment's (the sealed story).
  if (/^\/scenarios\/[^/]+\/(assess\/)?$/.test(path)) return 'scenario';
  if (/^\/scenarios\/[^/]+\/.+/.test(path) || path.startsWith('/author/')) return 'tool';
  // The home page and module pages list scenarios with filters and local progress: a small script, no framework.
  if (path === '/' || /^\/modules\/[^/]+\/$/.test(path)) return 'catalogue';
  return 'static';
}
const BUDGET_KB: Record<Kind, number | null> = { scenario: BUDGET_SCENARIO_KB, catalogue: 3, static: 0, tool: null };

/** Every prerendered page, as a URL path. */
function prerendered(dir = CLIENT): { path: string; kind: Kind }[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return prerendered(full);
      if (!entry.name.endsWith('.html')) return [];
      const path = '/' + relative(CLIENT, full).replace(/index\.html$/, '');
      return [{ path, kind: kindOf(path) }];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Every page a visitor reaches without signing in: the prerendered ones, and the catalogue, which is rendered on
 * request (it lists scenarios published in the browser too): the home page and each module page it links to.
 */
async function pages(site: string): Promise<{ path: string; kind: Kind }[]> {
  const home = await (await fetch(`${site}/`)).text();
  const modules = [...new Set([...home.matchAll(/href="(\/modules\/[^/"]+\/)"/g)].map((m) => m[1]!))];
  const all = [...prerendered(), ...['/', ...modules].map((path) => ({ path, kind: kindOf(path) }))];
  return [...new Map(all.map((p) => [p.path, p])).values()].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The scenario whose latency is measured: BENCH_SCENARIO=<slug>, or =all for every one (slow); by default the
 * one with the largest bundle.json, the worst case for the first choice.
 */
function latencySlugs(all: string[]): string[] {
  const wanted = process.env.BENCH_SCENARIO;
  if (wanted === 'all') return all;
  if (wanted) {
    if (!all.includes(wanted)) throw new Error(`BENCH_SCENARIO=${wanted}: no such scenario page in dist/client`);
    return [wanted];
  }
  const size = (slug: string) => statSync(join(CLIENT, 'scenarios', slug, 'bundle.json')).size;
  return [[...all].sort((a, b) => size(b) - size(a))[0]!];
}

// ---------------------------------------------------------------------------------------------- statistics

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Nearest-rank percentile: a value that was actually measured. */
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}

const summary = (xs: number[]) => ({ n: xs.length, median: median(xs), p95: percentile(xs, 95), samples: xs });
type Summary = ReturnType<typeof summary>;

// ---------------------------------------------------------------------------------------------- measurements

const launchOptions = playwrightConfig.use?.launchOptions ?? {};

/**
 * For the latency runs on the static server, which has no API: the player's own calls answered as the built server
 * answers a guest (no one signed in), so nothing fails.
 */
async function answerApi(page: Page) {
  await page.route('**/api/me', (route) => route.fulfill({ json: { user: null } }));
}

/** A browser context signed in as a new trainee of the built server at `site` (sign-up signs in). */
async function signedInContext(browser: Browser, site: string) {
  const context = await browser.newContext();
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const res = await context.request.post(`${site}/api/auth/sign-up/email`, {
    headers: { origin: site },
    data: { email: `bench.${tag}@rapport.test`, password: `correct horse ${tag} staple`, name: 'Bench trainee' },
  });
  if (res.status() !== 200) throw new Error(`sign-up answered ${res.status()}: ${await res.text()}`);
  return context;
}

/**
 * The gzipped JS of one page load from the built server at `site`: every script response and inline script, gzipped
 * at level 9 one by one, until the network is idle; on a scenario page, with `play`, it then begins (assessment) and
 * answers the first choice, and the scripts that brings are counted apart. Also what failed: any request, any answer
 * of 400 or more, any error in the console.
 */
async function jsShipped(
  browser: Browser,
  site: string,
  path: string,
  options: { signedIn?: boolean; play?: boolean } = {},
) {
  const context = options.signedIn ? await signedInContext(browser, site) : await browser.newContext();
  const page = await context.newPage();
  type Phase = 'load' | 'play';
  let phase = 'load' as Phase;
  const bodies: Promise<{ url: string; body: Buffer; phase: Phase }>[] = [];
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('console', (message) => message.type() === 'error' && failed.push(`console: ${message.text()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    if (response.request().resourceType() === 'script') {
      const at = phase;
      bodies.push(response.body().then((body) => ({ url: response.url(), body, phase: at })));
    }
  });
  await page.goto(site + path, { waitUntil: 'networkidle' });
  const scenario = kindOf(path) === 'scenario';
  // The player has run: it takes what the page's first script kept (opening-capture.ts) when it starts.
  if (scenario) await page.waitForFunction(() => !('__rapportOpening' in window));
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[])
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? ''),
  );
  if (scenario && options.play) {
    phase = 'play';
    if (await page.getByRole('radio', { name: /^Assessment/ }).count())
      await page.getByRole('radio', { name: /^Assessment/ }).check();
    await page.getByRole('button', { name: 'Begin the session' }).click();
    await page.locator('button.option').first().click();
    await page.getByText('You', { exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
  }
  const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
  const files = await Promise.all(bodies);
  await context.close();
  const sum = (list: typeof files) => list.reduce((total, f) => total + gz(f.body), 0);
  const fileGzip = sum(files.filter((f) => f.phase === 'load'));
  // Inline scripts are part of the HTML, gzipped here one by one: a slight overestimate, counted all the same.
  const inlineGzip = inline.reduce((total, text) => total + gz(text), 0);
  return {
    files: files.map((f) => ({ url: new URL(f.url).pathname, bytes: f.body.length, gzip: gz(f.body), phase: f.phase })),
    fileGzip,
    inlineGzip,
    total: fileGzip + inlineGzip,
    /** What playing to the first choice's answer loads on top (null when not played). */
    played: options.play ? sum(files.filter((f) => f.phase === 'play')) : null,
    failed,
  };
}

type Shipped = Awaited<ReturnType<typeof jsShipped>>;
type Page_ = Awaited<ReturnType<typeof pages>>[number];

/** One throttled page load, played to the end with option (run + turn) on offer at each turn. */
async function playThrough(browser: Browser, url: string, run: number) {
  const context = await browser.newContext(); // fresh: empty cache and storage, a first visit every time
  const page: Page = await context.newPage();
  await answerApi(page);
  await page.addInitScript(harness, run);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  // No saved progress, so no "Welcome back" offer: every load starts at the briefing. (A fresh context has none
  // anyway; clearing from outside the page keeps the cost of opening storage out of the floor's timings.)
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'local_storage' });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.ready);
  const { visible, working, begun } = await page.evaluate(() => ({
    visible: window.__bench.visible!,
    working: window.__bench.working!,
    begun: window.__bench.begun,
  }));
  const nextChoice: number[] = [];
  // The first choice was made by the harness (pattern run + 0); the rest follow the same pattern.
  for (let turn = 1; ; turn++) {
    if (turn > 100) throw new Error(`${url}: no end after 100 choices`);
    // Let the page settle (paint, idle work) before the next click, as a reader would.
    await page.waitForTimeout(150);
    const ms = await page.evaluate((k) => window.__bench.choose(k), run + turn);
    if (ms === null) break;
    nextChoice.push(ms);
  }
  const ended = await page.evaluate(() => document.body.innerText);
  await context.close();
  return { visible, working, begun, nextChoice, ended };
}

// ---------------------------------------------------------------------------------------------- the run

// Latency on one small static server for both sides (the prerendered scenario pages and the floor); what pages ship
// from the built server itself (src/cli/serve.ts, on a fresh SQLite file in a scratch folder), which also renders
// the catalogue on request and answers the player's API calls as it does for a visitor.
const server = await startStaticServer({
  '/': CLIENT,
  '/__floor/ink.js': join(ROOT, 'node_modules/inkjs/dist/ink.js'),
  '/__floor/': join(ROOT, 'test/bench/floor.html'),
});
const data = mkdtempSync(join(tmpdir(), 'rapport-bench-client-'));
const built = await startServerProcess({ database: { env: { DATA_DIR: data } } });
const browser = await chromium.launch({ ...launchOptions, headless: true });

try {
  const all = await pages(built.url);
  const scenarios = all
    .filter((p) => p.kind === 'scenario' && !p.path.endsWith('/assess/'))
    .map((p) => p.path.split('/')[2]!);
  if (scenarios.length === 0) throw new Error('no scenario page in dist/client');

  // Other work on the machine skews every figure; the load average says how quiet it was.
  const load = loadavg()[0]!.toFixed(2);
  console.log(
    `Rapport client benchmark · ${DATE} · Chromium ${browser.version()} headless · ${cpus().length} × ${cpus()[0]?.model.trim()} · load average ${load}\n`,
  );

  // 1. JS shipped per page (no throttling: sizes only): what loads before play begins, as a guest; a scenario page
  // again signed in, and played to the answer of its first choice for what play brings.
  const shipped: (Page_ & Shipped & { signedIn: Shipped | null })[] = [];
  for (const p of all) {
    const guest = await jsShipped(browser, built.url, p.path, { play: p.kind === 'scenario' });
    const signedIn =
      p.kind === 'scenario' ? await jsShipped(browser, built.url, p.path, { signedIn: true, play: true }) : null;
    shipped.push({ ...p, ...guest, signedIn });
  }

  console.log(
    'JS shipped per page before play begins (gzip -9, KB = 1024 bytes); a scenario page as a guest / signed in',
  );
  console.log(`  ${'page'.padEnd(44)} ${'files'.padStart(6)} ${'inline'.padStart(6)} ${'total'.padStart(13)}  budget`);
  const heaviestOf = (s: (typeof shipped)[number]) => Math.max(s.total, s.signedIn?.total ?? 0);
  for (const s of shipped) {
    const limit = BUDGET_KB[s.kind];
    const budget = limit === null ? `none (${s.kind})` : `≤ ${limit} KB: ${verdict(heaviestOf(s) <= limit * 1024)}`;
    const total = s.signedIn ? `${kb(s.total)} / ${kb(s.signedIn.total)}` : kb(s.total);
    console.log(
      `  ${s.path.padEnd(44)} ${kb(s.fileGzip).padStart(6)} ${kb(s.inlineGzip).padStart(6)} ${total.padStart(13)}  ${budget}`,
    );
  }
  // One budget line per kind of page: the heaviest page of that kind (a scenario page: guest or signed in).
  const budgets: { what: string; ok: boolean }[] = [];
  for (const kind of ['scenario', 'catalogue', 'static'] as const) {
    const ofKind = shipped.filter((s) => s.kind === kind);
    const heaviest = ofKind.reduce((a, b) => (heaviestOf(b) > heaviestOf(a) ? b : a), ofKind[0]!);
    if (!heaviest) continue;
    const limit = BUDGET_KB[kind]!;
    budgets.push({
      what: `${ofKind.length} ${kind} pages ship at most ${kb(heaviestOf(heaviest))} KB of JS before play begins${kind === 'scenario' ? ', guest or signed in' : ''} (${heaviest.path}; budget ${limit} KB)`,
      ok: heaviestOf(heaviest) <= limit * 1024,
    });
  }
  // A guest's scenario page makes no request that fails and logs no error (issue 14); nor does any other page a
  // visitor reaches. The tools (the authoring page, a scenario's map) are listed, with no budget.
  const failures = shipped.filter((s) => s.failed.length > 0);
  for (const s of failures) console.log(`  ${s.path}${s.kind === 'tool' ? ' (a tool)' : ''}: ${s.failed.join('; ')}`);
  const visitorPages = shipped.filter((s) => s.kind !== 'tool');
  budgets.push({
    what: `${visitorPages.length} visitor pages loaded as a guest (scenario pages played to the first answer): ${failures.filter((s) => s.kind !== 'tool').length} with a failed request or a console error`,
    ok: failures.every((s) => s.kind === 'tool'),
  });
  const played = shipped.filter((s) => s.played !== null);
  if (played.length > 0) {
    const most = (list: number[]) => Math.max(...list);
    console.log(
      `  once play begins and the first choice is answered, a scenario page loads at most ${kb(most(played.map((s) => s.played!)))} KB more as a guest, ${kb(most(played.map((s) => s.signedIn?.played ?? 0)))} KB signed in (no budget: the story, the machine, what follows a choice)`,
    );
  }
  const files = new Map(shipped.flatMap((s) => [...s.files, ...(s.signedIn?.files ?? [])]).map((f) => [f.url, f]));
  console.log('  script files, gzipped (raw), loaded before play (load) or once it begins (play):');
  for (const f of [...files.values()].sort((a, b) => b.gzip - a.gzip))
    console.log(`      ${f.url.padEnd(48)} ${kb(f.gzip).padStart(6)}  (${kb(f.bytes)}) ${f.phase}`);

  // 2 and 3. Latency, Rapport and floor interleaved load by load so drift in the machine touches both alike;
  // one unmeasured warm-up load each first. The same pattern of options makes run i take the same path on both.
  type Side = { visible: Summary; working: Summary; nextChoice: Summary; briefingShown: Summary | null };
  const timings: Record<string, Side> = {};
  for (const slug of latencySlugs(scenarios)) {
    const sides = { rapport: `${server.origin}/scenarios/${slug}/`, floor: `${server.origin}/__floor/?slug=${slug}` };
    const empty = () => ({
      visible: [] as number[],
      working: [] as number[],
      next: [] as number[],
      begun: [] as number[],
    });
    const raw = { rapport: empty(), floor: empty() };
    process.stdout.write(
      `\nPlaying ${slug} (${THROTTLE}x CPU throttling, assessment mode), ${LOADS} loads per side, + 1 warm-up `,
    );
    for (let i = -1; i < LOADS; i++) {
      const r = await playThrough(browser, sides.rapport, Math.max(i, 0));
      const f = await playThrough(browser, sides.floor, Math.max(i, 0));
      // The player must really have run in assessment mode to its end, or its figures mean nothing.
      if (!r.ended.includes('The session has ended'))
        throw new Error(`run ${i}: Rapport did not reach the end of the session`);
      if (r.nextChoice.length !== f.nextChoice.length)
        throw new Error(`run ${i}: Rapport and the floor took different paths`);
      process.stdout.write('.');
      if (i < 0) continue;
      for (const [side, t] of [
        [raw.rapport, r],
        [raw.floor, f],
      ] as const) {
        side.visible.push(t.visible);
        side.working.push(t.working);
        side.next.push(...t.nextChoice);
        if (t.begun !== null) side.begun.push(t.begun);
      }
    }
    console.log('');
    for (const [name, side] of Object.entries(raw))
      timings[`${slug}:${name}`] = {
        visible: summary(side.visible),
        working: summary(side.working),
        nextChoice: summary(side.next),
        briefingShown: side.begun.length ? summary(side.begun) : null,
      };

    const rap = timings[`${slug}:rapport`]!;
    const flo = timings[`${slug}:floor`]!;
    console.log(`\nLatency, ${slug}: ms, median / p95 (Rapport vs floor: ink runtime + plain DOM)`);
    console.log(
      `  ${'timing'.padEnd(40)} ${'n'.padStart(4)} ${'Rapport'.padStart(17)} ${'floor'.padStart(17)} ${'ratio'.padStart(13)}`,
    );
    const rows = [
      ['navigation → first options on screen', 'visible', rap.visible, flo.visible],
      ['navigation → first click answered', 'working', rap.working, flo.working],
      ['click → next options', 'next', rap.nextChoice, flo.nextChoice],
    ] as const;
    for (const [label, , a, b] of rows) {
      console.log(
        `  ${label.padEnd(40)} ${String(a.n).padStart(4)} ${pair(a.median, a.p95).padStart(17)} ${pair(b.median, b.p95).padStart(17)} ${pair(a.median / b.median, a.p95 / b.p95, 2).padStart(13)}`,
      );
    }
    console.log(
      `  (Rapport's briefing was on screen, and Begin clicked, at ${pair(rap.briefingShown!.median, rap.briefingShown!.p95)} ms)`,
    );
    for (const [label, key, a, b] of rows) {
      const ratio = a.median / b.median;
      budgets.push({
        what: `${slug}: ${label.replace('navigation → ', '')} at ${ratio.toFixed(2)}× the floor (median; budget ${BUDGET_RATIO[key]}×)`,
        ok: ratio <= BUDGET_RATIO[key],
      });
    }
  }

  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.what}: ${verdict(b.ok)}`);

  const out = join(ROOT, 'test-results/bench.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: DATE,
        machine: {
          cpus: cpus().length,
          model: cpus()[0]?.model.trim(),
          browser: `Chromium ${browser.version()} headless`,
          throttle: THROTTLE,
          loadAverageAtStart: Number(load),
          loadAverageAtEnd: loadavg()[0],
        },
        commit:
          spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || null,
        shipped,
        timings,
        budgets,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nWrote ${relative(ROOT, out)}`);
} finally {
  await browser.close();
  await server.close();
  await built.stop();
  rmSync(data, { recursive: true, force: true });
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
function pair(a: number, b: number, digits = 0): string {
  return `${a.toFixed(digits)} / ${b.toFixed(digits)}`;
}
function verdict(ok: boolean): string {
  return ok ? 'within budget' : 'OVER budget';
}
