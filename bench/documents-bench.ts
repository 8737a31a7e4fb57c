/**
 * Speed of the Word export: (a) minutes of a meeting with 100 attendees and 50 directives, (b) a follow-up
 * report over 2,000 directives, each built from records and packed to .docx bytes. Median of several runs after
 * one warm-up. Targets: minutes <= 300 ms, report <= 2 s.
 */
import { buildMinutesDocument, buildReportDocument } from '../src/documents/builders.js';
import { buildMeetingView, type MeetingDocumentInput } from '../src/documents/meeting-view.js';
import { packDocument } from '../src/documents/pack.js';
import { buildReportView } from '../src/documents/report-view.js';
import type { Measurement } from './report.js';
import { median } from './stats.js';
import { attendance, byId, directive, person } from '../test/documents/fixtures/records.js';
import { largeReportInput } from '../test/documents/fixtures/report.js';
import { benTreInput } from '../test/documents/fixtures/samples.js';


function bigMeeting(): MeetingDocumentInput {
  const base = benTreInput();
  const people = Array.from({ length: 100 }, (_, i) => person(`bp-${i}`, `Nguyễn Văn Đại Biểu ${i + 1}`, 'Ủy viên Ban Chấp hành, Phó Trưởng ban Dân vận', 'u-mttq'));
  const directives = Array.from({ length: 50 }, (_, i) =>
    directive(base.meeting.id, i + 1, `Giao nhiệm vụ số ${i + 1}: rà soát, tổng hợp kết quả thực hiện chỉ tiêu, báo cáo Ban Thường vụ trước kỳ họp tới; bảo đảm đúng tiến độ và chất lượng.`, {
      lead: 'u-mttq',
      support: ['u-hlhpn', 'u-hnd'],
      deadline: { kind: 'date', date: '2017-06-30' },
    }),
  );
  return {
    ...base,
    people: byId([...base.people.values(), ...people]),
    attendances: people.map((p, i) => attendance(base.meeting.id, i + 1, p, i % 10 === 9 ? { presence: 'absent', absenceReason: 'Đi công tác' } : {})),
    directives,
  };
}

async function medianMs(task: () => Promise<unknown>, runs: number): Promise<number> {
  await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 10) / 10;
}

/** Builds and packs the two heavy documents `runs` times each; returns the median times in milliseconds. */
export async function runDocumentsBench(runs = 7): Promise<Measurement[]> {
  const meetingInput = bigMeeting();
  const reportInput = largeReportInput(2000);
  const minutes = await medianMs(() => packDocument(buildMinutesDocument(buildMeetingView(meetingInput, 'minutes'))), runs);
  const report = await medianMs(() => packDocument(buildReportDocument(buildReportView(reportInput))), Math.max(3, Math.ceil(runs / 2)));
  return [
    { name: 'docx minutes, 100 attendees + 50 directives (build + pack)', value: minutes, unit: 'ms', target: { max: 300 } },
    { name: 'docx follow-up report, 2,000 directives (build + pack)', value: report, unit: 'ms', target: { max: 2000 } },
  ];
}
