/** The layer rules stated in the README of each src/ layer, checked on the import statements themselves. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixture-bundle.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|svelte|astro)$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const source = readFileSync(path, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2]!,
  );
}

const src = join(ROOT, 'src');
const layer = (name: string) => files(join(src, name)).map((f) => ({ file: relative(ROOT, f), imports: imports(f) }));

describe('layers', () => {
  it('src/engine imports nothing but itself, the ink runtime, and zod in schema files', () => {
    const engine = layer('engine');
    expect(engine.length).toBeGreaterThan(5);
    for (const { file, imports: list } of engine) {
      for (const spec of list) {
        const allowed =
          spec.startsWith('./') ||
          spec === 'inkjs' ||
          (spec === 'zod' && file.endsWith('-schema.ts')) ||
          (spec === 'inkjs/full' && file === 'src/engine/compile.ts');
        expect(allowed, `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('src/machines imports only xstate, the engine and itself', () => {
    for (const { file, imports: list } of layer('machines')) {
      for (const spec of list) {
        expect(spec === 'xstate' || spec.startsWith('./') || spec.startsWith('../engine/'), `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('components never import the server, the build pipeline or the ink compiler (but for the authoring worker)', () => {
    for (const { file, imports: list } of layer('components')) {
      for (const spec of list) {
        expect(/(^|\/)(server|pipeline)\//.test(spec), `${file} imports ${spec}`).toBe(false);
        const compiler = spec === 'inkjs/full' || spec.endsWith('engine/compile.ts');
        expect(compiler && !file.endsWith('.worker.ts'), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('src/server imports no Astro, UI, machines or page wiring: it runs the same under Astro, the CLI and tests', () => {
    const server = layer('server');
    expect(server.length).toBeGreaterThan(5);
    for (const { file, imports: list } of server) {
      for (const spec of list) {
        const ui = /^(astro|astro:.*|svelte(\/.*)?|xstate|@astrojs\/.*)$/.test(spec) || /\/(components|machines|lib|pages|pipeline)\//.test(spec);
        expect(ui, `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('the browser-side engine files never import zod', () => {
    for (const { file, imports: list } of [...layer('engine'), ...layer('machines'), ...layer('components')]) {
      if (file.endsWith('-schema.ts')) continue;
      for (const spec of list) expect(spec.endsWith('-schema.ts') || spec === 'zod', `${file} imports ${spec}`).toBe(false);
    }
  });
});
