import { describe, expect, it } from 'vitest';
import { historyNewestFirst, latestPercent } from '../../../src/followup/history.js';
import { makeFollowUp } from './fixtures.js';

describe('the history of a directive', () => {
  it('reads newest first: by date, then by when it was written, a status change after the report that caused it', () => {
    const entries = [
      makeFollowUp({ id: 'a', date: '2024-03-01', createdAt: 5 }),
      makeFollowUp({ id: 'b', date: '2024-03-05', createdAt: 1 }),
      makeFollowUp({ id: 'c', date: '2024-03-01', createdAt: 9 }),
      makeFollowUp({ id: 'd', date: '2024-03-01', createdAt: 9, kind: 'status', statusFrom: 'not-started', statusTo: 'in-progress' }),
    ];
    expect(historyNewestFirst(entries).map((e) => e.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('knows the latest percent given, skipping entries without one', () => {
    expect(latestPercent([])).toBeNull();
    expect(
      latestPercent([
        makeFollowUp({ date: '2024-03-01', percent: 30 }),
        makeFollowUp({ date: '2024-04-01', percent: 60 }),
        makeFollowUp({ date: '2024-05-01', percent: null }),
      ]),
    ).toBe(60);
  });
});
