/**
 * `npm start`: builds when the build is missing or older than the sources, then serves Rapport with the
 * Node adapter on http://localhost:4321 (PORT and HOST override).
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

const port = process.env.PORT ?? '4321';
const host = process.env.HOST ?? 'localhost';
console.log(`Rapport is running at http://${host}:${port}/`);
process.exitCode = run(process.execPath, [entry], { env: { PORT: port, HOST: host } });
