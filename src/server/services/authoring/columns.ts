/** The authoring tables' JSON column, read through the core's typed reader like every other JSON column. */
import { z } from 'zod';
import type { Diagnostic } from '../../../engine/diagnostics.ts';
import { jsonColumn } from '../../core/json-column.ts';

/** `draft_revision.diagnostics`: the checker's problems with the revision, each at a file and line. */
export const readDiagnostics = jsonColumn<Diagnostic[]>(
  'draft_revision.diagnostics',
  z.array(
    z.looseObject({
      file: z.string(),
      line: z.number().nullable(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
    }),
  ),
);
