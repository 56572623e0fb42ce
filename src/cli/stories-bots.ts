/**
 * `npm run stories:bots [slug…] [--json]`: plays every scenario as test-wise bots would (never reading the
 * client) and prints each bot's score per scenario, and how often a classifier trained on the other
 * scenarios picks the keyed best. Exits 1 when a bot reaches the competent band anywhere, or the classifier
 * beats the library's limit. The same check runs in `stories:check`, the build and the library test.
 */
import { BOT_LIMIT, CLASSIFIER_LIMIT, type BotName } from '../engine/testwise-bots.ts';
import { libraryBots } from '../pipeline/library-bots.ts';
import { loadLibrary } from '../pipeline/library.ts';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const only = new Set(args.filter((a) => !a.startsWith('--')));
const library = loadLibrary(root);
const report = libraryBots(library);
const shown = report.scenarios.filter((s) => only.size === 0 || only.has(s.slug));

if (args.includes('--json')) {
  console.log(JSON.stringify({ ...report, scenarios: shown }, null, 2));
} else {
  const bots: BotName[] = ['longest', 'shortest', 'first', 'longest question', 'classifier'];
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('scenario', 28)}${bots.map((b) => pad(b, 18)).join('')}classifier hits`);
  for (const s of shown) {
    const cells = bots
      .map((b) =>
        pad(s.scores[b] === undefined ? '-' : `${s.scores[b].toFixed(0)}${s.scores[b] >= BOT_LIMIT ? ' !' : ''}`, 18),
      )
      .join('');
    console.log(`${pad(s.slug, 28)}${cells}${s.classifierHits}/${s.points}`);
  }
  const share = report.points ? report.classifierHits / report.points : 0;
  console.log(
    `classifier picks the keyed best at ${report.classifierHits} of ${report.points} points (${(share * 100).toFixed(0)}%; limit ${CLASSIFIER_LIMIT * 100}%, chance ${(report.chance * 100).toFixed(0)}%); "!" marks a bot at or above ${BOT_LIMIT}`,
  );
}
const failing =
  shown.some((s) => s.failing.length > 0) ||
  (only.size === 0 && report.points > 0 && report.classifierHits / report.points > CLASSIFIER_LIMIT);
process.exitCode = failing ? 1 : 0;
