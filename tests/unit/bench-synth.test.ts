/**
 * The benchmark's synthetic records must pass the app's own checks, or its growth table
 * measures nothing (a size that does not validate is reported, not built): the place checks
 * once made every synthetic point invalid and the growth rows empty, with only a log line.
 */
import { describe, expect, it } from 'vitest';
import { realInputs, synthRecords } from '../../bench/lib/synth';
import { formatIssue, validateAtlasData } from '../../src/domain/validate';
import { loadRealData } from './fixtures/real-data';

describe('the benchmark’s synthetic records', () => {
  it('validate against the real data files, at a size past the real data’s', () => {
    const records = synthRecords(300, realInputs());
    expect(records).toHaveLength(300);
    const v = validateAtlasData({ ...loadRealData(), records: JSON.parse(JSON.stringify(records)) as unknown });
    expect(v.ok ? [] : v.issues.slice(0, 5).map(formatIssue)).toEqual([]);
  });
});
