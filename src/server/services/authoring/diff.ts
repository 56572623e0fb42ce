/**
 * A line diff between two versions of a draft's files (the `diff` package's unified hunks, three lines of
 * context), shaped for the authoring pages. A diff that would take more than a second (two long, unrelated
 * texts) is shown as the whole of the one replaced by the whole of the other rather than holding the server.
 */
import { structuredPatch } from 'diff';
import type { Diff, DiffLine } from './types.ts';

export interface DiffSide {
  yaml: string;
  ink: string;
  inkFile: string;
}

const TIMEOUT_MS = 1000;

function lines(text: string): string[] {
  if (text === '') return [];
  const all = text.split(/\r?\n/);
  if (all[all.length - 1] === '') all.pop();
  return all;
}

function fileDiff(file: string, before: string, after: string): Diff['files'][number] {
  if (before === after) return { file, hunks: [] };
  const patch = structuredPatch(file, file, before, after, '', '', { context: 3, timeout: TIMEOUT_MS });
  if (!patch) {
    const del = lines(before).map((text): DiffLine => ({ kind: 'del', text }));
    const add = lines(after).map((text): DiffLine => ({ kind: 'add', text }));
    return { file, hunks: [{ oldStart: 1, newStart: 1, lines: [...del, ...add] }] };
  }
  return {
    file,
    hunks: patch.hunks.map((h) => ({
      oldStart: h.oldStart,
      newStart: h.newStart,
      lines: h.lines
        .filter((l) => !l.startsWith('\\'))
        .map((l): DiffLine => ({ kind: l[0] === '+' ? 'add' : l[0] === '-' ? 'del' : 'same', text: l.slice(1) })),
    })),
  };
}

/** What changed from `from` to `to`: `scenario.yaml`, then the ink file (named as in `to`). */
export function diffOf(from: DiffSide, to: DiffSide): Diff {
  return { files: [fileDiff('scenario.yaml', from.yaml, to.yaml), fileDiff(to.inkFile, from.ink, to.ink)] };
}
