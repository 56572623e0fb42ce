/**
 * A cohort's results CSV as a stream (issue 14): the same bytes as the whole document (cohort-csv.ts), sent a page of
 * rows at a time as the reader asks for them, so the memory it takes does not grow with the cohort.
 *
 * The columns come first, before any row is read: a report scores every domain and criterion of its story
 * version's rubric (scoreAttempt writes each one, scored or null, and a report is written once, at completion), so
 * the columns of every report in the export are the rubrics of the versions with a scored attempt in it, read from
 * the versions (few, and kept parsed), not from 20,000 reports.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { csvCell, type CsvCell } from '../csv.ts';
import type { StoryVersions } from '../story-versions.ts';
import { cohortAttemptPages, cohortScoredVersions, type CohortPaging } from './cohort-pages.ts';
import { cohortCsvColumns, cohortCsvRow, type CohortCsvColumns } from './cohort-csv.ts';

const BOM = '\uFEFF';

/** A page of the document as text, and how many attempts' rows it holds. */
export interface CsvChunk {
  text: string;
  rows: number;
}

/** The columns of a cohort's export, from the rubrics of the versions its scored attempts were played on. */
export async function cohortStreamColumns(
  db: Kysely<Database>,
  versions: StoryVersions,
  cohortId: string,
): Promise<CohortCsvColumns> {
  const found = await versions.many(await cohortScoredVersions(db, cohortId));
  const rubrics = [...found.values()].map((v) => v.bundle.rubric);
  return cohortCsvColumns(
    rubrics.flatMap((r) => r.domains.map((d) => d.id)),
    rubrics.flatMap((r) => r.domains.flatMap((d) => d.criteria.map((c) => c.id))),
  );
}

const line = (cells: readonly CsvCell[]) => cells.map(csvCell).join(',');

/** The document in chunks: the BOM and the header, then one chunk per page of rows, every line ending in CRLF. */
export async function* cohortCsvChunks(
  db: Kysely<Database>,
  cohortId: string,
  columns: CohortCsvColumns,
  paging?: CohortPaging,
): AsyncGenerator<CsvChunk> {
  yield { text: `${BOM}${line(columns.header)}\r\n`, rows: 0 };
  for await (const page of cohortAttemptPages(db, cohortId, paging)) {
    let text = '';
    for (const r of page) text += `${line(cohortCsvRow(r, r.report, columns))}\r\n`;
    yield { text, rows: page.length };
  }
}

/** The chunks as the bytes of a response body, each read from the database only when the reader wants it. */
export function csvByteStream(chunks: AsyncGenerator<CsvChunk>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // A turn of the event loop between pages: on SQLite every query runs on the loop's own thread, so without
        // it the whole export would be read before the first byte left (and no other request answered meanwhile).
        await new Promise((resolve) => setImmediate(resolve));
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.text));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    // Nothing read ahead: a page is read when the one before has been taken.
    { highWaterMark: 0 },
  );
}
