import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWordIndex, countTermsPerRow } from '../../../src/followup/word-index.js';

const letters = fc.constantFrom(...'abcdeghiklmnopqrstuvxy0-/,. \u0001'.split(''));
const text = fc.array(letters, { minLength: 0, maxLength: 200 }).map((cs) => cs.join(''));
const term = fc.array(fc.constantFrom(...'abdghinotu0-/,.'.split('')), { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

/** The rows holding every term, by plain substring search. */
function plain(texts: readonly string[], terms: readonly string[]): number[] {
  return texts.flatMap((t, r) => (terms.every((w) => t.includes(w)) ? [r] : []));
}

function indexed(counts: Int32Array, wanted: number): number[] {
  return Array.from(counts).flatMap((c, r) => (c === wanted ? [r] : []));
}

describe('word index', () => {
  it('finds exactly the rows a substring search finds, for words of any length', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), fc.array(term, { minLength: 1, maxLength: 3 }), (texts, terms) => {
        const index = buildWordIndex(texts);
        expect(indexed(countTermsPerRow(index, terms), terms.length)).toEqual(plain(texts, terms));
      }),
      { numRuns: 300 },
    );
  });

  it('never matches a word across a space or the field separator', () => {
    const index = buildWordIndex(['thi dua', 'thi\u0001dua', 'thidua']);
    expect(indexed(countTermsPerRow(index, ['idu']), 1)).toEqual([2]);
    expect(indexed(countTermsPerRow(index, ['thi', 'dua']), 2)).toEqual([0, 1, 2]);
  });

  it('answers one-letter words from the letters of each row', () => {
    const index = buildWordIndex(['nong dan', 'mat tran', 'phu nu', '']);
    expect(indexed(countTermsPerRow(index, ['n']), 1)).toEqual([0, 1, 2]);
    expect(indexed(countTermsPerRow(index, ['o']), 1)).toEqual([0]);
    expect(indexed(countTermsPerRow(index, ['z']), 1)).toEqual([]);
    expect(indexed(countTermsPerRow(index, ['u', 'p']), 2)).toEqual([2]);
  });

  it('keeps each word once per row and lists each row once per word', () => {
    const index = buildWordIndex(['dan van dan van', 'dan']);
    const dan = index.words.indexOf('dan');
    expect(Array.from(index.postings.subarray(index.starts[dan]!, index.starts[dan + 1]!))).toEqual([0, 1]);
    expect(index.rowStarts[1]).toBe(2);
  });

  it('rebuilt from an earlier index, gives what a fresh build gives', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), fc.array(text, { maxLength: 20 }), fc.array(term, { minLength: 1, maxLength: 2 }), (before, added, terms) => {
        const previous = buildWordIndex(before);
        // Keep every other earlier row (moved to the end), add new ones in front.
        const kept = before.flatMap((t, r) => (r % 2 === 0 ? [{ t, r }] : []));
        const texts = [...added, ...kept.map((k) => k.t)];
        const previousRowOf = Int32Array.from([...added.map(() => -1), ...kept.map((k) => k.r)]);
        const rebuilt = buildWordIndex(texts, { previous, previousRowOf });
        expect(indexed(countTermsPerRow(rebuilt, terms), terms.length)).toEqual(plain(texts, terms));
        expect(Array.from(rebuilt.letters)).toEqual(Array.from(buildWordIndex(texts).letters));
      }),
      { numRuns: 200 },
    );
  });
});
