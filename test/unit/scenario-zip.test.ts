/**
 * A scenario folder zipped for export and read back from an import (src/server/authoring-check/scenario-zip.ts):
 * an exported story unpacks into a folder `npm run stories:check` accepts unchanged, and a zip that is not one
 * scenario's folder, or that tries to climb out of it or to explode, is refused with a sentence an educator can
 * act on, before anything large is decompressed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  ScenarioZipError,
  unzipScenario,
  zipScenario,
} from '../../src/server/authoring-check/scenario-zip.ts';
import { ROOT } from '../support/fixture-bundle.ts';

const SLUG = 'small-wins';
/** The files of a zip, without its folder entries. */
const filesIn = (bytes: Uint8Array) => Object.keys(unzipSync(bytes)).filter((name) => !name.endsWith('/'));
const giftYaml = (yaml: string) => yaml.replace(/^main: .*$/m, 'main: gift.ink');
const story = {
  slug: SLUG,
  yaml: readFileSync(join(ROOT, 'stories', SLUG, 'scenario.yaml'), 'utf8'),
  ink: readFileSync(join(ROOT, 'stories', SLUG, 'main.ink'), 'utf8'),
  inkFile: 'main.ink',
};
const scratch = mkdtempSync(join(tmpdir(), 'rapport-zip-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const zip = (files: Zippable, level: 0 | 6 = 6) => zipSync(files, { level });
const refusal = (bytes: Uint8Array) => {
  try {
    unzipScenario(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioZipError);
    return (error as Error).message;
  }
  throw new Error('the zip was accepted');
};

/**
 * A zip of one deflated file, written by hand so that its listing can declare any size and checksum: a zip bomb
 * declares a small size for a large content. (fflate would take seconds to compress the content; zlib does not.)
 */
function rawZip(name: string, content: Uint8Array, declared = content.length, crc = crc32(content)): Uint8Array {
  const path = Buffer.from(name);
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(path.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(path.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + path.length, 12);
  end.writeUInt32LE(local.length + path.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, path, data, central, path, end]));
}

describe('exporting a scenario', () => {
  it('zips the folder as stories/ holds it, and reads it back as it was', () => {
    const bytes = zipScenario(story);
    expect(filesIn(bytes).sort()).toEqual([`${SLUG}/main.ink`, `${SLUG}/scenario.yaml`]);
    expect(unzipScenario(bytes)).toEqual(story);
  });

  it('unpacks into a folder that `npm run stories:check` accepts unchanged', () => {
    const stories = join(scratch, 'stories');
    // Unpacked by fflate's own reader, as any unzip tool would, file by file.
    for (const [name, content] of Object.entries(unzipSync(zipScenario(story)))) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(stories, name)), { recursive: true });
      writeFileSync(join(stories, name), content);
    }
    expect(readFileSync(join(stories, SLUG, 'scenario.yaml'), 'utf8')).toBe(story.yaml);
    expect(readFileSync(join(stories, SLUG, 'main.ink'), 'utf8')).toBe(story.ink);
    const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/stories-check.ts'), '--json'], {
      cwd: ROOT,
      env: { ...process.env, RAPPORT_STORIES_DIR: stories },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { checked: number; errors: number; warnings: number };
    expect(report).toMatchObject({ checked: 1, errors: 0, warnings: 0 });
  }, 60_000);

  it('names the ink file as the yaml’s main does', () => {
    const bytes = zipScenario({ ...story, yaml: giftYaml(story.yaml), inkFile: 'gift.ink' });
    expect(filesIn(bytes).sort()).toEqual([`${SLUG}/gift.ink`, `${SLUG}/scenario.yaml`]);
    expect(unzipScenario(bytes)).toMatchObject({ slug: SLUG, inkFile: 'gift.ink', ink: story.ink });
  });
});

describe('importing a zip', () => {
  const folder = (files: Record<string, string>, slug = 'a-new-scenario') =>
    Object.fromEntries(Object.entries(files).map(([name, text]) => [`${slug}/${name}`, strToU8(text)]));
  const good = { 'scenario.yaml': story.yaml, 'main.ink': story.ink };

  it('reads stored (uncompressed) zips, and ignores folders and what macOS adds', () => {
    const bytes = zip(
      {
        ...folder(good),
        'a-new-scenario/notes/': new Uint8Array(0),
        '__MACOSX/a-new-scenario/._main.ink': strToU8('resource fork'),
        'a-new-scenario/.DS_Store': strToU8('finder'),
      },
      0,
    );
    expect(unzipScenario(bytes)).toEqual({ ...story, slug: 'a-new-scenario' });
  });

  it('refuses what is not a zip', () => {
    expect(refusal(strToU8('title: not a zip\n'))).toMatch(/^This file is not a zip that Rapport can read/);
    expect(refusal(new Uint8Array(0))).toMatch(/not a zip/);
    // A zip whose listing points past its end.
    const cut = zip(folder(good));
    expect(refusal(cut.subarray(cut.length - 200))).toMatch(/not a zip/);
  });

  it('refuses an empty zip, loose files, and more than one folder', () => {
    expect(refusal(zip({}))).toMatch(/^The zip is empty/);
    expect(refusal(zip({ 'scenario.yaml': strToU8(story.yaml), 'main.ink': strToU8(story.ink) }))).toMatch(
      /^The zip holds "scenario.yaml", "main.ink" outside any folder: it should hold one folder/,
    );
    expect(refusal(zip({ ...folder(good, 'one'), ...folder(good, 'two') }))).toBe(
      'The zip holds more than one folder ("one", "two"): import one scenario at a time.',
    );
  });

  it('refuses a folder without scenario.yaml, or without the ink file it names', () => {
    expect(refusal(zip(folder({ 'main.ink': story.ink })))).toBe(
      `The folder "a-new-scenario" in the zip has no scenario.yaml (the scenario's details).`,
    );
    expect(refusal(zip(folder({ 'scenario.yaml': giftYaml(story.yaml), 'main.ink': story.ink })))).toMatch(
      /^The folder "a-new-scenario" in the zip has no gift.ink, the ink file its scenario.yaml names/,
    );
  });

  it('refuses names that would unpack outside the folder, naming the file', () => {
    for (const name of [
      '../evil.ink',
      'a-new-scenario/../../evil.ink',
      '/etc/evil.ink',
      'C:/evil.ink',
      'a\\..\\evil',
    ]) {
      expect(refusal(zip({ ...folder(good), [name]: strToU8('x') }))).toBe(
        `The zip holds a file named "${name}", which would be unpacked outside its folder; nothing was imported.`,
      );
    }
  });

  it('refuses a file over 512 KB and a folder over 2 MB by the sizes the zip declares', () => {
    const big = 'x'.repeat(MAX_FILE_BYTES + 1);
    expect(refusal(zip(folder({ ...good, 'main.ink': big })))).toMatch(
      /^"a-new-scenario\/main.ink" is 512 KB: a file in a scenario's folder may be at most 512 KB/,
    );
    const parts = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [`part${n}.txt`, 'y'.repeat(MAX_FILE_BYTES - n)]));
    expect(refusal(zip(folder({ ...good, ...parts })))).toMatch(/^The files in the zip come to more than 2048 KB/);
  });

  it('stops a zip bomb that declares a small size at once, without decompressing it', () => {
    const name = 'a-new-scenario/scenario.yaml';
    // The hand-made zip is a zip: honest, it is read.
    expect(strFromU8(unzipSync(rawZip(name, strToU8(story.yaml)))[name]!)).toBe(story.yaml);
    // 300 MB of zeros in ~300 KB, declared as 1 KB.
    const bomb = rawZip(name, new Uint8Array(300 * 1024 * 1024), 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    expect(refusal(bomb)).toBe(
      '"a-new-scenario/scenario.yaml" in the zip is damaged, or larger than the zip says it is; nothing was imported.',
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a file whose content does not match the zip’s checksum', () => {
    const bytes = zip(folder(good), 0);
    const at = Buffer.from(bytes).indexOf('title:');
    bytes[at] = 'T'.charCodeAt(0);
    expect(refusal(bytes)).toMatch(/scenario.yaml" in the zip is damaged/);
  });

  it('refuses text that is not UTF-8, and a file protected by a password', () => {
    const latin1 = zip({
      ...folder(good),
      'a-new-scenario/scenario.yaml': Uint8Array.from([0x74, 0x3a, 0x20, 0xe9, 0x0a]),
    });
    expect(refusal(latin1)).toMatch(/^"scenario.yaml" is not UTF-8 text/);
    const locked = zip(folder(good), 0);
    const view = new DataView(locked.buffer);
    for (let i = 0; i + 4 <= locked.length; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 8, 1, true);
    expect(refusal(locked)).toMatch(/is protected by a password/);
  });
});
