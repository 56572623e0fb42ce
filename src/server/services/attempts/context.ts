/** What every verb of the attempt service works with: the database, the stories, the stored versions, the clock. */
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/migrations.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryCatalog } from '../story-catalog.ts';
import type { StoryVersions } from '../story-versions.ts';

export interface AttemptContext {
  db: Kysely<Database>;
  dialect: Dialect;
  stories: StoryCatalog;
  versions: StoryVersions;
  now: () => Date;
}
