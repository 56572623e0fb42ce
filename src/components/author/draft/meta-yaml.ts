/**
 * The metadata form and the draft's `scenario.yaml` are one text (issue 15): the form reads its fields from the
 * YAML, and each change in the form rewrites only the field it changed, in place. The rest of the file stays as
 * its author wrote it, byte for byte (comments, quoting, folded lines, unknown fields), so a revision's diff shows
 * only what was changed, and a field that was missing is added where the template puts it, keeping the order.
 * The yaml package's Document API finds each field's place (its source range) and writes the new field.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** The fields of scenario.yaml in the template's order (src/cli/templates/scenario.yaml, then the defaults). */
export const TOP_FIELDS = [
  'title',
  'module',
  'summary',
  'client',
  'setting',
  'session',
  'sessions',
  'minutes',
  'difficulty',
  'contentNotes',
  'learningGoals',
  'focus',
  'main',
] as const;
export const CLIENT_FIELDS = ['name', 'age', 'pronouns', 'background', 'presenting', 'wants'] as const;

export type MetaPath = readonly [string] | readonly ['client', string];

export type MetaRead =
  { ok: true; raw: Record<string, unknown>; unknown: string[] } | { ok: false; message: string; line: number | null };

/** Long texts are written folded (`>-`) when added, as the template writes them. */
const FOLDED = new Set(['summary', 'background', 'presenting', 'wants']);
const WIDTH = 100;

/** Reads the YAML for the form; not ok when it is not YAML or not a map of fields (then only the text can be edited). */
export function readMeta(text: string): MetaRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? (e.pos ? lines.linePos(e.pos[0]).line : null);
    return { ok: false, message: e.message.split('\n')[0]!, line };
  }
  if (doc.contents === null) return { ok: true, raw: {}, unknown: [] };
  if (!isMap(doc.contents))
    return { ok: false, message: 'The file must be a list of fields, one `name: value` a line.', line: 1 };
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((k) => !(TOP_FIELDS as readonly string[]).includes(k));
  const client = raw.client;
  if (client && typeof client === 'object' && !Array.isArray(client))
    unknown.push(
      ...Object.keys(client)
        .filter((k) => !(CLIENT_FIELDS as readonly string[]).includes(k))
        .map((k) => `client.${k}`),
    );
  return { ok: true, raw, unknown };
}

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));

/** Where a pair's text ends: past its value and its line's end. */
function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as { range?: [number, number, number] } | null;
  const key = pair.key as { range?: [number, number, number] };
  let end = value?.range?.[2] ?? key.range?.[2] ?? 0;
  if (text[end - 1] !== '\n') {
    const nl = text.indexOf('\n', end);
    end = nl === -1 ? text.length : nl + 1;
  }
  return end;
}

const startOf = (pair: Pair) => (pair.key as { range: [number, number, number] }).range[0];
const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** The value's node: the old one changed in place where it can be (keeping its quoting, folding and comments). */
function valueNode(doc: Document, key: string, old: unknown, value: unknown): unknown {
  if (Array.isArray(value)) {
    const seq = isSeq(old) ? old : new YAMLSeq();
    seq.items = value.map((v, i) => {
      const was = (isSeq(old) ? old.items[i] : undefined) as unknown;
      if (isScalar(was)) {
        was.value = v;
        return was;
      }
      return doc.createNode(v);
    });
    seq.flow = value.length === 0;
    return seq;
  }
  if (value !== null && typeof value === 'object') return doc.createNode(value);
  if (isScalar(old)) {
    old.value = value;
    // A number typed where text was quoted stays a number; text that needs quoting is quoted by the writer.
    if (typeof value === 'number' && old.type !== 'PLAIN') old.type = 'PLAIN';
    return old;
  }
  const node = new Scalar(value);
  if (typeof value === 'string' && FOLDED.has(key) && value.length > 60) node.type = 'BLOCK_FOLDED';
  return node;
}

/** `key: value` as YAML, its lines after the first indented to `indent`. */
function renderPair(doc: Document, key: string, node: unknown, indent: number): string {
  const one = new Document(new YAMLMap());
  (one.contents as YAMLMap).items.push(new Pair(doc.createNode(key), node));
  const out = one.toString({ lineWidth: Math.max(40, WIDTH - indent), minContentWidth: 20 });
  return out
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : ' '.repeat(indent) + l))
    .join('\n');
}

/**
 * The YAML with one field set (or removed, for `undefined`). `value` is text, a number, a list of text, or, for
 * a missing `client`, its fields. Throws when the text is not a map of fields (the form is not offered then).
 */
export function setMetaField(text: string, path: MetaPath, value: unknown): string {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents)))
    throw new Error('scenario.yaml cannot be read as fields');
  if (doc.contents === null) {
    if (value === undefined) return text;
    const fresh = new Document(path.length === 1 ? { [path[0]]: value } : { client: { [path[1]]: value } });
    return `${text.replace(/\s*$/, '')}${text.trim() ? '\n' : ''}${fresh.toString({ lineWidth: WIDTH })}`;
  }
  const top = doc.contents as YAMLMap;
  if (path.length === 2) {
    const client = top.items.find((p) => keyOf(p) === 'client');
    if (!client || !isMap(client.value)) {
      if (value === undefined) return text;
      return setMetaField(text, ['client'], { [path[1]]: value });
    }
    return setIn(text, doc, client.value, path[1], value, CLIENT_FIELDS);
  }
  return setIn(text, doc, top, path[0], value, TOP_FIELDS);
}

function setIn(
  text: string,
  doc: Document,
  map: YAMLMap,
  key: string,
  value: unknown,
  order: readonly string[],
): string {
  const pairs = map.items as Pair[];
  const at = pairs.findIndex((p) => keyOf(p) === key);
  // A flow map (`client: { name: Rae }`) has no lines to splice: write the whole file.
  if (map.flow || pairs.some((p) => !(p.key as { range?: unknown }).range)) {
    if (value === undefined) map.delete(key);
    else map.set(key, valueNode(doc, key, map.get(key, true), value));
    return doc.toString({ lineWidth: WIDTH });
  }
  if (at >= 0) {
    const pair = pairs[at]!;
    const start = startOf(pair);
    const end = pairEnd(text, pair);
    if (value === undefined) return text.slice(0, lineStart(text, start)) + text.slice(end);
    const column = start - lineStart(text, start);
    let out = renderPair(doc, key, valueNode(doc, key, pair.value, value), column);
    if (!text.slice(start, end).endsWith('\n')) out = out.replace(/\n$/, '');
    return text.slice(0, start) + out + text.slice(end);
  }
  if (value === undefined) return text;
  const node = valueNode(doc, key, null, value);
  // Before the first field that comes after it in the template's order, else after the last field.
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const next = pairs.find((p) => rank(keyOf(p)) > rank(key));
  const anchor = next ?? pairs.at(-1);
  if (!anchor) {
    map.set(key, node);
    return doc.toString({ lineWidth: WIDTH });
  }
  const column = startOf(anchor) - lineStart(text, startOf(anchor));
  const rendered = ' '.repeat(column) + renderPair(doc, key, node, column);
  if (next) {
    const at = lineStart(text, startOf(next));
    return text.slice(0, at) + rendered + text.slice(at);
  }
  const end = pairEnd(text, anchor);
  const before = text.slice(0, end);
  return (before.endsWith('\n') ? before : `${before}\n`) + rendered + text.slice(end);
}
