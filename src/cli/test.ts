/**
 * `npm test`: every test, in order: the type check (`astro check`), the linter and the formatter's check (each
 * counted as one test); unit, machine, content,
 * build and database tests (Vitest); a production build; tests that run the built server as processes (Vitest);
 * browser tests against it (Playwright). Prints one last line, `N passed, N failed`, summed over all of them.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { bin, run } from './run.ts';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

let passed = 0;
let failed = 0;

function countVitest(file: string) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  return true;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  passed += report.stats.expected + report.stats.flaky;
  failed += report.stats.unexpected;
  return true;
}

// The type check runs on its own (`npm run check`), not inside Vitest, where it took a minute of every unit run;
// here it counts as one test so CI still fails on a type error.
const typecheck = run(bin('astro'), ['check']);
if (typecheck === 0) passed += 1;
else {
  console.error('astro check found type errors (run `npm run check`).');
  failed += 1;
}

// The linter and the formatter, each one test, so the code keeps passing the configuration it was formatted with.
for (const [name, args, fix] of [
  ['eslint', ['.'], 'npm run lint'],
  ['prettier', ['--check', '.', '--log-level', 'warn'], 'npm run format'],
] as const) {
  if (run(bin(name), [...args]) === 0) passed += 1;
  else {
    console.error(`${name} found problems (see above; \`${fix}\`).`);
    failed += 1;
  }
}

const vitest = run(bin('vitest'), [
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/unit.json`,
]);
if (!countVitest(`${results}/unit.json`) || (vitest !== 0 && failed === 0)) failed += 1;

const build = run(bin('astro'), ['build']);
if (build !== 0) {
  console.error('The production build failed, so the server and browser tests cannot run.');
  failed += 1;
} else {
  const http = run(bin('vitest'), [
    'run',
    '--config',
    'test/vitest.http.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${results}/http.json`,
  ]);
  if (!countVitest(`${results}/http.json`) || (http !== 0 && failed === 0)) failed += 1;
  const e2e = run(bin('playwright'), ['test', '--config', 'test/playwright.config.ts']);
  if (!countPlaywright(`${results}/e2e.json`) || (e2e !== 0 && failed === 0)) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
