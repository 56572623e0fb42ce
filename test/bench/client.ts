/**
 * `npm run bench`: what Rapport costs in the browser, measured against the prerendered build in headless Chromium.
 *
 *  1. Gzipped JS shipped by every prerendered page (budget: a scenario page ≤ 80 KB, a static page 0).
 *  2. Player latency with 4x CPU throttling, assessment mode: navigation start → first clickable option, and
 *     click on an option → next options clickable, over whole play-throughs.
 *  3. The same two timings for a floor page (the ink runtime alone, plain DOM code), in the same run, served by
 *     the same server, so the figures read as "Rapport costs N× the least any ink player could cost here".
 *     Budget: first choice within 1.5× the floor (median).
 *
 * Prints a table and writes test-results/bench.json. Not a test: only the budget lines say anything is wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { bin, run } from '../../src/cli/run.ts';
import { harness } from './harness.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLIENT = join(ROOT, 'dist/client');
const LOADS = Number(process.env.BENCH_LOADS ?? 20); // measured page loads per side (≥ 15 wanted)
const THROTTLE = 4;
const BUDGET_SCENARIO_KB = 80;
const BUDGET_FIRST_CHOICE_RATIO = 1.5;
const DATE = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------- the build

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}

if (!existsSync(join(CLIENT, 'index.html'))) {
  console.log('No build in dist/: building Rapport…');
  const code = run(bin('astro'), ['build'], { cwd: ROOT });
  if (code !== 0) process.exit(code);
} else {
  const sources = ['src', 'stories', 'content', 'public'].map((p) => newest(join(ROOT, p)));
  if (newest(join(CLIENT, 'index.html')) < Math.max(...sources)) {
    console.warn('Note: dist/ is older than the sources; run `npm run build` first for figures of the current code.\n');
  }
}

/**
 * What a page may ship: a scenario's player page up to the budget, content pages nothing at all. Pages that are
 * tools in their own right (under a scenario, such as its map, or for authors) are measured with no budget set.
 */
type Kind = 'scenario' | 'catalogue' | 'static' | 'tool';
function kindOf(path: string): Kind {
  if (/^\/scenarios\/[^/]+\/$/.test(path)) return 'scenario';
  if (/^\/scenarios\/[^/]+\/.+/.test(path) || path.startsWith('/author/')) return 'tool';
  // The home page and module pages list scenarios with filters and local progress: a small script, no framework.
  if (path === '/' || /^\/modules\/[^/]+\/$/.test(path)) return 'catalogue';
  return 'static';
}
const BUDGET_KB: Record<Kind, number | null> = { scenario: BUDGET_SCENARIO_KB, catalogue: 3, static: 0, tool: null };

/** Every prerendered page, as a URL path. */
function pages(dir = CLIENT): { path: string; kind: Kind }[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return pages(full);
      if (!entry.name.endsWith('.html')) return [];
      const path = '/' + relative(CLIENT, full).replace(/index\.html$/, '');
      return [{ path, kind: kindOf(path) }];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
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

async function jsShipped(browser: Browser, url: string, scenario: boolean) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<{ url: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script')
      bodies.push(response.body().then((body) => ({ url: response.url(), body })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The player imports its code after the page loads; wait for it to be running before counting.
  if (scenario) await page.getByRole('button', { name: 'Begin the session' }).waitFor();
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[])
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? ''),
  );
  const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
  const files = await Promise.all(bodies);
  await context.close();
  const fileGzip = files.reduce((sum, f) => sum + gz(f.body), 0);
  // Inline scripts are part of the HTML, gzipped here one by one: a slight overestimate, counted all the same.
  const inlineGzip = inline.reduce((sum, s) => sum + gz(s), 0);
  return {
    files: files.map((f) => ({ url: new URL(f.url).pathname, bytes: f.body.length, gzip: gz(f.body) })),
    fileGzip,
    inlineGzip,
    total: fileGzip + inlineGzip,
  };
}

/** One throttled page load, played to the end with option (run + turn) on offer at each turn. */
async function playThrough(browser: Browser, url: string, run: number) {
  const context = await browser.newContext(); // fresh: empty cache and storage, a first visit every time
  const page: Page = await context.newPage();
  await page.addInitScript(harness);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  // No saved progress, so no "Welcome back" offer: every load starts at the briefing. (A fresh context has none
  // anyway; clearing from outside the page keeps the cost of opening storage out of the floor's timings.)
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'local_storage' });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.ready);
  const { firstChoice, begun } = await page.evaluate(() => ({
    firstChoice: window.__bench.firstChoice!,
    begun: window.__bench.begun,
  }));
  const nextChoice: number[] = [];
  for (let turn = 0; ; turn++) {
    if (turn > 100) throw new Error(`${url}: no end after 100 choices`);
    // Let the page settle (paint, idle work) before the next click, as a reader would.
    await page.waitForTimeout(150);
    const ms = await page.evaluate((k) => window.__bench.choose(k), run + turn);
    if (ms === null) break;
    nextChoice.push(ms);
  }
  const ended = await page.evaluate(() => document.body.innerText);
  await context.close();
  return { firstChoice, begun, nextChoice, ended };
}

// ---------------------------------------------------------------------------------------------- the run

const server = await startStaticServer({
  '/': CLIENT,
  '/__floor/ink.js': join(ROOT, 'node_modules/inkjs/dist/ink.js'),
  '/__floor/': join(ROOT, 'test/bench/floor.html'),
});
const browser = await chromium.launch({ ...launchOptions, headless: true });

try {
  const all = pages();
  const scenarios = all.filter((p) => p.kind === 'scenario').map((p) => p.path.split('/')[2]!);
  if (scenarios.length === 0) throw new Error('no scenario page in dist/client');

  // Other work on the machine skews every figure; the load average says how quiet it was.
  const load = loadavg()[0]!.toFixed(2);
  console.log(
    `Rapport client benchmark · ${DATE} · Chromium ${browser.version()} headless · ${cpus().length} × ${cpus()[0]?.model.trim()} · load average ${load}\n`,
  );

  // 1. JS shipped per page (no throttling: sizes only).
  const shipped = [];
  for (const p of all)
    shipped.push({ ...p, ...(await jsShipped(browser, server.origin + p.path, p.kind === 'scenario')) });

  console.log('JS shipped per page (gzip -9, KB = 1024 bytes)');
  console.log(`  ${'page'.padEnd(44)} ${'files'.padStart(6)} ${'inline'.padStart(6)} ${'total'.padStart(6)}  budget`);
  for (const s of shipped) {
    const limit = BUDGET_KB[s.kind];
    const budget = limit === null ? `none (${s.kind})` : `≤ ${limit} KB: ${verdict(s.total <= limit * 1024)}`;
    console.log(
      `  ${s.path.padEnd(44)} ${kb(s.fileGzip).padStart(6)} ${kb(s.inlineGzip).padStart(6)} ${kb(s.total).padStart(6)}  ${budget}`,
    );
  }
  // One budget line per kind of page: the heaviest page of that kind.
  const budgets: { what: string; ok: boolean }[] = [];
  for (const kind of ['scenario', 'catalogue', 'static'] as const) {
    const ofKind = shipped.filter((s) => s.kind === kind);
    const heaviest = ofKind.reduce((a, b) => (b.total > a.total ? b : a), ofKind[0]!);
    if (!heaviest) continue;
    const limit = BUDGET_KB[kind]!;
    budgets.push({
      what: `${ofKind.length} ${kind} pages ship at most ${kb(heaviest.total)} KB of JS (${heaviest.path}; budget ${limit} KB)`,
      ok: heaviest.total <= limit * 1024,
    });
  }
  const files = new Map(shipped.flatMap((s) => s.files).map((f) => [f.url, f]));
  console.log('  script files, gzipped (raw):');
  for (const f of [...files.values()].sort((a, b) => b.gzip - a.gzip))
    console.log(`      ${f.url.padEnd(40)} ${kb(f.gzip).padStart(6)}  (${kb(f.bytes)})`);

  // 2 and 3. Latency, Rapport and floor interleaved load by load so drift in the machine touches both alike;
  // one unmeasured warm-up load each first. The same pattern of options makes run i take the same path on both.
  const timings: Record<string, { firstChoice: Summary; nextChoice: Summary; briefingShown: Summary | null }> = {};
  for (const slug of latencySlugs(scenarios)) {
    const sides = { rapport: `${server.origin}/scenarios/${slug}/`, floor: `${server.origin}/__floor/?slug=${slug}` };
    const raw = {
      rapport: { first: [] as number[], next: [] as number[], begun: [] as number[] },
      floor: { first: [] as number[], next: [] as number[] },
    };
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
      raw.rapport.first.push(r.firstChoice);
      raw.rapport.next.push(...r.nextChoice);
      raw.rapport.begun.push(r.begun!);
      raw.floor.first.push(f.firstChoice);
      raw.floor.next.push(...f.nextChoice);
    }
    console.log('');
    timings[`${slug}:rapport`] = {
      firstChoice: summary(raw.rapport.first),
      nextChoice: summary(raw.rapport.next),
      briefingShown: summary(raw.rapport.begun),
    };
    timings[`${slug}:floor`] = {
      firstChoice: summary(raw.floor.first),
      nextChoice: summary(raw.floor.next),
      briefingShown: null,
    };

    const rap = timings[`${slug}:rapport`]!;
    const flo = timings[`${slug}:floor`]!;
    console.log(`\nLatency, ${slug}: ms, median / p95 (Rapport vs floor: ink runtime + plain DOM)`);
    console.log(
      `  ${'timing'.padEnd(34)} ${'n'.padStart(4)} ${'Rapport'.padStart(17)} ${'floor'.padStart(17)} ${'ratio'.padStart(13)}`,
    );
    for (const [label, a, b] of [
      ['navigation → first option', rap.firstChoice, flo.firstChoice],
      ['click → next options', rap.nextChoice, flo.nextChoice],
    ] as const) {
      console.log(
        `  ${label.padEnd(34)} ${String(a.n).padStart(4)} ${pair(a.median, a.p95).padStart(17)} ${pair(b.median, b.p95).padStart(17)} ${pair(a.median / b.median, a.p95 / b.p95, 2).padStart(13)}`,
      );
    }
    console.log(
      `  (Rapport's briefing was on screen, and Begin clicked, at ${pair(rap.briefingShown!.median, rap.briefingShown!.p95)} ms)`,
    );
    const ratio = rap.firstChoice.median / flo.firstChoice.median;
    budgets.push({
      what: `${slug}: first option at ${ratio.toFixed(2)}× the floor (median; budget ${BUDGET_FIRST_CHOICE_RATIO}×)`,
      ok: ratio <= BUDGET_FIRST_CHOICE_RATIO,
    });
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
