/**
 * Exports for supervisors: a cohort's results as CSV (cohort-csv.ts), and xAPI 1.0.3 statements for attempts
 * (xapi-statements.ts), one attempt or every attempt made for a cohort's assignments: the same statements the
 * LRS sender delivers (xapi-delivery.ts).
 *
 * Only the cohort's supervisors and admins may export a cohort; anyone else gets the same 404 as for a cohort
 * that does not exist. An attempt's statements go to whoever may read the attempt (its owner, an admin, a
 * supervisor of the cohort whose assignment it was made for).
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.ts';
import { notFound } from '../../core/errors.ts';
import { isId } from '../../core/input.ts';
import type { Database } from '../../db/schema.ts';
import type { StoryVersions } from '../story-versions.ts';
import { supervisesAttempt } from '../supervision-access.ts';
import { attemptRow, choiceEvents, cohortAttempts, exportableCohort, type AttemptRow } from './attempt-rows.ts';
import { cohortCsvChunks, cohortStreamColumns, csvByteStream } from './cohort-csv-stream.ts';
import { cohortCsvFilename, type CsvExport } from './cohort-csv.ts';
import { statementsFor } from './xapi-statements.ts';
import type { XapiStatement } from './xapi-types.ts';

export function exportService(db: Kysely<Database>, versions: StoryVersions, baseUrl: string) {
  async function statementsOf(rows: readonly AttemptRow[]): Promise<XapiStatement[]> {
    const events = await choiceEvents(
      db,
      rows.map((r) => r.id),
    );
    const found = await versions.many(rows.map((r) => r.story_hash));
    const out: XapiStatement[] = [];
    for (const row of rows) {
      const version = found.get(row.story_hash) ?? (await versions.get(row.story_hash));
      out.push(...statementsFor(baseUrl, row, version.bundle, events.get(row.id) ?? []));
    }
    return out;
  }

  return {
    /**
     * A cohort's results, one row per attempt made for its assignments, as a stream of bytes read a page at a
     * time (cohort-csv-stream.ts); for the cohort's supervisors and admins, refused before anything is sent.
     */
    async cohortCsvStream(
      actor: Actor,
      cohortId: string,
      whenWritable?: () => Promise<void>,
    ): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
      const cohort = await exportableCohort(db, actor, cohortId);
      const columns = await cohortStreamColumns(db, versions, cohort.id);
      return {
        filename: cohortCsvFilename(cohort.name),
        stream: csvByteStream(cohortCsvChunks(db, cohort.id, columns), whenWritable),
      };
    },

    /** The same document as one string, with its number of rows (the tests, and whoever wants it whole). */
    async cohortCsv(actor: Actor, cohortId: string): Promise<CsvExport> {
      const cohort = await exportableCohort(db, actor, cohortId);
      const columns = await cohortStreamColumns(db, versions, cohort.id);
      let csv = '';
      let rows = 0;
      for await (const chunk of cohortCsvChunks(db, cohort.id, columns)) {
        csv += chunk.text;
        rows += chunk.rows;
      }
      return { filename: cohortCsvFilename(cohort.name), csv, rows };
    },

    /** The xAPI statements of one attempt, for whoever may read it. */
    async attemptStatements(actor: Actor, attemptId: string): Promise<XapiStatement[]> {
      if (!isId(attemptId)) throw notFound('attempt');
      const row = await attemptRow(db, attemptId);
      if (!row || !(row.user_id === actor.id || (await supervisesAttempt(db, actor, row)))) throw notFound('attempt');
      return statementsOf([row]);
    },

    /** The xAPI statements of every attempt made for a cohort's assignments; for the cohort's supervisors and admins. */
    async cohortStatements(actor: Actor, cohortId: string): Promise<XapiStatement[]> {
      const cohort = await exportableCohort(db, actor, cohortId);
      return statementsOf(await cohortAttempts(db, cohort.id));
    },

    /** Statements of one attempt with no access check: for the LRS sender, which acts for the organisation. */
    async statementsForDelivery(attemptId: string): Promise<XapiStatement[]> {
      const row = await attemptRow(db, attemptId);
      return row ? statementsOf([row]) : [];
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;
