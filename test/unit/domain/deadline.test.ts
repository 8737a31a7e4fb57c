import { describe, expect, it } from 'vitest';
import { dueDate, formatDeadline, isValidDeadline, quarterRoman, type Deadline } from '../../../src/domain/deadline.js';

describe('dueDate', () => {
  it('gives the last day of each kind of deadline', () => {
    const cases: Array<[Deadline, string | null]> = [
      [{ kind: 'date', date: '2017-06-30' }, '2017-06-30'],
      [{ kind: 'quarter', year: 2024, quarter: 1 }, '2024-03-31'],
      [{ kind: 'quarter', year: 2024, quarter: 2 }, '2024-06-30'],
      [{ kind: 'quarter', year: 2017, quarter: 3 }, '2017-09-30'],
      [{ kind: 'quarter', year: 2017, quarter: 4 }, '2017-12-31'],
      [{ kind: 'half', year: 2017, half: 1 }, '2017-06-30'],
      [{ kind: 'half', year: 2017, half: 2 }, '2017-12-31'],
      [{ kind: 'year', year: 2017 }, '2017-12-31'],
      [{ kind: 'ongoing' }, null],
      [{ kind: 'none' }, null],
    ];
    for (const [deadline, due] of cases) expect(dueDate(deadline), deadline.kind).toBe(due);
  });
});

describe('formatDeadline', () => {
  it('reads as official text writes it', () => {
    expect(formatDeadline({ kind: 'date', date: '2017-06-30' })).toBe('30/06/2017');
    expect(formatDeadline({ kind: 'quarter', year: 2024, quarter: 2 })).toBe('Quý II/2024');
    expect(formatDeadline({ kind: 'quarter', year: 2017, quarter: 4 })).toBe('Quý IV/2017');
    expect(formatDeadline({ kind: 'half', year: 2017, half: 1 })).toBe('6 tháng đầu năm 2017');
    expect(formatDeadline({ kind: 'half', year: 2017, half: 2 })).toBe('6 tháng cuối năm 2017');
    expect(formatDeadline({ kind: 'year', year: 2017 })).toBe('Năm 2017');
    expect(formatDeadline({ kind: 'ongoing' })).toBe('Thường xuyên');
    expect(formatDeadline({ kind: 'none' })).toBe('');
    expect([1, 2, 3, 4].map((q) => quarterRoman(q as 1 | 2 | 3 | 4))).toEqual(['I', 'II', 'III', 'IV']);
  });
});

describe('isValidDeadline', () => {
  it('rejects days that do not exist and years out of range', () => {
    expect(isValidDeadline({ kind: 'date', date: '2017-02-31' })).toBe(false);
    expect(isValidDeadline({ kind: 'date', date: '2024-02-29' })).toBe(true);
    expect(isValidDeadline({ kind: 'year', year: 1899 })).toBe(false);
    expect(isValidDeadline({ kind: 'quarter', year: 2017.5, quarter: 1 })).toBe(false);
    expect(isValidDeadline({ kind: 'ongoing' })).toBe(true);
  });
});
