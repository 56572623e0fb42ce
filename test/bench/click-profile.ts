/**
 * `npm run bench:clicks`: where a click's time goes, Rapport against the floor, for the README's click profile.
 * The built scenario page and the floor page (test/bench/floor.html) are served as `npm run bench` serves them and
 * played with the same harness at 4x CPU throttling; each click, from `button.click()` to the next options in the
 * DOM, is wrapped in `console.profile`, and the profiles are read for the time spent inside ink continuing the story
 * (`ContinueInternal`), writing its state (`ToJson`), Svelte's update (`flush`) and the harness's own check of the
 * new options (`onMutation`), as a mean per click. Not a test, and slower than the timings it explains: profiling
 * adds its own cost, so compare the two sides, not these times with `npm run bench`'s.
 *
 * BENCH_LOADS (default 3) loads per side; BENCH_SCENARIO a scenario slug (default a-promise-you-cannot-make).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import playwrightConfig from '../playwright.config.ts';
import { inclusive, type CpuProfile } from './cpu-profile.ts';
import { harness } from './harness.ts';
import { startStaticServer } from './static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = process.env.BENCH_SCENARIO ?? 'a-promise-you-cannot-make';
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const PARTS = ['ContinueInternal', 'ToJson', 'flush', 'onMutation'] as const;

async function profileSide(browser: Browser, url: string) {
  const totals = new Map<string, number>(PARTS.map((p) => [p, 0]));
  const times: number[] = [];
  let clicks = 0;
  for (let run = 0; run < LOADS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // As for a guest on the static server (npm run bench does the same).
    await page.route('**/api/me', (route) => route.fulfill({ json: { user: null } }));
    await page.addInitScript(harness, run);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const profiles: CpuProfile[] = [];
    cdp.on('Profiler.consoleProfileFinished', (e) => void profiles.push(e.profile as unknown as CpuProfile));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.evaluate(() => window.__bench.ready);
    for (let turn = 1; turn < 100; turn++) {
      await page.waitForTimeout(150);
      const ms = await page.evaluate(async (k) => {
        console.profile('click');
        const answered = await window.__bench.choose(k);
        console.profileEnd('click');
        return answered;
      }, run + turn);
      if (ms === null) break;
      times.push(ms);
    }
    await page.waitForTimeout(300);
    for (const profile of profiles) {
      clicks++;
      for (const [part, us] of inclusive(profile, PARTS)) totals.set(part, totals.get(part)! + us);
    }
    await context.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? NaN;
  return { clicks, median, perClick: new Map([...totals].map(([p, us]) => [p, us / 1000 / clicks])) };
}

const server = await startStaticServer({
  '/': join(ROOT, 'dist/client'),
  '/__floor/ink.js': join(ROOT, 'node_modules/inkjs/dist/ink.js'),
  '/__floor/': join(ROOT, 'test/bench/floor.html'),
});
const browser = await chromium.launch({ ...(playwrightConfig.use?.launchOptions ?? {}), headless: true });
try {
  const sides = {
    Rapport: await profileSide(browser, `${server.origin}/scenarios/${SLUG}/`),
    floor: await profileSide(browser, `${server.origin}/__floor/?slug=${SLUG}`),
  };
  console.log(`Click profile, ${SLUG}, 4x CPU throttling, ${LOADS} loads per side: mean ms per click inside each part`);
  console.log(`  ${'part'.padEnd(46)} ${'Rapport'.padStart(8)} ${'floor'.padStart(8)}`);
  const label: Record<(typeof PARTS)[number], string> = {
    ContinueInternal: 'ink continuing the story (ContinueInternal)',
    ToJson: "writing ink's state (ToJson)",
    flush: "Svelte's update (flush)",
    onMutation: "the harness's check of the new options",
  };
  for (const part of PARTS)
    console.log(
      `  ${label[part].padEnd(46)} ${sides.Rapport.perClick.get(part)!.toFixed(2).padStart(8)} ${sides.floor.perClick.get(part)!.toFixed(2).padStart(8)}`,
    );
  console.log(
    `  ${'clicks profiled; median click → next, ms'.padEnd(46)} ${`${sides.Rapport.clicks}; ${sides.Rapport.median.toFixed(0)}`.padStart(8)} ${`${sides.floor.clicks}; ${sides.floor.median.toFixed(0)}`.padStart(8)}`,
  );
} finally {
  await browser.close();
  await server.close();
}
