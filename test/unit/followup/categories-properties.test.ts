import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, lastDayOfMonth } from '../../../src/domain/dates.js';
import { dueDate, type Deadline } from '../../../src/domain/deadline.js';
import { DIRECTIVE_STATUSES, type Directive } from '../../../src/domain/types.js';
import { CATEGORIES, categoryContext, classify, GROUPS, type Category, type Group } from '../../../src/followup/categories.js';
import { dayNumber, daysFromTo, isoFromDayNumber, plusDays } from '../../../src/followup/day-number.js';
import { makeDirective } from './fixtures.js';

// Days from 2010-01-01 to 2035-12-31, as ISO strings.
const FIRST = dayNumber('2010-01-01');
const LAST = dayNumber('2035-12-31');
const isoDate = fc.integer({ min: FIRST, max: LAST }).map(isoFromDayNumber);
const year = fc.integer({ min: 2010, max: 2035 });
const deadline: fc.Arbitrary<Deadline> = fc.oneof(
  fc.constant<Deadline>({ kind: 'none' }),
  fc.constant<Deadline>({ kind: 'ongoing' }),
  isoDate.map((date): Deadline => ({ kind: 'date', date })),
  fc.record({ year, quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) }).map((q): Deadline => ({ kind: 'quarter', ...q })),
  fc.record({ year, half: fc.constantFrom(1 as const, 2 as const) }).map((h): Deadline => ({ kind: 'half', ...h })),
  year.map((y): Deadline => ({ kind: 'year', year: y })),
);
/** Deadlines that name a period (quarter, half-year, year), with the last month of that period. */
const periodDeadline = fc.oneof(
  fc.record({ year, quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const) }).map((q) => ({ deadline: { kind: 'quarter', ...q } as Deadline, year: q.year, lastMonth: q.quarter * 3 })),
  fc.record({ year, half: fc.constantFrom(1 as const, 2 as const) }).map((h) => ({ deadline: { kind: 'half', ...h } as Deadline, year: h.year, lastMonth: h.half * 6 })),
  year.map((y) => ({ deadline: { kind: 'year', year: y } as Deadline, year: y, lastMonth: 12 })),
);
const directive: fc.Arbitrary<Directive> = fc
  .record({ status: fc.constantFrom(...DIRECTIVE_STATUSES), deadline, completedOn: fc.option(isoDate, { nil: null }) })
  .map((f) => makeDirective({ ...f, completedOn: f.status === 'done' ? f.completedOn : null }));
const horizon = fc.integer({ min: 0, max: 60 });

/** The rules of ARCHITECTURE.md written as independent predicates, one per category. */
function spec(d: Directive, asOf: string, h: number): Record<Category, boolean> {
  const due = dueDate(d.deadline);
  const cancelled = d.status === 'cancelled';
  const done = d.status === 'done' && (d.completedOn === null || d.completedOn <= asOf);
  const open = !cancelled && !done;
  const late = due !== null && daysBetween(due, asOf) > 0;
  const soon = due !== null && !late && daysBetween(asOf, due) <= h;
  const quiet = open && !late && !soon;
  return {
    cancelled,
    'done-on-time': done && (due === null || d.completedOn === null || d.completedOn <= due),
    'done-late': done && due !== null && d.completedOn !== null && d.completedOn > due,
    overdue: open && late,
    'due-soon': open && soon,
    paused: quiet && d.status === 'paused',
    ongoing: quiet && d.status !== 'paused' && d.deadline.kind === 'ongoing',
    'no-deadline': quiet && d.status !== 'paused' && d.deadline.kind === 'none',
    'not-started': quiet && d.status === 'not-started' && due !== null,
    'in-progress': quiet && (d.status === 'in-progress' || d.status === 'done') && due !== null,
  };
}

describe('category rules hold for any dates', () => {
  it('every directive has exactly one primary category, the one the rules give', () => {
    fc.assert(
      fc.property(directive, isoDate, horizon, (d, asOf, h) => {
        const holds = Object.entries(spec(d, asOf, h)).filter(([, ok]) => ok).map(([c]) => c);
        expect(holds).toHaveLength(1);
        expect(classify(d, categoryContext(asOf, h)).category).toBe(holds[0]);
      }),
      { numRuns: 1000 },
    );
  });

  it('a directive done on or before the as-of day is never overdue nor due soon', () => {
    fc.assert(
      fc.property(directive, isoDate, fc.integer({ min: 0, max: 4000 }), horizon, (d, completedOn, later, h) => {
        const done = { ...d, status: 'done' as const, completedOn };
        const c = classify(done, categoryContext(addDays(completedOn, later), h));
        expect(['done-on-time', 'done-late']).toContain(c.category);
        expect(c.timing).toBe('closed');
      }),
    );
  });

  it('the Government Office groups partition the counted directives', () => {
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 40 }), isoDate, horizon, (ds, asOf, h) => {
        const ctx = categoryContext(asOf, h);
        const counts = new Map<Group, number>(GROUPS.map((g) => [g, 0]));
        for (const d of ds) {
          const { group, due } = classify(d, ctx);
          counts.set(group, (counts.get(group) ?? 0) + 1);
          const done = d.status === 'done' && (d.completedOn === null || d.completedOn <= asOf);
          const counted = d.status !== 'cancelled' && (done || due !== null);
          expect(group === 'not-counted').toBe(!counted);
          if (counted && !done) expect(group).toBe(due! < asOf ? 'open-overdue' : 'open-within-deadline');
        }
        expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(ds.length);
      }),
    );
  });

  it('moving today forward never turns done late into done on time, nor overdue into within deadline', () => {
    fc.assert(
      fc.property(directive, isoDate, fc.integer({ min: 0, max: 3000 }), horizon, (d, asOf, forward, h) => {
        const before = classify(d, categoryContext(asOf, h)).category;
        const after = classify(d, categoryContext(addDays(asOf, forward), h)).category;
        if (before === 'done-late' || before === 'done-on-time' || before === 'cancelled') expect(after).toBe(before);
        if (before === 'overdue') expect(['overdue', 'done-late']).toContain(after);
      }),
    );
  });

  it('categories are listed once each', () => {
    expect(new Set(CATEGORIES).size).toBe(CATEGORIES.length);
  });
});

describe('calendar arithmetic without a date library', () => {
  it('the due day of a quarter, half-year or year is the last calendar day of its last month', () => {
    fc.assert(
      fc.property(periodDeadline, ({ deadline: dl, year: y, lastMonth }) => {
        expect(dueDate(dl)).toBe(lastDayOfMonth(y, lastMonth));
      }),
    );
  });

  it('day numbers agree with the date helpers across leap years and centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }), fc.integer({ min: -800, max: 800 }), (n, delta) => {
        const iso = isoFromDayNumber(n);
        expect(dayNumber(iso)).toBe(n);
        expect(plusDays(iso, delta)).toBe(addDays(iso, delta));
        expect(daysFromTo(iso, plusDays(iso, delta))).toBe(delta);
      }),
    );
    expect(isoFromDayNumber(0)).toBe('1970-01-01');
    expect(plusDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(plusDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(daysFromTo('2016-01-01', '2026-01-01')).toBe(daysBetween('2016-01-01', '2026-01-01'));
  });
});
