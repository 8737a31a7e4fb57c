import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { changeDirectiveStatus } from '../../../renderer/db/writes/follow-ups.js';
import { trashMeeting } from '../../../renderer/db/writes/meetings.js';
import { CarryForwardSection } from '../../../renderer/features/carry-forward/carry-forward-section.js';
import { todayIso } from '../../../src/domain/dates.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { by, seedDirective, seedMeeting, seedPerson, seedUnit } from './seed.js';

let targetId = '';
let ids: Record<string, string> = {};
let leadUnit = '';
let chair = '';

beforeEach(async () => {
  await clearDatabase();
  const body = await seedUnit('Ban Thường vụ Tỉnh ủy');
  const otherBody = await seedUnit('Ủy ban nhân dân tỉnh');
  leadUnit = await seedUnit('Sở Nội vụ');
  chair = await seedPerson('Trần Văn Chủ Trì');
  const today = todayIso();

  const december = await seedMeeting('Hội nghị tháng 12', '2016-12-01', body);
  const january = await seedMeeting('Hội nghị tháng 1', '2017-01-10', body);
  const other = await seedMeeting('Họp Ủy ban tháng 1', '2017-01-20', otherBody);
  const trashed = await seedMeeting('Hội nghị đã xóa', '2017-01-15', body);
  targetId = await seedMeeting('Hội nghị tháng 2', '2017-02-02', body, chair);
  const later = await seedMeeting('Hội nghị tháng 3', '2017-03-01', body);

  const d0 = await seedDirective(december, { text: 'Tổng kết công tác năm 2016', deadline: by('2016-12-31') });
  const j1 = await seedDirective(january, { text: 'Kiện toàn tổ chức bộ máy', deadline: by('2017-03-31'), leadUnitId: leadUnit });
  const j2 = await seedDirective(january, { text: 'Việc đã xong', deadline: by('2017-01-31') });
  const j3 = await seedDirective(january, { text: 'Việc đã hủy' });
  const j4 = await seedDirective(january, { text: 'Rà soát quy hoạch cán bộ', deadline: { kind: 'ongoing' } });
  await changeDirectiveStatus(db, j2.id, { to: 'done', date: '2017-01-30' }, today);
  await changeDirectiveStatus(db, j3.id, { to: 'cancelled', date: '2017-01-30', cancelReason: 'Không còn phù hợp' }, today);
  await seedDirective(other, { text: 'Việc của cơ quan khác' });
  await seedDirective(trashed, { text: 'Việc của cuộc họp trong thùng rác' });
  await trashMeeting(db, trashed);
  await seedDirective(later, { text: 'Việc của cuộc họp sau' });
  await seedDirective(targetId, { text: 'Việc của chính cuộc họp này' });
  ids = { d0: d0.id, j1: j1.id, j4: j4.id };
});

function items(): string[] {
  return screen.queryAllByTestId('carry-item').map((li) => `${li.querySelector('[data-testid="carry-number"]')?.textContent} ${li.querySelector('[data-testid="carry-text"]')?.textContent}`);
}

describe('carry-forward of open directives', { timeout: 120_000 }, () => {
  it("lists the open directives of the body's earlier live meetings, oldest meeting first, by number, with their category", async () => {
    renderInApp(<CarryForwardSection meetingId={targetId} />);
    await waitFor(() => expect(items()).toEqual(['1. Tổng kết công tác năm 2016', '1. Kiện toàn tổ chức bộ máy', '4. Rà soát quy hoạch cán bộ']));
    expect(screen.getByTestId('carry-count').textContent).toBe('(3 việc)');
    expect(screen.getByText('Việc chưa xong từ các cuộc họp trước của Ban Thường vụ Tỉnh ủy', { exact: false })).toBeTruthy();
    const first = screen.getAllByTestId('carry-item')[0]!;
    expect(first.getAttribute('aria-label')).toBe('Kết luận số 1, Hội nghị tháng 12 (01/12/2016)');
    expect(first.querySelector('[data-category]')?.textContent).toBe('Quá hạn chưa hoàn thành');
    expect(screen.getAllByTestId('carry-item')[2]!.querySelector('[data-category]')?.textContent).toBe('Thường xuyên');
  });

  it('marks one done and carries another into this meeting, noting it on the old one', async () => {
    renderInApp(<CarryForwardSection meetingId={targetId} />);
    await waitFor(() => expect(items()).toHaveLength(3));

    fireEvent.click(within(screen.getAllByTestId('carry-item')[0]!).getByText('Đánh dấu hoàn thành'));
    await waitFor(() => expect(items()).toEqual(['1. Kiện toàn tổ chức bộ máy', '4. Rà soát quy hoạch cán bộ']));
    expect(await db.directives.get(ids.d0!)).toMatchObject({ status: 'done', completedOn: todayIso() });

    fireEvent.click(within(screen.getAllByTestId('carry-item')[0]!).getByText('Đưa vào cuộc họp này'));
    const dialog = (await screen.findByRole('dialog')) as HTMLElement;
    expect((within(dialog).getByLabelText('Nội dung chỉ đạo mới') as HTMLTextAreaElement).value).toBe('Tiếp tục thực hiện: Kiện toàn tổ chức bộ máy');
    // A deadline before this meeting is refused on the spot.
    const date = within(dialog).getByRole('textbox', { name: 'Ngày hết hạn' });
    fireEvent.change(date, { target: { value: '01/01/2017' } });
    fireEvent.blur(date);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đưa vào cuộc họp này' }));
    await within(dialog).findByText('Thời hạn (01/01/2017) không được trước ngày họp (02/02/2017).');
    expect(await db.directives.where('meetingId').equals(targetId).count()).toBe(1);

    fireEvent.change(date, { target: { value: '30/06/2017' } });
    fireEvent.blur(date);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đưa vào cuộc họp này' }));
    await waitFor(async () => expect(await db.directives.where('meetingId').equals(targetId).count()).toBe(2));

    const added = (await db.directives.where('meetingId').equals(targetId).sortBy('order'))[1]!;
    expect(added).toMatchObject({
      order: 2,
      text: 'Tiếp tục thực hiện: Kiện toàn tổ chức bộ máy',
      leadUnitId: leadUnit,
      leaderPersonId: chair,
      deadline: { kind: 'date', date: '2017-06-30' },
      status: 'not-started',
    });
    const notes = await db.followUps.where('directiveId').equals(ids.j1!).toArray();
    expect(notes.find((n) => n.kind === 'report')).toMatchObject({
      date: todayIso(),
      text: 'Đã đưa vào cuộc họp «Hội nghị tháng 2» ngày 02/02/2017 để tiếp tục thực hiện.',
    });
  });

  it('shows a one-line hint instead of the list for a meeting without an issuing body', async () => {
    const alone = await seedMeeting('Họp không có cơ quan ban hành', '2017-02-03', null);
    renderInApp(
      <>
        <CarryForwardSection meetingId={alone} />
        <CarryForwardSection meetingId={targetId} />
      </>,
    );
    // Once the section of the meeting with a body has read its data, the other has read its own too.
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(screen.getAllByTestId('carry-forward')).toHaveLength(1);
    const hints = screen.getAllByTestId('carry-forward-no-body');
    expect(hints.map((h) => h.textContent)).toEqual(['Chọn cơ quan ban hành để xem các kết luận chưa hoàn thành của các cuộc họp trước.']);
  });
});
