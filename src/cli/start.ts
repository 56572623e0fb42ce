/**
 * `npm start`: builds when the build is missing or older than the sources, then serves Rapport
 * (src/cli/serve.ts) on http://localhost:4321; PORT, HOST and the variables in the README override.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bin, run } from './run.ts';

const entry = 'dist/server/entry.mjs';
const sources = ['src', 'stories', 'content', 'public', 'astro.config.mjs', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

if (!existsSync(entry) || newest(entry) < Math.max(...sources.map(newest))) {
  console.log('Building Rapport…');
  const code = run(bin('astro'), ['build']);
  if (code !== 0) process.exit(code);
}

process.exitCode = run(process.execPath, ['src/cli/serve.ts']);
