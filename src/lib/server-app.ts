/**
 * The running server's App, shared by every on-demand page and API route. `src/cli/serve.ts` starts it
 * before the first request (migrations, demo seed) and leaves it on globalThis; when Astro runs without
 * it (`astro dev`), the first request starts one from the environment, reading scenarios from the content
 * collections, with a draft checker of its own so drafts saved under `astro dev` are checked as the built
 * server checks them.
 */
import { APP_KEY, startApp, type App } from '../server/app.ts';
import { workerChecker } from '../server/authoring-check/worker-checker.ts';
import { loadConfig } from '../server/config.ts';
import { builtInCatalog } from './catalogue.ts';

type Holder = { [APP_KEY]?: Promise<App> };

export function getApp(): Promise<App> {
  const holder = globalThis as Holder;
  holder[APP_KEY] ??= startApp(loadConfig(), builtInCatalog, {
    checker: workerChecker({ root: process.cwd() }),
  }).then(({ app, seeded }) => {
    for (const a of seeded) console.log(`Demo ${a.role}: ${a.email} / ${a.password}`);
    return app;
  });
  return holder[APP_KEY];
}
