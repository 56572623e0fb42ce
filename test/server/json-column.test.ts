/** The typed readers of JSON kept in text columns (src/server/core/json-column.ts): what they accept, and the one error they give otherwise. */
import { describe, expect, it } from 'vitest';
import {
  readBundle,
  readChoicePayload,
  readScenarioList,
  readScoreReport,
  StoredValueError,
} from '../../src/server/core/json-column.ts';
import { fixtureBundle } from '../support/fixture-bundle.ts';

const report = {
  overall: 71.5,
  band: 'competent',
  bandCapped: false,
  domains: [{ id: 'trust', name: 'Trust', score: 80, opportunities: 2 }],
  criteria: [{ id: 'trust.a', domain: 'trust', score: 80, opportunities: 2 }],
  incidents: [],
};

function refusal(read: () => unknown): StoredValueError {
  try {
    read();
  } catch (error) {
    if (error instanceof StoredValueError) return error;
    throw error;
  }
  throw new Error('expected the stored value to be refused');
}

describe('JSON columns', () => {
  it('read what Rapport writes, unchanged', () => {
    expect(readScoreReport(JSON.stringify(report))).toEqual(report);
    expect(readChoicePayload('{"point":2,"index":1,"text":"Hello"}')).toEqual({ point: 2, index: 1, text: 'Hello' });
    expect(readChoicePayload('{"point":0,"index":3}')).toEqual({ point: 0, index: 3 });
    expect(readScenarioList('["mini","other"]')).toEqual(['mini', 'other']);
    const bundle = fixtureBundle('mini');
    expect(readBundle(JSON.stringify(bundle))).toEqual(JSON.parse(JSON.stringify(bundle)));
  });

  it('refuse anything else with one error naming the column and the field', () => {
    const notJson = refusal(() => readScoreReport('{"overall":'));
    expect(notJson.column).toBe('attempt.score');
    expect(notJson.message).toMatch(/^The stored attempt\.score cannot be read: it is not JSON/);
    const wrong = refusal(() => readScoreReport(JSON.stringify({ ...report, overall: 'high', domains: {} })));
    expect(wrong.message).toMatch(/overall: .*; domains: must be a list/);
    expect(refusal(() => readChoicePayload('{"point":"2","index":1}')).column).toBe('attempt_event.payload');
    expect(refusal(() => readScenarioList('{"mini":true}')).column).toBe('assignment.scenarios');
    expect(refusal(() => readBundle('{"slug":"mini"}')).column).toBe('story_version.bundle');
  });
});
