/**
 * Astro content-layer loaders for the rubric and the scenarios. In a build, any error stops the build
 * with `file:line: message` lines; in `astro dev` the problems are kept with the entry and shown on the
 * scenario's page, and the folders are watched so an edit reloads the data.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatDiagnostic, hasErrors } from '../engine/diagnostics.ts';
import { narrowRubric } from '../engine/rubric.ts';
import { LibraryError, loadLibrary, storiesDir } from './library.ts';
import { loadRubric, RUBRIC_DIR } from './rubric-files.ts';

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
      const sync = async () => {
        const library = loadLibrary(root);
        if (hasErrors(library.diagnostics)) {
          if (!context.watcher) throw new LibraryError(library.diagnostics);
          library.diagnostics.filter((d) => d.severity === 'error').forEach((d) => context.logger.error(formatDiagnostic(d)));
        }
        context.store.clear();
        for (const s of library.scenarios) {
          const ids = new Set([...(s.meta?.focus ?? []), ...s.criteria]);
          const data = {
            slug: s.slug,
            meta: s.meta,
            json: s.json,
            hash: s.hash,
            points: s.points,
            map: s.map,
            rubric: narrowRubric(library.rubric, ids),
            diagnostics: s.diagnostics.map((d) => ({ ...d, text: formatDiagnostic(d) })),
          };
          context.store.set({ id: s.slug, data, digest: context.generateDigest(JSON.stringify(data)) });
        }
      };
      await sync();
      watch(context, [storiesDir(root), resolve(root, RUBRIC_DIR)], sync);
    },
  };
}
