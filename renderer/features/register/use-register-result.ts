/**
 * The rows the register shows for the current text, filters and sort.
 *
 * Per keystroke the work is one query of the index (which narrows from the previous hits while typing) and, when
 * a sort is chosen, one walk over the whole sorted order kept from when the sort last changed: the hits are marked
 * in a byte array and read back in sorted order, so typing never sorts. Each query and the screen update that
 * follows are measured as 'register:query' (performance.measure) for the benchmark.
 */
import { useLayoutEffect, useMemo } from 'react';
import type { CategoryContext } from '../../../src/followup/categories.js';
import { queryRegister, type RegisterIndex, type RegisterQuery } from '../../../src/followup/register-index.js';
import { filterQuery, type RegisterFilterFields, type RegisterSort } from './register-state.js';

const START_MARK = 'register:query-start';
export const QUERY_MEASURE = 'register:query';

const NONE = new Int32Array(0);

/** Positions (into index.rows) of the rows to show, in order. */
export function useRegisterResult(
  index: RegisterIndex | undefined,
  fields: RegisterFilterFields,
  text: string,
  sort: RegisterSort | null,
  ctx: CategoryContext,
): Int32Array {
  const base = useMemo(() => filterQuery(fields), [fields]);
  // The whole order for a sort, computed when the sort (or the data, or the day) changes, never per keystroke.
  const sortedAll = useMemo(() => (index === undefined || sort === null ? null : queryRegister(index, { sort }, ctx)), [index, sort, ctx]);

  const positions = useMemo(() => {
    if (index === undefined) return NONE;
    performance.mark(START_MARK);
    const query: RegisterQuery = text === '' ? base : { ...base, text };
    const hits = queryRegister(index, query, ctx);
    return sortedAll === null ? hits : inOrder(hits, sortedAll, index.rows.length);
  }, [index, base, text, sortedAll, ctx]);

  useLayoutEffect(() => {
    if (index === undefined) return;
    // After React has put the result on screen: the measure covers the query and the update it caused.
    if (performance.getEntriesByName(START_MARK, 'mark').length === 0) return;
    performance.measure(QUERY_MEASURE, START_MARK);
    performance.clearMarks(START_MARK);
  }, [positions, index]);

  return positions;
}

/** The hits in the order of `sorted` (a permutation of every row): mark, then one pass. */
function inOrder(hits: Int32Array, sorted: Int32Array, n: number): Int32Array {
  if (hits.length === n) return sorted;
  const mark = new Uint8Array(n);
  for (let i = 0; i < hits.length; i += 1) mark[hits[i]!] = 1;
  const out = new Int32Array(hits.length);
  let k = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    const p = sorted[i]!;
    if (mark[p] === 1) {
      out[k] = p;
      k += 1;
    }
  }
  return out;
}
