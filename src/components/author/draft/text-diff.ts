/**
 * A line diff of two versions of a draft, made in the browser for a save conflict (their revision against my
 * text), in the same shape as the authoring API's revision diff so one view shows both.
 */
import { structuredPatch } from 'diff';
import type { Diff, DiffLine, DraftTexts } from '../../../lib/authoring-types.ts';

export function diffTexts(before: DraftTexts, after: DraftTexts, inkFile: string): Diff {
  const files: [string, string, string][] = [
    ['scenario.yaml', before.yaml, after.yaml],
    [inkFile, before.ink, after.ink],
  ];
  return {
    files: files.map(([file, a, b]) => ({
      file,
      hunks: structuredPatch(file, file, a, b, '', '', { context: 2 }).hunks.map((h) => ({
        oldStart: h.oldStart,
        newStart: h.newStart,
        lines: h.lines
          .filter((l) => !l.startsWith('\\'))
          .map((l): DiffLine => ({ kind: l[0] === '+' ? 'add' : l[0] === '-' ? 'del' : 'same', text: l.slice(1) })),
      })),
    })),
  };
}
