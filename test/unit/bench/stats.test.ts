import { describe, expect, it } from 'vitest';
import { mean, median, p95, percentile, roundForReport } from '../../../bench/stats.js';

describe('bench statistics', () => {
  it('median of an odd count is the middle value, whatever the input order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([3, 100, 2, 1, 50])).toBe(3);
  });

  it('median of an even count is the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it('p95 by nearest rank: of 1..100 it is 95, of 1..20 it is 19, of 1..10 it is 10', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(p95(Array.from({ length: 20 }, (_, i) => i + 1))).toBe(19);
    expect(p95(Array.from({ length: 10 }, (_, i) => i + 1))).toBe(10);
  });

  it('one slow outlier in twenty shows in p95 only from twenty-one values on', () => {
    const fast = Array.from({ length: 19 }, () => 2);
    expect(p95([...fast, 80])).toBe(2);
    expect(p95([...fast, 80, 90])).toBe(80);
    expect(median([...fast, 80])).toBe(2);
  });

  it('other percentiles and the mean', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
    expect(percentile([5, 1, 4, 2, 3], 1)).toBe(1);
    expect(mean([1, 2, 3, 10])).toBe(4);
  });

  it('ignores values that are not finite and refuses an empty list or a bad percentile', () => {
    expect(median([Number.NaN, 4, Number.POSITIVE_INFINITY, 2])).toBe(3);
    expect(() => median([])).toThrow(RangeError);
    expect(() => p95([Number.NaN])).toThrow(RangeError);
    expect(() => percentile([1, 2], 0)).toThrow(RangeError);
    expect(() => percentile([1, 2], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller\'s array', () => {
    const values = [3, 1, 2];
    median(values);
    p95(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rounds to one decimal below 100 and to whole numbers above', () => {
    expect(roundForReport(12.345)).toBe(12.3);
    expect(roundForReport(99.94)).toBe(99.9);
    expect(roundForReport(1234.5)).toBe(1235);
  });
});
