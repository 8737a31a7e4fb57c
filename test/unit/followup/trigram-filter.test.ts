import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTrigrams, FILTER_WORDS, mayContain, requiredBits } from '../../../src/followup/trigram-filter.js';

const letters = fc.constantFrom(...'abcdeghiklmnopqrstuvxy \u0001'.split(''));
const text = fc.array(letters, { minLength: 0, maxLength: 300 }).map((cs) => cs.join(''));

function filterOf(s: string): Int32Array {
  const filter = new Int32Array(FILTER_WORDS);
  addTrigrams(s, filter, 0);
  return filter;
}

describe('trigram filter', () => {
  it('never rules out a row that contains the words (no false negatives)', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), (s, a, b, c) => {
        const filter = filterOf(s);
        const start = s.length === 0 ? 0 : a % s.length;
        const word1 = s.slice(start, start + 3 + (b % 8));
        const start2 = s.length === 0 ? 0 : c % s.length;
        const word2 = s.slice(start2, start2 + 3);
        expect(mayContain(filter, 0, requiredBits([word1, word2]))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('rules out rows missing a word, and lets short words through to the real search', () => {
    const filter = filterOf('tap trung thuc hien tot phong trao thi dua yeu nuoc');
    expect(mayContain(filter, 0, requiredBits(['thi', 'dua']))).toBe(true);
    expect(mayContain(filter, 0, requiredBits(['xoa', 'doi']))).toBe(false);
    expect(mayContain(filter, 0, requiredBits(['nong', 'dan']))).toBe(false);
    expect(requiredBits(['t', 'th'])).toHaveLength(0);
    expect(mayContain(filter, 0, requiredBits(['zz']))).toBe(true);
  });

  it('keeps rows apart: bits of one row do not leak into the next', () => {
    const filter = new Int32Array(FILTER_WORDS * 2);
    addTrigrams('thi dua', filter, 0);
    addTrigrams('dan van', filter, FILTER_WORDS);
    expect(mayContain(filter, FILTER_WORDS, requiredBits(['dan']))).toBe(true);
    expect(mayContain(filter, FILTER_WORDS, requiredBits(['thi']))).toBe(false);
  });
});
