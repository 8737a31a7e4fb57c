import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_TODAY, generateDataset, type Dataset } from '../../bench/dataset.js';
import { mulberry32 } from '../../bench/dataset-random.js';
import { isIsoDate } from '../../src/domain/dates.js';
import { DEADLINE_KINDS } from '../../src/domain/deadline.js';
import { attendanceInputSchema, directiveInputSchema, meetingInputSchema, personInputSchema, unitInputSchema } from '../../src/domain/schemas.js';
import { DIRECTIVE_STATUSES, MEETING_KINDS, type FollowUp } from '../../src/domain/types.js';
import { CATEGORIES, categorize, categoryContext } from '../../src/followup/categories.js';
import { historyNewestFirst } from '../../src/followup/history.js';
import { progressReportSchema } from '../../src/followup/schemas.js';
import { canTransition, checkProgressReport, deadlineBeforeMeeting } from '../../src/followup/status.js';

let full: Dataset;
beforeAll(() => {
  full = generateDataset();
}, 120_000);

const pick = <T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;

describe('benchmark dataset generator', () => {
  it('is deterministic: the same seed gives the same records, another seed other ones', () => {
    expect(generateDataset({ scale: 0.05 })).toEqual(generateDataset({ scale: 0.05 }));
    expect(generateDataset({ scale: 0.05, seed: 7 }).meetings[0]?.id).not.toBe(generateDataset({ scale: 0.05 }).meetings[0]?.id);
    const a = mulberry32(1);
    const b = mulberry32(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('has about the target sizes, and the scale option shrinks what hangs on meetings', () => {
    const reports = full.followUps.filter((f) => f.kind === 'report').length;
    expect(full.meetings).toHaveLength(2000);
    expect(full.meetingTexts).toHaveLength(2000);
    expect(full.attendances.length).toBeGreaterThan(36_000);
    expect(full.attendances.length).toBeLessThan(44_000);
    expect(full.directives.length).toBeGreaterThan(18_000);
    expect(full.directives.length).toBeLessThan(22_000);
    expect(reports).toBeGreaterThan(54_000);
    expect(reports).toBeLessThan(66_000);
    expect(full.units.length).toBeGreaterThan(130);
    expect(full.units.length).toBeLessThan(170);
    expect(full.people.length).toBeGreaterThan(540);
    expect(full.people.length).toBeLessThan(660);
    const small = generateDataset({ scale: 0.05 });
    expect(small.meetings).toHaveLength(100);
    expect(small.meetingTexts.map((t) => t.meetingId)).toEqual(small.meetings.map((m) => m.id));
    expect(small.directives.length).toBeGreaterThan(800);
    expect(small.directives.length).toBeLessThan(1200);
  });

  it('spans 2016 to today, with every meeting kind, deadline kind, status and follow-up category', () => {
    const dates = full.meetings.map((m) => m.date).sort();
    expect(dates[0]!.startsWith('2016-01')).toBe(true);
    expect(dates[dates.length - 1]! <= DATASET_TODAY).toBe(true);
    expect(dates[dates.length - 1]! >= '2025-11-01').toBe(true);
    expect(new Set(full.meetings.map((m) => m.kind))).toEqual(new Set(MEETING_KINDS));
    expect(new Set(full.directives.map((d) => d.deadline.kind))).toEqual(new Set(DEADLINE_KINDS));
    expect(new Set(full.directives.map((d) => d.status))).toEqual(new Set(DIRECTIVE_STATUSES));
    const ctx = categoryContext(full.today);
    const counts = new Map<string, number>();
    for (const d of full.directives) counts.set(categorize(d, ctx), (counts.get(categorize(d, ctx)) ?? 0) + 1);
    for (const c of CATEGORIES) expect(counts.get(c) ?? 0, c).toBeGreaterThanOrEqual(10);
  });

  it('gives records valid under the schemas, consistent with their meeting dates and today', () => {
    // Problems are collected and compared once: one expect per record would make this test slow.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const meetingDate = new Map(full.meetings.map((m) => [m.id, m.date]));
    const unitIds = new Set(full.units.map((u) => u.id));
    const personIds = new Set(full.people.map((p) => p.id));
    const ids = new Set<string>();
    const unique = (id: string) => {
      check(!ids.has(id), `duplicate id ${id}`);
      ids.add(id);
    };
    for (const u of full.units) {
      unique(u.id);
      check(same(unitInputSchema.parse(u), pick(u, ['name', 'shortName'])), `unit ${u.name}`);
    }
    for (const p of full.people) {
      unique(p.id);
      check(same(personInputSchema.parse(p), pick(p, ['fullName', 'title', 'unitId'])), `person ${p.fullName}`);
    }
    const meetingFields = ['title', 'kind', 'date', 'startTime', 'endTime', 'place', 'issuingUnitId', 'chairPersonId', 'secretaryPersonId', 'agenda', 'content', 'conclusion'] as const;
    const texts = new Map(full.meetingTexts.map((t) => [t.meetingId, t]));
    check(texts.size === full.meetingTexts.length && texts.size === full.meetings.length, 'one texts record per meeting');
    for (const m of full.meetings) {
      unique(m.id);
      // Stored as schema version 2 stores them: the meeting without its texts, the texts on their own.
      const t = texts.get(m.id);
      check(!('agenda' in m) && !('content' in m) && !('conclusion' in m), `texts left on meeting ${m.id}`);
      check(t !== undefined && Object.keys(t).sort().join() === 'agenda,conclusion,content,meetingId,updatedAt' && t.updatedAt === m.updatedAt, `texts of ${m.id}`);
      const joined = { ...m, ...t };
      check(same(meetingInputSchema.parse(joined), pick(joined, meetingFields)), `meeting ${m.title}`);
      check(unitIds.has(m.issuingUnitId!) && personIds.has(m.chairPersonId!) && personIds.has(m.secretaryPersonId!), `meeting references ${m.id}`);
    }
    for (const a of full.attendances) {
      unique(a.id);
      check(same(attendanceInputSchema.parse(a), pick(a, ['personId', 'role', 'presence', 'absenceReason', 'title', 'unitId'])), `attendance ${a.id}`);
      check(meetingDate.has(a.meetingId) && personIds.has(a.personId), `attendance references ${a.id}`);
    }
    for (const d of full.directives) {
      unique(d.id);
      check(same(directiveInputSchema.parse(d), pick(d, ['text', 'leaderPersonId', 'leadUnitId', 'supportUnitIds', 'deadline'])), `directive ${d.id}`);
      const held = meetingDate.get(d.meetingId)!;
      check(!deadlineBeforeMeeting(d.deadline, held), `deadline before meeting ${d.id}`);
      check(d.text.length >= 150 && d.text.length <= 600, `text length ${d.text.length}`);
      if (d.status === 'done') check(isIsoDate(d.completedOn!) && d.completedOn! >= held && d.completedOn! <= full.today, `completion ${d.id}`);
      else check(d.completedOn === null, `completedOn on ${d.status} ${d.id}`);
      check((d.cancelReason !== '') === (d.status === 'cancelled'), `cancel reason ${d.id}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('has progress reports and status changes dated between the meeting and today, ending in the stored status', () => {
    const problems: string[] = [];
    const directive = new Map(full.directives.map((d) => [d.id, d]));
    const meetingDate = new Map(full.meetings.map((m) => [m.id, m.date]));
    const history = new Map<string, FollowUp[]>();
    for (const f of full.followUps) {
      const d = directive.get(f.directiveId)!;
      const ctx = { meetingDate: meetingDate.get(d.meetingId)!, today: full.today };
      if (f.kind === 'report') {
        const report = progressReportSchema.safeParse(pick(f, ['date', 'text', 'reporter', 'percent']));
        if (!report.success || checkProgressReport(report.data, ctx).length > 0) problems.push(`report ${f.id}`);
      } else if (!canTransition(f.statusFrom!, f.statusTo!) || f.date < ctx.meetingDate || f.date > ctx.today) {
        problems.push(`status change ${f.id}`);
      }
      const list = history.get(f.directiveId) ?? [];
      list.push(f);
      history.set(f.directiveId, list);
    }
    for (const d of full.directives) {
      const latestStatus = historyNewestFirst(history.get(d.id) ?? []).find((f) => f.kind === 'status');
      if ((latestStatus?.statusTo ?? 'not-started') !== d.status) problems.push(`history of ${d.id} ends in ${latestStatus?.statusTo}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  }, 120_000);

  it('gives every meeting realistic texts: 3-8 agenda items, minutes of 3,000-20,000 characters, a conclusion of 500-3,000', () => {
    const problems: string[] = [];
    const presentNames = new Map<string, Set<string>>();
    const names = new Map(full.people.map((p) => [p.id, p.fullName]));
    for (const a of full.attendances) {
      if (a.presence !== 'present') continue;
      const set = presentNames.get(a.meetingId) ?? new Set<string>();
      set.add(names.get(a.personId)!);
      presentNames.set(a.meetingId, set);
    }
    let speeches = 0;
    const meetings = new Map(full.meetings.map((m) => [m.id, m]));
    for (const t of full.meetingTexts) {
      const m = { ...meetings.get(t.meetingId)!, ...t };
      const items = m.agenda.split('\n');
      if (items.length < 3 || items.length > 8 || !items.every((item, i) => item.startsWith(`${i + 1}. `) && item.length > 10)) problems.push(`agenda of ${m.id}`);
      if (m.content.length < 3000 || m.content.length > 20_000) problems.push(`content length ${m.content.length}`);
      if (m.conclusion.length < 500 || m.conclusion.length > 3000) problems.push(`conclusion length ${m.conclusion.length}`);
      const chair = names.get(m.chairPersonId!)!;
      if (!m.content.includes(`ồng chí ${chair}`) || !m.conclusion.includes(`ồng chí ${chair}`)) problems.push(`chair not named in ${m.id}`);
      if (!/\d+(\.\d{3})* (lượt người|hộ|triệu đồng|căn nhà)|\d+(,\d+)? tỷ đồng|\d+%/.test(m.content)) problems.push(`no figures in ${m.id}`);
      // Whoever speaks in the minutes attended the meeting.
      for (const line of m.content.split('\n')) {
        const speaker = /^(?:Tham gia ý kiến, )?[Đđ]ồng chí ([^,]+), .*? (?:phát biểu|cho ý kiến)/.exec(line);
        if (speaker === null) continue;
        speeches += 1;
        if (!presentNames.get(m.id)?.has(speaker[1]!)) problems.push(`speaker ${speaker[1]} did not attend ${m.id}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(speeches).toBeGreaterThan(full.meetings.length * 5);
    const lengths = full.meetingTexts.map((t) => t.content.length).sort((a, b) => a - b);
    const median = lengths[lengths.length >> 1]!;
    expect(median).toBeGreaterThan(9000);
    expect(median).toBeLessThan(14_000);
    expect(lengths[0]!).toBeLessThan(4000);
    expect(lengths[lengths.length - 1]!).toBeGreaterThan(19_000);
  });

  it('writes every text in NFC with real Vietnamese names and titles', () => {
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect([full.units, full.people, full.meetings, full.meetingTexts, full.attendances.slice(0, 2000), full.directives, full.followUps.slice(0, 5000)]);
    expect(strings.every((s) => s === s.normalize('NFC'))).toBe(true);
    expect(full.people.every((p) => p.fullName.split(' ').length >= 3)).toBe(true);
    const families = new Set(full.people.map((p) => p.fullName.split(' ')[0]));
    for (const name of ['Nguyễn', 'Trần', 'Lê', 'Phạm']) expect(families.has(name)).toBe(true);
    const titles = full.people.map((p) => p.title);
    for (const title of ['Bí thư Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh', 'Bí thư Tỉnh đoàn', 'Chủ tịch Hội Nông dân tỉnh']) expect(titles).toContain(title);
    expect(titles.some((t) => t.startsWith('Giám đốc Sở'))).toBe(true);
  });
});
