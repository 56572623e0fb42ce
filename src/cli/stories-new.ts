/**
 * `npm run stories:new <slug>`: scaffolds stories/<slug>/ with metadata, a first knot and example tagged
 * choices that pass the checker, then checks it.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../engine/diagnostics.ts';
import { storiesDir } from '../pipeline/library.ts';
import { loadRubric } from '../pipeline/rubric-files.ts';
import { loadScenario } from '../pipeline/scenario-files.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const slug = process.argv[2] ?? '';
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
  console.error('Usage: npm run stories:new <slug>   (lowercase words joined by hyphens, e.g. the-late-message)');
  process.exit(2);
}
const dir = storiesDir(root);
const folder = join(dir, slug);
if (existsSync(folder)) {
  console.error(`${folder} already exists; choose another slug.`);
  process.exit(2);
}
mkdirSync(folder, { recursive: true });
for (const file of ['scenario.yaml', 'main.ink'])
  copyFileSync(fileURLToPath(new URL(`./templates/${file}`, import.meta.url)), join(folder, file));

const { rubric } = loadRubric(root);
const scenario = loadScenario(root, dir, slug, rubric);
for (const d of scenario.diagnostics) console.log(formatDiagnostic(d));
console.log(`Created ${join(folder, 'scenario.yaml')} and main.ink.`);
console.log(
  `Next: edit them, run \`npm run stories:check ${join(folder)}\`, and open /scenarios/${slug}/ under \`npm run dev\`.`,
);
