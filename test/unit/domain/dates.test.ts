import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatViDate, isClockTime, isIsoDate, lastDayOfMonth, parseViDate, todayIso } from '../../../src/domain/dates.js';

describe('parseViDate', () => {
  it('reads the ways people type a date', () => {
    for (const typed of ['2/2/2017', '02/02/2017', '02-02-2017', '02.02.2017', ' 2/02/2017 ']) {
      expect(parseViDate(typed)).toEqual({ ok: true, date: '2017-02-02' });
    }
  });

  it('tells a day that does not exist (31/02) from a malformed entry', () => {
    expect(parseViDate('31/02/2017')).toEqual({ ok: false, reason: 'no-such-day' });
    expect(parseViDate('31/04/2024')).toEqual({ ok: false, reason: 'no-such-day' });
    expect(parseViDate('2017-02-02')).toEqual({ ok: false, reason: 'format' });
    expect(parseViDate('hôm nay')).toEqual({ ok: false, reason: 'format' });
    expect(parseViDate('12/13/2017')).toEqual({ ok: false, reason: 'format' });
    expect(parseViDate('')).toEqual({ ok: false, reason: 'empty' });
  });

  it('knows leap years: 29/02/2024 exists, 29/02/2023 and 29/02/1900 do not, 29/02/2000 does', () => {
    expect(parseViDate('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseViDate('29/02/2023')).toEqual({ ok: false, reason: 'no-such-day' });
    expect(parseViDate('29/02/1900')).toEqual({ ok: false, reason: 'no-such-day' });
    expect(parseViDate('29/02/2000')).toEqual({ ok: true, date: '2000-02-29' });
  });
});

describe('calendar dates as strings', () => {
  it('formats dd/mm/yyyy and checks ISO dates strictly', () => {
    expect(formatViDate('2017-02-02')).toBe('02/02/2017');
    expect(formatViDate('nonsense')).toBe('');
    expect(isIsoDate('2017-02-28')).toBe(true);
    expect(isIsoDate('2017-02-29')).toBe(false);
    expect(isIsoDate('2017-2-28')).toBe(false);
  });

  it('gives today as the local calendar day, not the UTC one', () => {
    // 23:30 local on 1 January is still 1 January, whatever UTC says.
    expect(todayIso(new Date(2017, 0, 1, 23, 30))).toBe('2017-01-01');
    expect(todayIso(new Date(2017, 0, 1, 0, 5))).toBe('2017-01-01');
  });

  it('adds days and counts days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(daysBetween('2017-02-02', '2017-03-02')).toBe(28);
    expect(daysBetween('2017-03-02', '2017-02-02')).toBe(-28);
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2023, 2)).toBe('2023-02-28');
  });

  it('checks HH:mm times', () => {
    expect(isClockTime('14:00')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('7:30')).toBe(false);
    expect(isClockTime('14:60')).toBe(false);
  });
});
