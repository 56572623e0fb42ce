/** What every verb of the authoring service works with. */
import type { Kysely } from 'kysely';
import type { ScenarioBundle } from '../../../engine/bundle.ts';
import type { DraftChecker } from '../../authoring-check/types.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';

export interface AuthoringContext {
  db: Kysely<Database>;
  now: () => Date;
  /** Runs the build's checks on a draft's two texts, off the request thread (src/server/authoring-check). */
  checker: DraftChecker;
  /** The scenarios already playable: a new draft may not take a built-in scenario's slug. */
  stories: StoryCatalog;
  /** Where a published release's bundle is kept (`story_version`), with the one cache of parsed versions. */
  versions: StoryVersions;
  /** Bundles of checked revisions, by draft and revision, so a preview does not run the checker again. */
  bundles: Map<string, ScenarioBundle>;
  /** The blank scenario a new draft starts from (src/cli/templates). */
  template: () => { yaml: string; ink: string };
}
