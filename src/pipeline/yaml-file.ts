/** Reads a YAML file and validates it with a zod schema; every problem names the file, the field and its line. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../engine/diagnostics.ts';

export type Parsed<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

/** A rule zod cannot express (or skips while other fields fail), checked on the raw document. */
export type RawCheck = (raw: unknown) => { path: PropertyKey[]; message: string }[];

/**
 * Parses and validates a YAML file. `checks` run on the raw document too, whether or not the schema
 * passed, so that every problem in a file is reported at once.
 */
export function readYaml<S extends z.ZodType>(
  path: string,
  root: string,
  schema: S,
  checks: RawCheck[] = [],
): Parsed<z.output<S>> {
  const file = shownPath(path, root);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, diagnostics: [{ file, line: null, severity: 'error', message: 'cannot read the file' }] };
  }
  return parseYaml(text, file, schema, checks);
}

/**
 * Parses and validates YAML text, every problem named at `file` (the name an author knows the text by:
 * a path from the repository root, or `scenario.yaml` for a draft written in the browser).
 */
export function parseYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  checks: RawCheck[] = [],
): Parsed<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? (e.pos ? lines.linePos(e.pos[0]).line : null),
        severity: 'error' as const,
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const result = schema.safeParse(raw);
  const issues = [
    ...(result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }))),
    ...checks.flatMap((check) => check(raw)),
  ];
  const diagnostics: Diagnostic[] = issues.map((issue) => ({
    file,
    line: lineOf(doc.contents, issue.path, lines),
    severity: 'error' as const,
    message: `${issue.path.length ? `${fieldName(issue.path)}: ` : ''}${issue.message}`,
  }));
  if (result.success && diagnostics.length === 0) return { ok: true, value: result.data, diagnostics: [] };
  return { ok: false, diagnostics };
}

/** Where a field sits in a YAML file, for problems found after validation. */
export function lineOfField(
  path: string,
  root: string,
  field: readonly PropertyKey[],
): { file: string; line: number | null } {
  const file = shownPath(path, root);
  try {
    return lineOfFieldIn(readFileSync(path, 'utf8'), file, field);
  } catch {
    return { file, line: null };
  }
}

/** Where a field sits in YAML text named `file`. */
export function lineOfFieldIn(
  text: string,
  file: string,
  field: readonly PropertyKey[],
): { file: string; line: number | null } {
  try {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    return { file, line: lineOf(doc.contents, field, lines) };
  } catch {
    return { file, line: null };
  }
}

/** A path as diagnostics show it: from the repository root, with forward slashes. */
export function shownPath(path: string, root: string): string {
  return relative(root, path).split('\\').join('/');
}

/** `client.age`, `criteria[2].id` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)),
    '',
  );
}

/**
 * The line of the deepest node along `path` that exists in the document: a map entry's key, or a list
 * item's first line. A field that is missing points at the entry or item that should hold it.
 */
function lineOf(node: unknown, path: readonly PropertyKey[], lines: LineCounter): number | null {
  let current = node as YamlNode | null;
  let line: number | null = current?.range ? lines.linePos(current.range[0]).line : null;
  for (const key of path) {
    let next: YamlNode | null = null;
    if (isMap(current)) {
      const pair = current.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(key));
      if (pair) {
        const keyNode = pair.key as YamlNode;
        if (keyNode?.range) line = lines.linePos(keyNode.range[0]).line;
        next = (pair.value as YamlNode) ?? null;
      }
    } else if (isSeq(current)) {
      next = (current.items[Number(key)] as YamlNode) ?? null;
      if (next?.range) line = lines.linePos(next.range[0]).line;
    }
    if (!next) break;
    current = next;
  }
  return line;
}
