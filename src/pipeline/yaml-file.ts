/** Reads a YAML file and validates it with a zod schema; every problem names the file, the field and its line. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from '../engine/diagnostics.ts';

export type Parsed<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function readYaml<S extends z.ZodType>(path: string, root: string, schema: S): Parsed<z.output<S>> {
  const file = relative(root, path).split('\\').join('/');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: false, diagnostics: [{ file, line: null, severity: 'error', message: 'cannot read the file' }] };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      diagnostics: doc.errors.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? null,
        severity: 'error' as const,
        message: `YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { ok: true, value: result.data, diagnostics: [] };
  return {
    ok: false,
    diagnostics: result.error.issues.map((issue) => {
      const path = issue.path.map(String);
      return {
        file,
        line: lineOf(doc.contents, path, lines),
        severity: 'error' as const,
        message: `${path.length ? `${fieldName(issue.path)}: ` : ''}${issue.message}`,
      };
    }),
  };
}

/** `client.age`, `criteria[2].id` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

/** The line of the deepest node along `path` that exists in the document. */
function lineOf(node: unknown, path: string[], lines: LineCounter): number | null {
  let current = node as YamlNode | null;
  let line: number | null = current?.range ? lines.linePos(current.range[0]).line : null;
  for (const key of path) {
    let next: unknown = null;
    if (isMap(current)) {
      const pair = current.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key);
      if (pair) {
        const keyNode = pair.key as YamlNode;
        if (keyNode?.range) line = lines.linePos(keyNode.range[0]).line;
        next = pair.value;
      }
    } else if (isSeq(current)) {
      next = current.items[Number(key)] ?? null;
    }
    if (!next) break;
    current = next as YamlNode;
    if (current.range && !isMap(current)) line = lines.linePos(current.range[0]).line;
  }
  return line;
}
