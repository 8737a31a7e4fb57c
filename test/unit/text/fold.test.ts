import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, matchesTerms, queryTerms } from '../../../src/text/fold.js';

describe('foldForSearch', () => {
  it('drops every Vietnamese tone and vowel mark and lowers case', () => {
    expect(foldForSearch('Dân vận')).toBe('dan van');
    expect(foldForSearch('ẮẰẲẴẶ ẤẦẨẪẬ ÉÈẺẼẸ ỐỒỔỖỘ ỚỜỞỠỢ ỨỪỬỮỰ ÝỲỶỸỴ')).toBe('aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy');
  });

  it('maps đ and Đ to d (they do not decompose)', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldForSearch('Đảng đoàn')).toBe('dang doan');
  });

  it('treats both tone placements as the same word: HÒA / HOÀ, ủy / uỷ', () => {
    expect('HÒA').not.toBe('HOÀ');
    expect(foldForSearch('HÒA')).toBe(foldForSearch('HOÀ'));
    expect(foldForSearch('Cộng hòa')).toBe(foldForSearch('Cộng hoà'));
    expect(foldForSearch('Ủy ban')).toBe(foldForSearch('Uỷ ban'));
  });

  it('gives the same result for NFC and NFD input, and collapses spaces', () => {
    const text = 'Phong trào  thi đua\tyêu nước';
    expect(foldForSearch(text.normalize('NFD'))).toBe(foldForSearch(text.normalize('NFC')));
    expect(foldForSearch(text)).toBe('phong trao thi dua yeu nuoc');
  });
});

describe('matching a query', () => {
  it('finds words typed without diacritics, in any order', () => {
    expect(matchesQuery('Họp mặt đầu xuân, phát động thi đua năm 2017', 'thi dua')).toBe(true);
    expect(matchesQuery('Họp mặt đầu xuân, phát động thi đua năm 2017', '2017 dau xuan')).toBe(true);
    expect(matchesQuery('Ban Dân vận Tỉnh ủy', 'dan van')).toBe(true);
    expect(matchesQuery('Ban Dân vận Tỉnh ủy', 'dân vận')).toBe(true);
  });

  it('rejects when a word is missing', () => {
    expect(matchesQuery('Ban Dân vận Tỉnh ủy', 'dan toc')).toBe(false);
    expect(matchesQuery('Hội Nông dân', 'thi dua')).toBe(false);
  });

  it('an empty query matches everything', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(matchesTerms('bat ky', [])).toBe(true);
  });
});
