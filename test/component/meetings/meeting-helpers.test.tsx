import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingWithTexts } from '../../../src/domain/types.js';
import { normalizeClockText } from '../../../renderer/features/meetings/clock-text.js';
import { draftToRecover, dropDraft, keepDraft, readDraft } from '../../../renderer/features/meetings/draft-storage.js';
import { checkDraft, draftFromMeeting, sameDraft } from '../../../renderer/features/meetings/meeting-draft.js';
import { filterMeetingRows, toMeetingRows } from '../../../renderer/features/meetings/meeting-rows.js';
import { meetingWithTexts } from '../../fixtures/records.js';

// A stored meeting joined with its texts, as the editor reads it; also a plain Meeting for the list rows.
const meeting = (patch: Partial<MeetingWithTexts> = {}): MeetingWithTexts =>
  meetingWithTexts({ id: 'm1', startTime: '14:00', endTime: '16:30', place: '', createdAt: 1, updatedAt: 1000, ...patch });

describe('times as secretaries type them', () => {
  it('reads 14:00, 14h, 14h30, 14 giờ 30, 14g, 14.30, 1430, 9:05 as HH:mm', () => {
    const cases: Array<[string, string]> = [
      ['14:00', '14:00'],
      ['14h', '14:00'],
      ['14h30', '14:30'],
      ['14 giờ 30', '14:30'],
      ['14 giờ', '14:00'],
      ['14g', '14:00'],
      ['14.30', '14:30'],
      ['1430', '14:30'],
      ['9:05', '09:05'],
      [' 8 ', '08:00'],
      ['', ''],
    ];
    for (const [typed, expected] of cases) expect(normalizeClockText(typed), typed).toBe(expected);
  });

  it('leaves what is not a time as typed, for the schema to refuse with its message', () => {
    expect(normalizeClockText('chiều')).toBe('chiều');
    expect(normalizeClockText('14:5')).toBe('14:5');
    expect(normalizeClockText('25h')).toBe('25:00');
    expect(checkDraft({ ...draftFromMeeting(meeting()), startTime: '25h' })).toMatchObject({
      ok: false,
      errors: { startTime: 'Giờ bắt đầu: hãy nhập giờ theo dạng giờ:phút, ví dụ 14:00.' },
    });
  });
});

describe('checking the draft', () => {
  it('accepts a valid draft and gives the cleaned value with normalised times', () => {
    const result = checkDraft({ ...draftFromMeeting(meeting()), startTime: '7h30', title: ` ${'Hội nghị'.normalize('NFD')} ` });
    expect(result).toMatchObject({ ok: true, value: { startTime: '07:30', title: 'Hội nghị' } });
  });

  it('gives one Vietnamese message per field, and "required" for an empty date', () => {
    const result = checkDraft({ ...draftFromMeeting(meeting()), title: '', date: '', startTime: '15:00', endTime: '14:00' });
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Tên cuộc họp không được để trống.',
        date: 'Ngày họp không được để trống.',
        endTime: 'Giờ kết thúc (14:00) phải sau giờ bắt đầu (15:00).',
      },
    });
  });
});

describe('the draft kept in localStorage', () => {
  beforeEach(() => localStorage.clear());

  it('is recovered only when changed after the stored meeting was last written', () => {
    const draft = { ...draftFromMeeting(meeting()), place: 'Hội trường' };
    keepDraft('m1', draft, 2000);
    expect(draftToRecover('m1', 1000)).toEqual(draft);
    expect(readDraft('m1')).not.toBeNull();
    expect(draftToRecover('m1', 2000)).toBeNull();
    // An outdated draft is discarded, not kept around.
    expect(readDraft('m1')).toBeNull();
  });

  it('ignores damaged or foreign data under the key', () => {
    localStorage.setItem('so-tay-ket-luan/meeting-draft/m1', '{not json');
    expect(readDraft('m1')).toBeNull();
    localStorage.setItem('so-tay-ket-luan/meeting-draft/m1', JSON.stringify({ version: 1, changedAt: 5, draft: { title: 1 } }));
    expect(readDraft('m1')).toBeNull();
    dropDraft('m1');
    expect(localStorage.getItem('so-tay-ket-luan/meeting-draft/m1')).toBeNull();
  });

  it('compares drafts field by field', () => {
    const a = draftFromMeeting(meeting());
    expect(sameDraft(a, { ...a })).toBe(true);
    expect(sameDraft(a, { ...a, conclusion: 'x' })).toBe(false);
  });
});

describe('meeting list rows', () => {
  const meetings = [
    meeting({ id: 'a', date: '2017-02-02', startTime: '08:00', title: 'Hội nghị Ban Dân vận' }),
    meeting({ id: 'b', date: '2017-02-02', startTime: '14:00', title: 'Họp mặt, phát động thi đua năm 2017' }),
    meeting({ id: 'c', date: '2024-12-31', startTime: '', title: 'Tổng kết Đảng ủy' }),
    meeting({ id: 'd', date: '2016-05-01', startTime: '', title: 'Họp chi bộ' }),
  ];

  it('are newest first: by date, then start time', () => {
    expect(toMeetingRows(meetings).map((r) => r.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('filter by title without diacritics: "thi dua", "dan van", "dang uy"', () => {
    const rows = toMeetingRows(meetings);
    expect(filterMeetingRows(rows, 'thi dua').map((r) => r.id)).toEqual(['b']);
    expect(filterMeetingRows(rows, 'DAN VAN').map((r) => r.id)).toEqual(['a']);
    expect(filterMeetingRows(rows, 'dang uy').map((r) => r.id)).toEqual(['c']);
    expect(filterMeetingRows(rows, 'hop').map((r) => r.id)).toEqual(['b', 'd']);
    expect(filterMeetingRows(rows, '  ')).toBe(rows);
  });
});
