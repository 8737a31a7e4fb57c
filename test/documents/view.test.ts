import { describe, expect, it } from 'vitest';
import { buildMeetingView } from '../../src/documents/meeting-view.js';
import { missingForMeetingDocument, missingForReport } from '../../src/documents/missing.js';
import { reportOutline } from '../../src/documents/report-outline.js';
import { buildReportView, countBuckets, summaryBucket } from '../../src/documents/report-view.js';
import { BT, BT_DIRECTIVE_TEXTS, BT_PEOPLE, benTreInput, huyenUyInput } from './fixtures/samples.js';
import { attendance, byId, directive, meetingWithTexts, person, unit } from './fixtures/records.js';
import { largeReportInput, sampleReportInput } from './fixtures/report.js';

describe('meeting view', () => {
  it('keeps the rank order of attendees and numbers directives by position, as text', () => {
    const input = benTreInput();
    // Given out of order: the view sorts by the stored order.
    const view = buildMeetingView({ ...input, attendances: [...input.attendances].reverse(), directives: [...input.directives].reverse() }, 'minutes');
    expect(view.present.map((p) => p.name)).toEqual(['Lê Văn Gặp', 'Trần Dương Tuấn', 'Phạm Thị Thanh Thảo', 'Đoàn Văn Đảnh', 'Nguyễn Thị Hồng Nhung']);
    expect(view.directives.map((d) => d.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(view.directives.map((d) => d.text)).toEqual(BT_DIRECTIVE_TEXTS);
    expect(view.chair).toEqual({ name: 'Lê Văn Gặp', title: BT_PEOPLE.gap.title, unit: 'Ban Dân vận Tỉnh ủy' });
    expect(view.issuer.issuingBody).toEqual(['Ban Dân vận']);
    expect(view.issuer.symbol).toBe('BB-BDVTU');
  });

  it('shows the current name of a renamed unit, and the title a person had at the meeting', () => {
    const input = benTreInput();
    const units = new Map(input.units);
    units.set(BT.mttq.id, { ...BT.mttq, name: 'Ủy ban MTTQ Việt Nam tỉnh Bến Tre' });
    const people = new Map(input.people);
    people.set(BT_PEOPLE.tuan.id, { ...BT_PEOPLE.tuan, title: 'Nghỉ hưu' });
    const view = buildMeetingView({ ...input, units, people }, 'notice');
    expect(view.present[1]).toMatchObject({ name: 'Trần Dương Tuấn', title: BT_PEOPLE.tuan.title, unit: 'Ủy ban MTTQ Việt Nam tỉnh Bến Tre' });
    expect(view.directives[4]?.leadUnit).toBe('Ủy ban MTTQ Việt Nam tỉnh Bến Tre');
    expect(view.directives[4]?.supportUnits).toEqual(['Hội Liên hiệp Phụ nữ tỉnh', 'Hội Nông dân tỉnh', 'Tỉnh đoàn']);
    expect(view.directives[4]?.deadline).toBe('Năm 2017');
  });

  it('keeps guests apart and absent people with their reasons', () => {
    const m = meetingWithTexts('m1', { title: 'Giao ban', date: '2024-03-04' });
    const a = person('a', 'Người A', 'Chánh Văn phòng');
    const b = person('b', 'Người B', 'Phó Chánh Văn phòng');
    const g = person('g', 'Khách G', 'Phóng viên');
    const view = buildMeetingView(
      {
        meeting: m,
        attendances: [
          attendance('m1', 1, a),
          attendance('m1', 2, b, { presence: 'absent', absenceReason: 'đi công tác' }),
          attendance('m1', 3, g, { role: 'guest' }),
          // A person deleted from the directory is left out rather than printed as an empty line.
          attendance('m1', 4, person('gone', 'X', '')),
        ],
        directives: [],
        units: new Map(),
        people: byId([a, b, g]),
        settings: undefined,
        issuedOn: '2024-03-05',
      },
      'minutes',
    );
    expect(view.present.map((p) => p.name)).toEqual(['Người A']);
    expect(view.absent).toEqual([{ name: 'Người B', title: 'Phó Chánh Văn phòng', unit: '', absenceReason: 'đi công tác' }]);
    expect(view.guests.map((p) => p.name)).toEqual(['Khách G']);
  });

  it('cleans control characters and keeps content paragraphs', () => {
    const m = meetingWithTexts('m1', { title: 'Họp\u0001 tổ\u000B', date: '2024-03-04', content: 'Đoạn một\u0001.\n\n  Đoạn hai\uFFFE.\r\nĐoạn ba.' });
    const p = person('p', 'Lê\u0001 Văn\u000B Ba\uFFFE', 'Tổ\u0007 trưởng');
    const view = buildMeetingView(
      { meeting: { ...m, chairPersonId: 'p' }, attendances: [attendance('m1', 1, p)], directives: [directive('m1', 1, 'Việc\u0001 một')], units: new Map(), people: byId([p]), settings: undefined, issuedOn: '2024-03-04' },
      'minutes',
    );
    expect(view.meeting.title).toBe('Họp tổ');
    expect(view.meeting.content).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    expect(view.chair?.name).toBe('Lê Văn Ba');
    expect(view.present[0]?.title).toBe('Tổ trưởng');
    expect(view.directives[0]?.text).toBe('Việc một');
  });

  it('falls back to the issuing unit name when the settings name no body', () => {
    const input = benTreInput();
    const view = buildMeetingView({ ...input, settings: undefined }, 'notice');
    expect(view.issuer.issuingBody).toEqual(['Ban Dân vận Tỉnh ủy']);
    expect(view.issuer.profile).toBe('state');
    expect(view.issuer.recipients).toEqual([]);
  });
});

describe('missing parts', () => {
  it('says nothing is missing for a complete notice, and what is missing otherwise', () => {
    expect(missingForMeetingDocument(buildMeetingView(huyenUyInput(), 'notice'), 'notice')).toEqual(['Chưa có địa danh ghi ở dòng ngày tháng (ví dụ Bến Tre).']);
    const bare = buildMeetingView({ ...benTreInput(), settings: undefined, meeting: { ...benTreInput().meeting, issuingUnitId: null } }, 'notice');
    const missing = missingForMeetingDocument(bare, 'notice');
    expect(missing).toEqual([
      'Chưa có tên cơ quan ban hành (vào Cài đặt văn bản hoặc chọn cơ quan ban hành cho cuộc họp).',
      'Chưa có ký hiệu văn bản cho thông báo kết luận (ví dụ TB-VP).',
      'Chưa có địa danh ghi ở dòng ngày tháng (ví dụ Bến Tre).',
      'Chưa có chức vụ của người ký.',
      'Chưa có họ tên người ký.',
      'Chưa có danh sách nơi nhận.',
    ]);
  });

  it('lists the minutes fields that are empty', () => {
    const m = meetingWithTexts('m1', { title: 'Giao ban', date: '2024-03-04' });
    const absent = person('b', 'Người B', '');
    const view = buildMeetingView(
      { meeting: m, attendances: [attendance('m1', 1, absent, { presence: 'absent' })], directives: [], units: new Map(), people: byId([absent]), settings: { profile: 'party' }, issuedOn: '2024-03-04' },
      'minutes',
    );
    const missing = missingForMeetingDocument(view, 'minutes');
    expect(missing).toContain('Chưa có ký hiệu văn bản cho biên bản (ví dụ BB/TU).');
    for (const text of ['Chưa có địa điểm cuộc họp.', 'Chưa chọn người chủ trì.', 'Chưa có người dự họp.', 'Chưa có giờ bắt đầu cuộc họp.', 'Chưa có giờ kết thúc cuộc họp.', 'Chưa chọn thư ký (người ghi biên bản).', 'Chưa ghi nội dung cuộc họp.', 'Có 1 người vắng mặt chưa ghi lý do.']) {
      expect(missing).toContain(text);
    }
    expect(missing).not.toContain('Chưa có họ tên người ký.');
  });
});

describe('report view', () => {
  it('groups by lead unit in Vietnamese order, no lead unit last, and counts each column', () => {
    const view = buildReportView(sampleReportInput());
    expect(view.groups.map((g) => g.unit)).toEqual(['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Ủy ban MTTQ Việt Nam huyện', '']);
    expect(view.total).toEqual({ onTime: 1, late: 1, within: 4, overdue: 1, other: 4, total: 11 });
    const sum = view.groups.reduce((acc, g) => acc + g.counts.total, 0);
    expect(sum).toBe(11);
    expect(view.groups[1]?.rows.map((r) => r.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(missingForReport(view)).toEqual([]);
  });

  it('counts each directive in its Government Office column, paused ones only when they have a due day', () => {
    const day = { kind: 'date', date: '2024-06-30' } as const;
    const none = { kind: 'none' } as const;
    expect(summaryBucket('done-on-time', none)).toBe('onTime');
    expect(summaryBucket('done-late', day)).toBe('late');
    expect(summaryBucket('in-progress', day)).toBe('within');
    expect(summaryBucket('due-soon', day)).toBe('within');
    expect(summaryBucket('overdue', day)).toBe('overdue');
    expect(summaryBucket('paused', day)).toBe('within');
    expect(summaryBucket('paused', none)).toBe('other');
    expect(summaryBucket('ongoing', { kind: 'ongoing' })).toBe('other');
    expect(summaryBucket('cancelled', day)).toBe('other');
    expect(countBuckets(['onTime', 'late', 'within', 'within', 'overdue', 'other'])).toEqual({ onTime: 1, late: 1, within: 2, overdue: 1, other: 1, total: 6 });
  });

  it('handles a large period and an empty one', () => {
    const big = buildReportView(largeReportInput(2000));
    expect(big.total.total).toBe(2000);
    expect(big.groups.reduce((acc, g) => acc + g.rows.length, 0)).toBe(2000);
    const empty = buildReportView({ ...sampleReportInput(), items: [] });
    expect(empty.groups).toEqual([]);
    expect(missingForReport(empty)).toContain('Không có nội dung kết luận nào trong khoảng thời gian đã chọn.');
  });

  it('resolves unit names by id at report time', () => {
    const input = sampleReportInput();
    const units = new Map(input.units);
    units.set('u-hmttq', unit('u-hmttq', 'Ủy ban MTTQ Việt Nam huyện (tên mới)'));
    const view = buildReportView({ ...input, units });
    expect(view.groups.map((g) => g.unit)).toContain('Ủy ban MTTQ Việt Nam huyện (tên mới)');
  });
});

describe('report outline of a large period', () => {
  it('writes counts the Vietnamese way (2.000) in the intro and the totals row', () => {
    const outline = reportOutline(buildReportView(largeReportInput(2000)));
    const intro = outline.blocks.find((b) => b.type === 'paragraph');
    expect(intro?.type === 'paragraph' && intro.runs[0]?.text).toContain('có 2.000 nội dung kết luận');
    const summary = outline.blocks.find((b) => b.type === 'table');
    expect(summary?.type === 'table' && summary.totalRow?.slice(0, 3)).toEqual(['', 'Tổng cộng', '2.000']);
  });
});
