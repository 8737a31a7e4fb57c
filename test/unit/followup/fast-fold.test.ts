import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldFast } from '../../../src/followup/fast-fold.js';
import { foldForSearch } from '../../../src/text/fold.js';

const pieces = ['Đ', 'đ', 'Ủy', 'uỷ', 'ban', ' ', '  ', '\t', '\n', 'Thi', 'ĐUA', 'ă', 'Â', 'ơ', 'Ư', 'ệ', 'Nguyễn', 'x', '2017', '«', '»', '–', '\u00a0', '\u0301', '\u0323', 'e\u0302\u0301', 'ℌ', 'ǅ', 'ﬁ', '한'];

describe('fast folding', () => {
  it('folds every single character exactly as foldForSearch does', () => {
    const mismatches: string[] = [];
    for (let code = 0; code < 0x10000; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (foldFast(char) !== foldForSearch(char)) mismatches.push(code.toString(16));
    }
    expect(mismatches).toEqual([]);
  });

  it('folds Vietnamese text, decomposed text, runs of spaces and long text like foldForSearch', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldFast(text)).toBe(foldForSearch(text));
        expect(foldFast(text.normalize('NFD'))).toBe(foldForSearch(text.normalize('NFD')));
      }),
      { numRuns: 500 },
    );
    const long = 'Tập trung thực hiện tốt công tác Dân vận; '.repeat(800);
    expect(foldFast(long)).toBe(foldForSearch(long));
    expect(foldFast('  Ủy ban   MTTQ  ')).toBe('uy ban mttq');
  });
});
