/**
 * Statistics of the benchmark: median and percentiles by the nearest-rank method (a reported p95 is always a
 * time that was actually measured), mean, and rounding for the report.
 */

function sorted(values: readonly number[]): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) throw new RangeError('no measurements');
  return finite.sort((a, b) => a - b);
}

/** The p-th percentile (0 < p <= 100) by nearest rank: the smallest value with at least p % of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const s = sorted(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.max(0, rank - 1)]!;
}

/** The median: the middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The 95th percentile. */
export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}

/** The arithmetic mean. */
export function mean(values: readonly number[]): number {
  const s = sorted(values);
  return s.reduce((sum, v) => sum + v, 0) / s.length;
}

/** Rounds for the report: one decimal below 100, whole numbers above. */
export function roundForReport(value: number): number {
  return Math.abs(value) < 100 ? Math.round(value * 10) / 10 : Math.round(value);
}
