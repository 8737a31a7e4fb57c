import { describe, expect, it } from 'vitest';
import { compareVietnamese, comparePersonNames, sortByVietnamese } from '../../../src/text/collate.js';

describe('Vietnamese order', () => {
  it('uses the Vietnamese alphabet: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư', () => {
    const letters = ['ư', 'ơ', 'đ', 'ô', 'â', 'u', 'e', 'ă', 'o', 'd', 'ê', 'a', 'b'];
    expect([...letters].sort(compareVietnamese)).toEqual(['a', 'ă', 'â', 'b', 'd', 'đ', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư']);
  });

  it('differs from code-unit order (which IndexedDB uses)', () => {
    const words = ['Đoàn', 'Dương', 'Ân', 'Anh'];
    expect([...words].sort()).not.toEqual([...words].sort(compareVietnamese));
    expect([...words].sort(compareVietnamese)).toEqual(['Anh', 'Ân', 'Dương', 'Đoàn']);
  });

  it('sorts units by name and numbers by value', () => {
    const units = [{ name: 'Hội Nông dân' }, { name: 'Ban Dân vận' }, { name: 'Đoàn Thanh niên' }, { name: 'Chi bộ 10' }, { name: 'Chi bộ 2' }];
    expect(sortByVietnamese(units, (u) => u.name).map((u) => u.name)).toEqual([
      'Ban Dân vận',
      'Chi bộ 2',
      'Chi bộ 10',
      'Đoàn Thanh niên',
      'Hội Nông dân',
    ]);
  });
});

describe('people by given name', () => {
  it('sorts by the last word first, as staff lists do, then by the full name', () => {
    const names = ['Trần Dương Tuấn', 'Nguyễn Thị Hồng Nhung', 'Lê Văn Gặp', 'Đoàn Văn Đảnh', 'Phạm Thị Thanh Thảo', 'Trần Văn An', 'Nguyễn Văn An'];
    expect([...names].sort(comparePersonNames)).toEqual([
      'Nguyễn Văn An',
      'Trần Văn An',
      'Đoàn Văn Đảnh',
      'Lê Văn Gặp',
      'Nguyễn Thị Hồng Nhung',
      'Phạm Thị Thanh Thảo',
      'Trần Dương Tuấn',
    ]);
  });
});
