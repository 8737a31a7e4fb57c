/**
 * Diacritic-insensitive matching ("gõ không dấu"): "dan van" finds "Dân vận", "d" finds "đ".
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds text for searching: NFD, combining marks dropped, đ/Đ mapped to d, lower case, spaces collapsed. */
export function foldForSearch(input: string): string {
  return input
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a query into folded words; an empty query gives no words. */
export function queryTerms(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/** True when every query word occurs in the folded haystack (words in any order). */
export function matchesTerms(foldedHaystack: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!foldedHaystack.includes(term)) return false;
  }
  return true;
}

/** Convenience for one-off checks; hot paths should fold once and reuse with matchesTerms. */
export function matchesQuery(text: string, query: string): boolean {
  return matchesTerms(foldForSearch(text), queryTerms(query));
}
