/**
 * Vietnamese ordering (a < ă < â, d < đ, ...). IndexedDB orders keys by code unit, so lists are sorted here.
 */

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese dictionary order. */
export const compareVietnamese: (a: string, b: string) => number = collator.compare;

/**
 * Vietnamese people are sorted by given name (the last word), then by the full name, as in staff lists.
 */
export function comparePersonNames(a: string, b: string): number {
  const byGiven = compareVietnamese(givenName(a), givenName(b));
  return byGiven !== 0 ? byGiven : compareVietnamese(a, b);
}

function givenName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** Sorts a copy of the items by a Vietnamese key. */
export function sortByVietnamese<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVietnamese(key(a), key(b)));
}

/** Compares unit names in Vietnamese order with the empty name (no unit) last, as reports list lead units. */
export function compareUnitNamesEmptyLast(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return compareVietnamese(a, b);
}
