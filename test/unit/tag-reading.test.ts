import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceOf, lineStyleOf } from '../../src/engine/tag-reading.ts';
import { readChoiceTags, readLineTags } from '../../src/engine/tags.ts';

// Tags as authors write them, well and badly: every key the grammar knows (in any case, spaced), unknown keys, and
// values that are right, empty, out of range, or not what the key takes.
const key = fc.constantFrom(
  'rubric',
  'RUBRIC',
  ' feedback ',
  'critical',
  'contested',
  'fixed-order',
  'speaker',
  'cue',
  'thought',
  'ending',
  'title',
  'mood',
  '',
);
const value = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    'boundaries.gifts:+2',
    'boundaries.gifts: -1',
    'trust.warmth:0',
    'trust.warmth:-0',
    'power.x:3',
    'Bad.Id:1',
    'a.b',
    'a.b:+',
    'dual-relationship',
    'Dual-Relationship',
    'harm',
    'Sam',
    'Opened up',
  ),
  fc.string({ maxLength: 12 }),
);
const tag = fc.tuple(key, value).map(([k, v]) => (v === null ? k : `${k}:${v}`));
const tags = fc.oneof(fc.constant(null), fc.array(tag, { maxLength: 8 }));

describe("the player's tag reading", () => {
  it('gives the same evidence as the checked reading, for any tags', () => {
    fc.assert(
      fc.property(tags, (raw) => {
        expect(evidenceOf(raw)).toEqual(readChoiceTags(raw).evidence);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same line style as the checked reading, for any tags', () => {
    fc.assert(
      fc.property(tags, (raw) => {
        expect(lineStyleOf(raw)).toEqual(readLineTags(raw).style);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a typical option and line', () => {
    expect(
      evidenceOf([
        'rubric:boundaries.gifts:+2',
        'feedback:Holds the frame',
        'rubric:boundaries.gifts:-1',
        'critical:harm',
      ]),
    ).toEqual({
      rubric: [{ criterion: 'boundaries.gifts', value: 2 }],
      feedback: 'Holds the frame',
      critical: null,
      contested: false,
    });
    expect(lineStyleOf(['speaker:Sam', 'ending:Opened up'])).toEqual({
      kind: 'dialogue',
      speaker: 'Sam',
      ending: 'Opened up',
    });
  });
});
