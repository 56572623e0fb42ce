/** What every verb of the cohort service works with. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

export interface CohortContext {
  db: Kysely<Database>;
  now: () => Date;
}
