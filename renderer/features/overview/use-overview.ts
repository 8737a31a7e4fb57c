/**
 * The overview for the chosen as-of day and period, recomputed only when the data, the day, the horizon or the
 * period change. Each computation is timed as the user-timing measure 'overview:compute', the first counts on
 * screen set the mark 'overview:ready' and the rest of the screen 'overview:complete': the benchmark (bench/)
 * reads them from the running page (their names are in ./marks.ts).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { IsoDate } from '../../../src/domain/dates.js';
import { buildOverview, type Overview, type Period } from '../../../src/followup/overview.js';
import type { PreparedDirectives } from '../../../src/followup/prepared.js';
import { COMPLETE_MARK, COMPUTE_MEASURE, READY_MARK } from './marks.js';

/** The overview, or undefined while the data is still being read. */
export function useOverview(prepared: PreparedDirectives | undefined, asOf: IsoDate, horizonDays: number, period: Period | null): Overview | undefined {
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  const basis = period?.basis ?? null;
  return useMemo(() => {
    if (prepared === undefined) return undefined;
    const start = performance.now();
    const result = buildOverview(prepared, {
      asOf,
      horizonDays,
      period: basis === null ? null : { from, to, basis },
    });
    performance.measure(COMPUTE_MEASURE, { start, end: performance.now() });
    return result;
  }, [prepared, asOf, horizonDays, from, to, basis]);
}

/** Sets the 'overview:ready' mark once per visit of the screen, after the first counts were committed. */
export function useReadyMark(ready: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    performance.mark(READY_MARK);
  }, [ready]);
}

/**
 * Sets the 'overview:complete' mark each time the lists, chart and tables have caught up with the newest
 * overview (after the first load, and after every change of day or period).
 */
export function useCompleteMark(complete: boolean): void {
  useEffect(() => {
    if (complete) performance.mark(COMPLETE_MARK);
  }, [complete]);
}
