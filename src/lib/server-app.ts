/**
 * The running server's App, shared by every on-demand page and API route. `src/cli/serve.ts` starts it
 * before the first request (migrations, demo seed) and leaves it on globalThis; when Astro runs without
 * it (`astro dev`, or `node dist/server/entry.mjs`), the first request starts one from the environment,
 * reading scenarios from the content collections.
 */
import { APP_KEY, startApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { bundleOf, playableScenarios } from './catalogue.ts';

type Holder = { [APP_KEY]?: Promise<App> };

export function getApp(): Promise<App> {
  const holder = globalThis as Holder;
  holder[APP_KEY] ??= startApp(loadConfig(), {
    async current(slug) {
      const found = (await playableScenarios()).find((s) => s.slug === slug);
      return found ? bundleOf(found) : null;
    },
    async list() {
      return (await playableScenarios()).map((s) => ({ slug: s.slug, meta: s.meta }));
    },
  }).then(({ app, seeded }) => {
    for (const a of seeded) console.log(`Demo ${a.role}: ${a.email} / ${a.password}`);
    return app;
  });
  return holder[APP_KEY];
}
