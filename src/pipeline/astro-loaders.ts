/**
 * Astro content-layer loaders for the rubric and the scenarios. In a build, any error stops the build
 * with `file:line: message` lines; in `astro dev` the problems are kept with the entry and shown on the
 * scenario's page, and the folders are watched so an edit reloads the data.
 */
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../engine/diagnostics.ts';
import { LibraryError, listScenarioSlugs, storiesDir } from './library.ts';
import { botDiagnostics, libraryBots } from './library-bots.ts';
import { scenarioRubric } from './scenario-bundle.ts';
import { loadScenario } from './scenario-files.ts';
import { digestOf } from './digest.ts';
import { loadRubric, RUBRIC_DIR } from './rubric-files.ts';

/** The code whose output the scenario entries hold: a change to it re-checks every scenario. */
const CHECKING_CODE = ['src/engine', 'src/pipeline', 'package-lock.json'];

function rootOf(context: LoaderContext): string {
  return fileURLToPath(context.config.root);
}

function watch(context: LoaderContext, dirs: string[], reload: () => Promise<void>) {
  const { watcher } = context;
  if (!watcher) return;
  for (const dir of dirs) watcher.add(dir);
  const onChange = (path: string) => {
    if (dirs.some((dir) => path.startsWith(dir))) void reload();
  };
  watcher.on('change', onChange);
  watcher.on('add', onChange);
  watcher.on('unlink', onChange);
}

export function rubricLoader(): Loader {
  return {
    name: 'rapport-rubric',
    load: async (context) => {
      const root = rootOf(context);
      const sync = async () => {
        const { rubric, diagnostics } = loadRubric(root);
        if (hasErrors(diagnostics)) {
          if (!context.watcher) throw new LibraryError(diagnostics);
          diagnostics.forEach((d) => context.logger.error(formatDiagnostic(d)));
        }
        context.store.clear();
        for (const domain of rubric.domains) {
          const data = await context.parseData({ id: domain.id, data: { ...domain } });
          context.store.set({ id: domain.id, data, digest: context.generateDigest(data) });
        }
      };
      await sync();
      watch(context, [resolve(root, RUBRIC_DIR)], sync);
    },
  };
}

export function scenarioLoader(): Loader {
  return {
    name: 'rapport-scenarios',
    load: async (context) => {
      const root = rootOf(context);
      /** The bots' verdict on the library as it was last played: kept while no scenario, rubric or checker changes. */
      let bots: { digest: string; diagnostics: Diagnostic[] } | null = null;
      const sync = async () => {
        const { rubric, diagnostics: rubricProblems } = loadRubric(root);
        const dir = storiesDir(root);
        const slugs = listScenarioSlugs(dir);
        // A scenario is checked again only when its files, the rubric or the checking code changed: an edit
        // to one story under `astro dev` re-checks that story, not the whole library.
        const shared = digestOf([resolve(root, RUBRIC_DIR), ...CHECKING_CODE.map((p) => resolve(root, p))]);
        const problems = [...rubricProblems];
        for (const id of context.store.keys()) if (!slugs.includes(id)) context.store.delete(id);
        const digests: string[] = [];
        for (const slug of slugs) {
          const digest = `${shared}:${digestOf([join(dir, slug)])}`;
          digests.push(`${slug}=${digest}`);
          const cached = context.store.get(slug);
          if (cached?.digest === digest) {
            problems.push(...((cached.data as { diagnostics: Diagnostic[] }).diagnostics ?? []));
            continue;
          }
          const s = loadScenario(root, dir, slug, rubric);
          problems.push(...s.diagnostics);
          const data = {
            slug: s.slug,
            meta: s.meta,
            json: s.json,
            hash: s.hash,
            points: s.points,
            map: s.map,
            rubric: scenarioRubric(s, rubric),
            diagnostics: s.diagnostics.map((d) => ({ ...d, text: formatDiagnostic(d) })),
          };
          context.store.set({ id: s.slug, data, digest });
        }
        // The test-wise bots play the whole library (the classifier is trained on the other scenarios), so a
        // scenario whose options give their keys away stops the build as any other error does.
        const playable = slugs.flatMap((slug) => {
          const data = context.store.get(slug)?.data as
            { json?: string | null; meta?: { main: string } | null } | undefined;
          return data?.json ? [{ slug, json: data.json, meta: data.meta ?? null }] : [];
        });
        if (!hasErrors(problems)) {
          const digest = digests.join('|');
          if (bots?.digest !== digest) {
            const report = libraryBots({ rubric, scenarios: playable });
            // Named as the other diagnostics are: the entry file's path from the root, wherever the stories folder is.
            const fileOf = (slug: string) =>
              relative(root, join(dir, slug, playable.find((p) => p.slug === slug)?.meta?.main ?? 'main.ink'))
                .split(sep)
                .join('/');
            bots = { digest, diagnostics: botDiagnostics(report, fileOf) };
          }
          problems.push(...bots.diagnostics);
        }
        if (hasErrors(problems)) {
          if (!context.watcher) throw new LibraryError(problems);
          problems.filter((d) => d.severity === 'error').forEach((d) => context.logger.error(formatDiagnostic(d)));
        }
      };
      await sync();
      watch(context, [storiesDir(root), resolve(root, RUBRIC_DIR)], sync);
    },
  };
}
