/**
 * A scenario folder, zipped: `<slug>/scenario.yaml` and `<slug>/<ink file>`, the layout of `stories/`, so an
 * export can be checked in beside the built-in scenarios (`npm run stories:check` accepts it unchanged) or
 * imported into another installation. The zip is made with fflate. Reading one someone uploads is guarded: its
 * listing (the central directory) is read first, and nothing is decompressed unless every name stays inside one
 * folder and the sizes it declares are within the limits; a file then decompresses to at most its declared size
 * (zlib stops there, so a zip bomb that lies about its size costs nothing) and must match its CRC-32.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { inkFileOf } from '../../pipeline/entry-name.ts';

export interface ScenarioFolder {
  /** The folder's name: the scenario's slug. */
  slug: string;
  /** The text of `scenario.yaml`. */
  yaml: string;
  /** The text of the ink file. */
  ink: string;
  /** The ink file's name, as the yaml's `main` gives it (main.ink by default). */
  inkFile: string;
}

/** Largest file a zip may hold. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Largest the files of one zip may be in all, uncompressed. */
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024;
/** Most entries a zip's listing may have (folders and files Rapport ignores included). */
export const MAX_ENTRIES = 200;

/** A zip Rapport will not import, with a sentence the educator can act on. */
export class ScenarioZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioZipError';
  }
}

const SLUG_LIKE = /^[a-z0-9][a-z0-9-]*$/;
const INK_FILE = /^[\w-]+\.ink$/;

export function zipScenario({ slug, yaml, ink, inkFile }: ScenarioFolder): Uint8Array {
  if (!SLUG_LIKE.test(slug)) throw new Error(`not a scenario's slug: "${slug}"`);
  if (!INK_FILE.test(inkFile)) throw new Error(`not an ink file's name: "${inkFile}"`);
  return zipSync({ [slug]: { 'scenario.yaml': strToU8(yaml), [inkFile]: strToU8(ink) } }, { level: 9 });
}

/** What operating systems add to a zip of a folder, and Rapport ignores: macOS's resource forks and Finder files. */
const junk = (name: string) =>
  name.startsWith('__MACOSX/') || /(^|\/)(\.DS_Store|Thumbs\.db|desktop\.ini)$/.test(name) || /(^|\/)\._/.test(name);

/** A name that could land outside the folder it is unpacked into, or that no file system would take. */
const unsafe = (name: string) =>
  name.startsWith('/') ||
  name.includes('\\') ||
  name.includes('\0') ||
  /^[a-zA-Z]:/.test(name) ||
  name.split('/').some((part) => part === '..' || part === '.');

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** One entry of a zip's central directory: what the zip says the file is, before any of it is decompressed. */
interface Entry {
  name: string;
  compression: number;
  encrypted: boolean;
  /** Compressed and declared uncompressed sizes, and the CRC-32 of the content. */
  size: number;
  originalSize: number;
  crc: number;
  /** Where its local header starts. */
  offset: number;
}

const notAZip = () =>
  new ScenarioZipError(
    'This file is not a zip that Rapport can read: export the scenario from Rapport, or zip its folder (scenario.yaml and its .ink file).',
  );

/** The central directory (the zip's listing, at its end), read without decompressing anything. */
function listing(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is the last 22 bytes, unless a comment (at most 65,535 bytes) follows it.
  let end = bytes.length - 22;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < stop) throw notAZip();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff)
    throw new ScenarioZipError(
      'The zip is in the format for very large archives (ZIP64), which a scenario never needs.',
    );
  if (count > MAX_ENTRIES)
    throw new ScenarioZipError(`The zip holds more than ${MAX_ENTRIES} entries: a scenario's folder has two files.`);
  const names = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw notAZip();
    const nameLength = view.getUint16(at + 28, true);
    if (at + 46 + nameLength > bytes.length) throw notAZip();
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compression: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 20, true),
      originalSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * An entry's content, decompressed to at most the size the listing declares (so a zip bomb that declares a
 * small size stops there, at once) and held to the listing's CRC-32.
 */
function contentOf(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw notAZip();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.size > bytes.length) throw notAZip();
  const data = bytes.subarray(start, start + entry.size);
  let content: Uint8Array;
  try {
    content =
      entry.compression === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(entry.originalSize, 1) });
  } catch {
    throw new ScenarioZipError(
      `"${entry.name}" in the zip is damaged, or larger than the zip says it is; nothing was imported.`,
    );
  }
  if (content.length !== entry.originalSize || crc32(content) !== entry.crc)
    throw new ScenarioZipError(
      `"${entry.name}" in the zip is damaged, or larger than the zip says it is; nothing was imported.`,
    );
  return content;
}

export function unzipScenario(bytes: Uint8Array): ScenarioFolder {
  const listed: Entry[] = [];
  let total = 0;
  for (const entry of listing(bytes)) {
    const { name } = entry;
    if (unsafe(name))
      throw new ScenarioZipError(
        `The zip holds a file named "${name}", which would be unpacked outside its folder; nothing was imported.`,
      );
    if (name.endsWith('/') || junk(name)) continue;
    if (entry.encrypted)
      throw new ScenarioZipError(`"${name}" in the zip is protected by a password: zip the folder again without one.`);
    if (entry.compression !== 0 && entry.compression !== 8)
      throw new ScenarioZipError(
        `"${name}" is compressed in a way Rapport cannot read: zip the folder again with your computer's ordinary "compress" command.`,
      );
    if (entry.originalSize > MAX_FILE_BYTES)
      throw new ScenarioZipError(
        `"${name}" is ${kb(entry.originalSize)}: a file in a scenario's folder may be at most ${kb(MAX_FILE_BYTES)}.`,
      );
    total += entry.originalSize;
    if (total > MAX_TOTAL_BYTES)
      throw new ScenarioZipError(
        `The files in the zip come to more than ${kb(MAX_TOTAL_BYTES)}: a scenario's folder is its scenario.yaml and its ink file.`,
      );
    listed.push(entry);
  }
  if (listed.length === 0)
    throw new ScenarioZipError('The zip is empty: it should hold one folder with scenario.yaml and its .ink file.');

  const loose = listed.filter((f) => !f.name.includes('/'));
  if (loose.length > 0)
    throw new ScenarioZipError(
      `The zip holds ${loose.map((f) => `"${f.name}"`).join(', ')} outside any folder: it should hold one folder, named for the scenario (its address, such as "a-new-scenario"), with scenario.yaml and its .ink file inside.`,
    );
  const folders = [...new Set(listed.map((f) => f.name.slice(0, f.name.indexOf('/'))))];
  if (folders.length > 1)
    throw new ScenarioZipError(
      `The zip holds more than one folder (${folders.map((f) => `"${f}"`).join(', ')}): import one scenario at a time.`,
    );
  const slug = folders[0]!;
  const find = (file: string) => listed.find((f) => f.name === `${slug}/${file}`);
  const yamlEntry = find('scenario.yaml');
  if (!yamlEntry)
    throw new ScenarioZipError(`The folder "${slug}" in the zip has no scenario.yaml (the scenario's details).`);
  const yaml = textOf(bytes, yamlEntry, 'scenario.yaml');
  const inkFile = inkFileOf(yaml);
  const inkEntry = find(inkFile);
  if (!inkEntry)
    throw new ScenarioZipError(
      `The folder "${slug}" in the zip has no ${inkFile}, the ink file its scenario.yaml names (as "main", or main.ink when it names none).`,
    );
  return { slug, yaml, ink: textOf(bytes, inkEntry, inkFile), inkFile };
}

/** One file of the folder as UTF-8 text. */
function textOf(bytes: Uint8Array, entry: Entry, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(contentOf(bytes, entry));
  } catch (error) {
    if (error instanceof ScenarioZipError) throw error;
    throw new ScenarioZipError(
      `"${file}" is not UTF-8 text: save it as UTF-8 in your editor and zip the folder again.`,
    );
  }
}
