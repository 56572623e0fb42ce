/** The bad-input corpus (test/fixtures/bad-input/corpus.json), shared by the unit, service and HTTP tests. */
import { readFileSync } from 'node:fs';

export interface BadInput {
  hostileNext: string[];
  safeNext: [string, string][];
  unstorableText: { label: string; value: string }[];
  invisibleNames: { label: string; value: string }[];
  visibleNames: string[];
  invalidDates: string[];
  validDates: string[];
  badIds: string[];
  bodies: { overLimit: number[]; hugeDeclaredBytes: number };
  passwords: { commonAfterNfkc: string[] };
}

export const BAD_INPUT = JSON.parse(
  readFileSync(new URL('../fixtures/bad-input/corpus.json', import.meta.url), 'utf8'),
) as BadInput;
