/**
 * Names of the overview's user-timing entries. A module without imports, so the benchmark (bench/) reads the
 * same names without pulling React in.
 */

/** Measure of each overview computation. */
export const COMPUTE_MEASURE = 'overview:compute';
/** Mark set once per visit when the first counts are on screen. */
export const READY_MARK = 'overview:ready';
/** Mark set each time the lists, chart and tables have caught up with the newest overview. */
export const COMPLETE_MARK = 'overview:complete';
