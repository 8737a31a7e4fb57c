import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Directive } from '../../../src/domain/types.js';
import { categoryContext } from '../../../src/followup/categories.js';
import { buildRegisterIndex, idsAt, naiveSearch, prepareSearchWords, queryRegister, rowCategory, type RegisterQuery } from '../../../src/followup/register-index.js';
import { buildRegisterRows, type RegisterRow } from '../../../src/followup/register-rows.js';
import { compareVietnamese } from '../../../src/text/collate.js';
import { matchesQuery } from '../../../src/text/fold.js';
import { makeDirective, makeMeeting, makePerson, makeUnit, onDate } from './fixtures.js';

const dv = makeUnit('Ban Dân vận Tỉnh ủy', { shortName: 'BDVTU' });
const mt = makeUnit('Ủy ban MTTQ Việt Nam tỉnh', { shortName: 'UBMTTQ' });
const doan = makeUnit('Tỉnh đoàn');
const pn = makeUnit('Hội Liên hiệp Phụ nữ tỉnh');
const gap = makePerson('Lê Văn Gặp');
const lien = makePerson('Nguyễn Thị Liên');
const mA = makeMeeting({ id: 'mA', date: '2017-02-02', title: 'Họp mặt đầu xuân Đinh Dậu' });
const mB = makeMeeting({ id: 'mB', date: '2018-03-01', title: 'Giao ban khối dân vận quý I/2018' });
const mT = makeMeeting({ id: 'mT', date: '2018-05-01', state: 'trashed', trashedAt: 1 });

const directives: Directive[] = [
  makeDirective({ id: 'r1', meetingId: 'mA', order: 1, text: 'Phát động phong trào thi đua yêu nước năm 2017', leadUnitId: dv.id, leaderPersonId: gap.id, deadline: { kind: 'year', year: 2017 }, status: 'done', completedOn: '2017-12-20' }),
  makeDirective({ id: 'r2', meetingId: 'mA', order: 2, text: 'Đổi mới hình thức tuyên truyền', leadUnitId: mt.id, supportUnitIds: [pn.id], leaderPersonId: gap.id, deadline: { kind: 'ongoing' }, status: 'in-progress' }),
  makeDirective({ id: 'r3', meetingId: 'mA', order: 3, text: 'Dạy nghề cho thanh niên', leadUnitId: doan.id, leaderPersonId: lien.id, deadline: onDate('2017-06-30') }),
  makeDirective({ id: 'r4', meetingId: 'mB', order: 1, text: 'Ánh sáng văn hóa về cơ sở', status: 'in-progress' }),
  makeDirective({ id: 'r5', meetingId: 'mB', order: 2, text: 'Anh hùng lực lượng vũ trang: tổ chức gặp mặt', leadUnitId: dv.id, leaderPersonId: lien.id, deadline: onDate('2018-04-15'), status: 'in-progress' }),
  makeDirective({ id: 'r6', meetingId: 'mB', order: 3, text: 'Bình xét thi đua khen thưởng cuối năm', leadUnitId: pn.id, supportUnitIds: [dv.id], leaderPersonId: gap.id, deadline: onDate('2018-12-31'), status: 'cancelled', cancelReason: 'Trùng' }),
  makeDirective({ id: 'r7', meetingId: 'mT', order: 1, text: 'Thi đua trong thùng rác' }),
];
const rows = buildRegisterRows(directives, [mA, mB, mT], [dv, mt, doan, pn], [gap, lien]);
const index = buildRegisterIndex(rows);
const ctx = categoryContext('2018-05-01', 7);
const find = (query: RegisterQuery) => idsAt(index, queryRegister(index, query, ctx));

describe('register rows', () => {
  it('leave out trashed meetings, resolve names and come newest meeting first, then by number', () => {
    expect(rows.map((r) => r.id)).toEqual(['r4', 'r5', 'r6', 'r1', 'r2', 'r3']);
    expect(rows[4]).toMatchObject({ meetingTitle: 'Họp mặt đầu xuân Đinh Dậu', number: 2, leadUnitName: 'Ủy ban MTTQ Việt Nam tỉnh', supportUnitNames: ['Hội Liên hiệp Phụ nữ tỉnh'], leaderName: 'Lê Văn Gặp', due: null });
    expect(rowCategory(rows[1]!, ctx)).toBe('overdue');
  });
});

describe('register search', () => {
  it('finds "thi đua" when typed without diacritics, in capitals or decomposed', () => {
    expect(find({ text: 'thi dua' })).toEqual(['r6', 'r1']);
    expect(find({ text: 'THI ĐUA' })).toEqual(['r6', 'r1']);
    expect(find({ text: 'thi đua'.normalize('NFD') })).toEqual(['r6', 'r1']);
    expect(find({ text: '2017 thi dua' })).toEqual(['r1']);
    expect(find({ text: '   ' })).toEqual(['r4', 'r5', 'r6', 'r1', 'r2', 'r3']);
  });

  it('searches meeting titles, unit names (lead and support), short names and leader names', () => {
    expect(find({ text: 'dinh dau' })).toEqual(['r1', 'r2', 'r3']);
    expect(find({ text: 'phu nu' })).toEqual(['r6', 'r2']);
    expect(find({ text: 'ubmttq' })).toEqual(['r2']);
    // "gap" is both the leader Lê Văn Gặp and the words "gặp mặt".
    expect(find({ text: 'gap' })).toEqual(['r5', 'r6', 'r1', 'r2']);
  });

  it('the naive search it is compared with misses text typed without diacritics', () => {
    expect(naiveSearch(rows, 'thi dua')).toEqual([]);
    expect(naiveSearch(rows, 'Thi đua')).toEqual(['r6', 'r1']);
  });
});

describe('register filters', () => {
  it('filter by category at the day, by status, by unit, by leader, by meeting and by period', () => {
    expect(find({ categories: ['overdue'] })).toEqual(['r5', 'r3']);
    expect(find({ categories: ['ongoing', 'cancelled'] })).toEqual(['r6', 'r2']);
    expect(find({ statuses: ['in-progress'] })).toEqual(['r4', 'r5', 'r2']);
    expect(find({ leadUnitId: dv.id })).toEqual(['r5', 'r1']);
    expect(find({ leadUnitId: null })).toEqual(['r4']);
    expect(find({ involvedUnitId: dv.id })).toEqual(['r5', 'r6', 'r1']);
    expect(find({ leaderPersonId: lien.id })).toEqual(['r5', 'r3']);
    expect(find({ meetingId: 'mA' })).toEqual(['r1', 'r2', 'r3']);
    expect(find({ period: { from: '2018-01-01', to: '2018-12-31', basis: 'meeting' } })).toEqual(['r4', 'r5', 'r6']);
    expect(find({ period: { from: '2017-01-01', to: '2017-12-31', basis: 'due' } })).toEqual(['r1', 'r3']);
    expect(find({ text: 'thi dua', statuses: ['done'] })).toEqual(['r1']);
    expect(find({ categories: [], statuses: [] })).toHaveLength(6);
  });

  it('computes categories for the day asked, also after another day was asked on the same index', () => {
    const june2017 = categoryContext('2017-06-01', 7);
    expect(idsAt(index, queryRegister(index, { categories: ['overdue'] }, ctx))).toEqual(['r5', 'r3']);
    expect(idsAt(index, queryRegister(index, { categories: ['overdue'] }, june2017))).toEqual([]);
    expect(idsAt(index, queryRegister(index, { categories: ['not-started'] }, june2017))).toEqual(['r3']);
    expect(idsAt(index, queryRegister(index, { categories: ['due-soon'] }, categoryContext('2017-06-01', 30)))).toEqual(['r3']);
    expect(idsAt(index, queryRegister(index, { categories: ['overdue'] }, ctx))).toEqual(['r5', 'r3']);
  });
});

describe('register sorting', () => {
  it('sorts text in Vietnamese order (a < á, d < đ) both ways', () => {
    expect(find({ sort: { key: 'text', direction: 'asc' } })).toEqual(['r5', 'r4', 'r6', 'r3', 'r2', 'r1']);
    expect(find({ sort: { key: 'text', direction: 'desc' } })).toEqual(['r1', 'r2', 'r3', 'r6', 'r4', 'r5']);
  });

  it('keeps the natural order among equal keys in both directions, and rows without a value last', () => {
    expect(find({ sort: { key: 'leadUnit', direction: 'asc' } })).toEqual(['r5', 'r1', 'r6', 'r3', 'r2', 'r4']);
    expect(find({ sort: { key: 'leadUnit', direction: 'desc' } })).toEqual(['r2', 'r3', 'r6', 'r5', 'r1', 'r4']);
    expect(find({ sort: { key: 'due', direction: 'asc' } })).toEqual(['r3', 'r1', 'r5', 'r6', 'r4', 'r2']);
    expect(find({ sort: { key: 'due', direction: 'desc' } })).toEqual(['r6', 'r5', 'r1', 'r3', 'r4', 'r2']);
    expect(find({ sort: { key: 'number', direction: 'asc' } })).toEqual(['r4', 'r1', 'r5', 'r2', 'r6', 'r3']);
    expect(find({ sort: { key: 'leader', direction: 'asc' } })).toEqual(['r6', 'r1', 'r2', 'r5', 'r3', 'r4']);
  });

  it('sorts by meeting, by status and by category (most urgent first)', () => {
    expect(find({ sort: { key: 'meeting', direction: 'asc' } })).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(find({ sort: { key: 'meeting', direction: 'desc' } })).toEqual(['r4', 'r5', 'r6', 'r1', 'r2', 'r3']);
    expect(find({ sort: { key: 'category', direction: 'asc' } })).toEqual(['r5', 'r3', 'r2', 'r4', 'r1', 'r6']);
    expect(find({ sort: { key: 'status', direction: 'asc' } })).toEqual(['r3', 'r4', 'r5', 'r2', 'r1', 'r6']);
    expect(find({ text: 'thi dua', sort: { key: 'text', direction: 'asc' } })).toEqual(['r6', 'r1']);
  });
});

describe('rebuilding the index after an edit', () => {
  it('finds the new text and no longer the old one', () => {
    const edited = rows.map((r): RegisterRow => (r.id === 'r3' ? { ...r, text: 'Đào tạo nghề cho lao động nông thôn' } : r));
    const next = buildRegisterIndex(edited, index);
    expect(idsAt(next, queryRegister(next, { text: 'dao tao' }, ctx))).toEqual(['r3']);
    expect(idsAt(next, queryRegister(next, { text: 'day nghe' }, ctx))).toEqual([]);
    expect(idsAt(next, queryRegister(next, { text: 'thi dua' }, ctx))).toEqual(['r6', 'r1']);
    expect(next.folded[0]).toBe(index.folded[0]);
  });

  it('takes over the words of unchanged rows from the word index it replaces, once that one was built', () => {
    const before = buildRegisterIndex(rows);
    expect(before.words).toBeNull();
    queryRegister(before, { text: 'thi' }, ctx);
    const edited = rows.map((r): RegisterRow => (r.id === 'r3' ? { ...r, text: 'Đào tạo nghề cho lao động nông thôn' } : r));
    const next = buildRegisterIndex(edited, before);
    expect(next.wordsReuse?.previous).toBe(before.words);
    expect(idsAt(next, queryRegister(next, { text: 'nong thon' }, ctx))).toEqual(['r3']);
    expect(idsAt(next, queryRegister(next, { text: 'thanh nien' }, ctx))).toEqual([]);
  });
});

describe('word index built in idle moments', () => {
  it('is built a slice at a time, and a search in between completes it with the same results', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...rows[i % 6]!, id: `x${i}` }));
    const sliced = buildRegisterIndex(many);
    const steps: boolean[] = [];
    for (let i = 0; i < 3; i += 1) steps.push(prepareSearchWords(sliced, () => true));
    expect(steps).toEqual([false, false, false]);
    expect(sliced.words).toBeNull();
    const fresh = buildRegisterIndex(many);
    expect(idsAt(sliced, queryRegister(sliced, { text: 'thi dua' }, ctx))).toEqual(idsAt(fresh, queryRegister(fresh, { text: 'thi dua' }, ctx)));
    expect(sliced.words).not.toBeNull();
    expect(prepareSearchWords(sliced, () => true)).toBe(true);
  });

  it('runs to the end when there is time', () => {
    const whole = buildRegisterIndex(rows);
    expect(prepareSearchWords(whole, () => false)).toBe(true);
    expect(whole.words?.letters.length).toBe(rows.length);
  });
});

describe('register queries agree with a plain search for any words', () => {
  const words = ['thi', 'đua', 'Đua', 'dân', 'vận', 'Ánh', 'anh', 'ủy', 'uỷ', 'Đoàn', 'doan', 'năm', 'nam', 'Ă', 'â'];
  const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

  it('finds exactly the rows a full fold-and-match finds, sorted in Vietnamese order with ties in natural order', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 25 }), text, fc.constantFrom('asc' as const, 'desc' as const), (texts, query, direction) => {
        const ds = texts.map((t, i) => makeDirective({ id: `x${i}`, meetingId: 'mA', order: i + 1, text: t }));
        const rs = buildRegisterRows(ds, [mA], [], []);
        const idx = buildRegisterIndex(rs);
        const got = idsAt(idx, queryRegister(idx, { text: query, sort: { key: 'text', direction } }, ctx));
        const sign = direction === 'asc' ? 1 : -1;
        const expected = rs
          .map((r, position) => ({ r, position }))
          .filter(({ r }) => matchesQuery(`${r.text} ${r.meetingTitle}`, query))
          .sort((a, b) => sign * compareVietnamese(a.r.text, b.r.text) || a.position - b.position)
          .map(({ r }) => r.id);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sorting people', () => {
  it('orders leaders by given name first, as staff lists do', () => {
    const an = makePerson('Trần Văn An');
    const binh = makePerson('Nguyễn Văn Bình');
    const ds = [
      makeDirective({ id: 'b', meetingId: 'mA', order: 1, leaderPersonId: binh.id }),
      makeDirective({ id: 'a', meetingId: 'mA', order: 2, leaderPersonId: an.id }),
    ];
    const idx = buildRegisterIndex(buildRegisterRows(ds, [mA], [], [an, binh]));
    expect(idsAt(idx, queryRegister(idx, { sort: { key: 'leader', direction: 'asc' } }, ctx))).toEqual(['a', 'b']);
  });
});

describe('typing letter by letter', () => {
  it('gives the same rows as a fresh search at every keystroke, whatever is typed or filtered in between', () => {
    const keystrokes = fc.array(
      fc.record({
        text: fc.constantFrom('t', 'th', 'thi', 'thi d', 'thi du', 'thi dua', 'thi dua nam', 'dua', 'a', 'an', 'anh', 'gap', 'g', ''),
        status: fc.constantFrom(undefined, ['in-progress' as const], ['done' as const, 'cancelled' as const]),
        lead: fc.constantFrom(undefined, null, dv.id),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(keystrokes, (steps) => {
        const live = buildRegisterIndex(rows);
        for (const step of steps) {
          const query: RegisterQuery = { text: step.text, statuses: step.status, leadUnitId: step.lead };
          const fresh = buildRegisterIndex(rows);
          expect(idsAt(live, queryRegister(live, query, ctx))).toEqual(idsAt(fresh, queryRegister(fresh, query, ctx)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('narrows from the previous hits: "thi" (also Nguyễn Thị Liên) then "thi dua"', () => {
    const live = buildRegisterIndex(rows);
    expect(idsAt(live, queryRegister(live, { text: 'thi' }, ctx))).toEqual(['r5', 'r6', 'r1', 'r3']);
    expect(live.memo?.terms).toEqual(['thi']);
    expect(idsAt(live, queryRegister(live, { text: 'thi dua' }, ctx))).toEqual(['r6', 'r1']);
    expect(idsAt(live, queryRegister(live, { text: 'thi dua', leadUnitId: null }, ctx))).toEqual([]);
    expect(idsAt(live, queryRegister(live, { text: 'dua' }, ctx))).toEqual(['r6', 'r1']);
  });
});
