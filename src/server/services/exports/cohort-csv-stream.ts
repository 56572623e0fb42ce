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
import { summaryOfRow, type ScoreSummary } from '../../core/score-summary.ts';
import { csvCell, round2, type CsvCell } from '../csv.ts';
import type { StoryVersions } from '../story-versions.ts';
import { cohortAttemptPages, cohortScoredVersions, type CohortPaging, type CsvAttempt } from './cohort-pages.ts';
import { cohortCsvColumns, type CohortCsvColumns } from './cohort-csv.ts';

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

/** A score as csvCell writes a rounded number: two decimals, nothing for none. */
const scoreText = (n: number | null | undefined) => {
  const v = round2(n);
  return v === null || !Number.isFinite(v) ? '' : String(v);
};

/** Where each of a version's domains and criteria goes, in the order its summaries list them. */
interface Placing {
  domains: string[];
  criteria: string[];
  domainAt: (number | undefined)[];
  criterionAt: (number | undefined)[];
}

/**
 * One attempt's line, as `line(cohortCsvRow(…))` writes it from the report (the test holds the two equal byte for
 * byte), made for tens of thousands of rows: straight to text, from the attempt's score summary rather than its
 * report, and each summary's scores put in place by where its version's summaries put them (the same for every
 * attempt of a version, checked for each), not looked up one by one.
 */
function lineMaker(columns: CohortCsvColumns) {
  const width = columns.header.length;
  const first = 14;
  const scores = width - first - 2;
  const placings = new Map<string, Placing>();
  const placingOf = (hash: string, summary: ScoreSummary): Placing => {
    const known = placings.get(hash);
    if (
      known &&
      known.domains.length === summary.domains.length &&
      known.criteria.length === summary.criteria.length &&
      summary.domains.every((d, i) => d[0] === known.domains[i]) &&
      summary.criteria.every((c, i) => c[0] === known.criteria[i])
    )
      return known;
    const placing: Placing = {
      domains: summary.domains.map((d) => d[0]),
      criteria: summary.criteria.map((c) => c[0]),
      domainAt: summary.domains.map((d) => columns.domains.get(d[0])),
      criterionAt: summary.criteria.map((c) => columns.criteria.get(c[0])),
    };
    placings.set(hash, placing);
    return placing;
  };
  return (r: CsvAttempt): string => {
    const out: string[] = [
      csvCell(r.user_name),
      csvCell(r.user_email),
      csvCell(r.user_id),
      csvCell(r.id),
      csvCell(r.scenario),
      csvCell(r.title),
      csvCell(r.story_hash),
      csvCell(r.mode),
      csvCell(r.status),
      csvCell(r.assignment_title),
      csvCell(r.started_at),
      csvCell(r.completed_at),
      scoreText(r.overall === null ? null : Number(r.overall)),
      csvCell(r.band),
    ];
    // Read here, row by row, so only one summary's objects are alive at a time.
    const summary = summaryOfRow(r);
    const cells = new Array<string>(scores).fill('');
    if (!summary) return `${out.join(',')}${scores > 0 ? ',' : ''}${cells.join(',')},,`;
    const placing = placingOf(r.story_hash, summary);
    // Later entries for one column win, as they do in cohortCsvRow.
    summary.domains.forEach((d, i) => {
      const at = placing.domainAt[i];
      if (at !== undefined) cells[at - first] = scoreText(d[2]);
    });
    summary.criteria.forEach((c, i) => {
      const at = placing.criterionAt[i];
      if (at !== undefined) cells[at - first] = scoreText(c[1]);
    });
    const kinds = summary.incidents.join('; ');
    return `${out.join(',')}${scores > 0 ? ',' : ''}${cells.join(',')},${summary.incidents.length},${csvCell(kinds)}`;
  };
}

/** The document in chunks: the BOM and the header, then one chunk per page of rows, every line ending in CRLF. */
export async function* cohortCsvChunks(
  db: Kysely<Database>,
  cohortId: string,
  columns: CohortCsvColumns,
  paging?: CohortPaging,
): AsyncGenerator<CsvChunk> {
  yield { text: `${BOM}${line(columns.header)}\r\n`, rows: 0 };
  const lineOf = lineMaker(columns);
  for await (const page of cohortAttemptPages(db, cohortId, paging)) {
    let text = '';
    for (const r of page) text += `${lineOf(r)}\r\n`;
    yield { text, rows: page.length };
  }
}

/**
 * The chunks as the bytes of a response body, each read from the database only when the reader wants it and, with
 * `whenWritable` (src/server/http/writable.ts), only once the socket has taken what was sent before.
 */
export function csvByteStream(
  chunks: AsyncGenerator<CsvChunk>,
  whenWritable: () => Promise<void> = () => Promise.resolve(),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // A turn of the event loop between pages: on SQLite every query runs on the loop's own thread, so without
        // it the whole export would be read before the first byte left (and no other request answered meanwhile).
        await new Promise((resolve) => setImmediate(resolve));
        await whenWritable();
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
