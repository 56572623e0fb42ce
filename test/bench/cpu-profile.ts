/**
 * Reading V8 CPU profiles (`.cpuprofile`, from `--cpu-prof` or the DevTools protocol) for the benchmarks' "where the
 * time went" figures: self time by where the code lives, and time spent inside named functions (inclusive).
 *
 * `node test/bench/cpu-profile.ts <folder>` (`npm run bench:profile -- <folder>`) prints, for each profile in the
 * folder (as `BENCH_CPU_PROF=<folder> npm run bench:server` writes them), each place's share of the busy time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives, as the README's tables name it. */
export function placeOf(url: string, fn: string): string {
  if (fn.startsWith('(')) return fn;
  if (url.includes('node_modules/kysely')) return 'Kysely';
  if (/node_modules\/(better-auth|better-call|@better-auth)/.test(url)) return 'better-auth';
  if (/node_modules\/pg(-[a-z]+)?\//.test(url)) return 'pg';
  if (url.includes('dist/server')) return 'Astro (dist/server)';
  if (url.includes('node_modules/')) return url.split('node_modules/')[1]!.split('/')[0]!;
  if (url.includes('/src/server/db/')) return 'src/server/db (statements, commits)';
  if (url.includes('/src/server/')) return 'src/server (services, session, routes)';
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  if (url === '') return `native: ${fn}`;
  return url.replace(/.*\/(src|test)\//, '$1/');
}

/** Busy time (µs, idle left out) and self time per place. */
export function selfByPlace(profile: CpuProfile, place = placeOf): { busy: number; by: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const by = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const { functionName, url } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const dt = profile.timeDeltas[i] ?? 0;
    busy += dt;
    const key = place(url, functionName);
    by.set(key, (by.get(key) ?? 0) + dt);
  });
  return { busy, by };
}

/** Time (µs) of the samples with each of `names` on their stack (a function counted once per sample). */
export function inclusive(profile: CpuProfile, names: readonly string[]): Map<string, number> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map(names.map((n) => [n, 0]));
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = nodes.get(at)!.callFrame.functionName;
      if (out.has(fn) && !seen.has(fn)) {
        seen.add(fn);
        out.set(fn, out.get(fn)! + dt);
      }
    }
  });
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Usage: node test/bench/cpu-profile.ts <folder of .cpuprofile files>');
    process.exit(2);
  }
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.cpuprofile'))) {
    const { busy, by } = selfByPlace(JSON.parse(readFileSync(join(folder, file), 'utf8')) as CpuProfile);
    console.log(`${file}: busy ${(busy / 1e6).toFixed(1)} s; self time by where the code lives`);
    for (const [place, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`  ${((us / busy) * 100).toFixed(1).padStart(5)} %  ${place}`);
  }
}
