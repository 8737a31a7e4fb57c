import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { changeDirectiveStatus } from '../../../renderer/db/writes/follow-ups.js';
import { DirectiveFollowUpDrawer } from '../../../renderer/features/follow-up/directive-follow-up-drawer.js';
import { todayIso } from '../../../src/domain/dates.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { selectOption } from '../select-option.js';
import { by, seedDirective, seedMeeting, seedUnit } from './seed.js';

const MEETING_DATE = '2017-02-02';
let directiveId = '';

beforeEach(async () => {
  await clearDatabase();
  const unit = await seedUnit('Hội Liên hiệp Phụ nữ tỉnh');
  const meeting = await seedMeeting('Họp mặt đầu xuân Đinh Dậu', MEETING_DATE);
  directiveId = (await seedDirective(meeting, { text: 'Phát động phong trào thi đua', deadline: by('2017-06-30'), leadUnitId: unit })).id;
});

async function openDrawer(): Promise<HTMLElement> {
  renderInApp(<DirectiveFollowUpDrawer directiveId={directiveId} open onClose={() => {}} />);
  return screen.findByTestId('follow-up-drawer');
}

/** Types a dd/mm/yyyy date into a date field and leaves it (how DateInput takes typed dates). */
function typeDate(label: string, value: string): void {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.blur(input);
}

async function storedState() {
  const directive = await db.directives.get(directiveId);
  const history = await db.followUps.where('directiveId').equals(directiveId).toArray();
  return { status: directive?.status, completedOn: directive?.completedOn, history: history.length };
}

function alerts(drawer: HTMLElement): string[] {
  return [...drawer.querySelectorAll('.ant-alert')].map((a) => a.textContent ?? '');
}

/** Opens the status choice and returns the texts of its options. */
async function statusOptions(): Promise<string[]> {
  fireEvent.mouseDown(screen.getByLabelText('Trạng thái mới'));
  return waitFor(() => {
    const open = [...document.querySelectorAll('.ant-select-dropdown')].filter((d) => !d.className.includes('-hidden'));
    const texts = open.flatMap((d) => [...d.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent ?? ''));
    if (texts.length === 0) throw new Error('no open status options');
    return texts;
  });
}

describe('follow-up drawer', { timeout: 120_000 }, () => {
  it('shows the directive with its category as text and rejects a percent of 150 or -1 without storing anything', async () => {
    const drawer = await openDrawer();
    expect(within(drawer).getByTestId('follow-up-text').textContent).toBe('Phát động phong trào thi đua');
    // Due 30/06/2017, long past: overdue, said in words beside the colour.
    expect(within(drawer).getByTestId('follow-up-category').textContent).toBe('Quá hạn chưa hoàn thành');
    expect(await within(drawer).findByText('Hội Liên hiệp Phụ nữ tỉnh')).toBeTruthy();

    typeDate('Ngày báo cáo', '01/03/2017');
    fireEvent.change(screen.getByLabelText('Nội dung báo cáo'), { target: { value: 'Đã tổ chức phát động' } });
    fireEvent.change(screen.getByLabelText('Tỷ lệ hoàn thành (%)'), { target: { value: '150' } });
    fireEvent.click(within(drawer).getByText('Thêm báo cáo'));
    await waitFor(() => expect(alerts(drawer)).toEqual(['Tỷ lệ hoàn thành phải từ 0 đến 100%.']));
    expect(await storedState()).toEqual({ status: 'not-started', completedOn: null, history: 0 });

    fireEvent.change(screen.getByLabelText('Tỷ lệ hoàn thành (%)'), { target: { value: '-1' } });
    fireEvent.click(within(drawer).getByText('Thêm báo cáo'));
    await waitFor(() => expect(alerts(drawer)).toEqual(['Tỷ lệ hoàn thành phải từ 0 đến 100%.']));
    expect(await storedState()).toEqual({ status: 'not-started', completedOn: null, history: 0 });

    // The same report with a valid percent is stored (and starts the directive).
    fireEvent.change(screen.getByLabelText('Tỷ lệ hoàn thành (%)'), { target: { value: '40' } });
    fireEvent.click(within(drawer).getByText('Thêm báo cáo'));
    await waitFor(async () => expect(await storedState()).toEqual({ status: 'in-progress', completedOn: null, history: 2 }));
    await waitFor(() => expect(alerts(drawer)).toEqual([]));
  });

  it('refuses a completion date before the meeting, with the message, and changes nothing', async () => {
    const drawer = await openDrawer();
    await selectOption(screen.getByLabelText('Trạng thái mới'), 'Hoàn thành');
    typeDate('Ngày hoàn thành', '01/02/2017');
    fireEvent.click(within(drawer).getByText('Cập nhật trạng thái'));
    await waitFor(() => expect(alerts(drawer)).toEqual(['Ngày hoàn thành (01/02/2017) không được trước ngày họp (02/02/2017).']));
    expect(await storedState()).toEqual({ status: 'not-started', completedOn: null, history: 0 });
    expect(within(drawer).getByTestId('follow-up-status').textContent).toBe('Chưa thực hiện');
  });

  it('offers to correct the completion date of a done directive under its own label, starting from the stored date', async () => {
    const drawer = await openDrawer();
    await selectOption(screen.getByLabelText('Trạng thái mới'), 'Hoàn thành');
    typeDate('Ngày hoàn thành', '01/03/2017');
    fireEvent.click(within(drawer).getByText('Cập nhật trạng thái'));
    await waitFor(async () => expect(await storedState()).toEqual({ status: 'done', completedOn: '2017-03-01', history: 1 }));
    await waitFor(() => expect(within(drawer).getByTestId('follow-up-status').textContent).toBe('Hoàn thành'));

    expect(await statusOptions()).toEqual(['Đang thực hiện', 'Sửa ngày hoàn thành']);
    await selectOption(screen.getByLabelText('Trạng thái mới'), 'Sửa ngày hoàn thành');
    expect((screen.getByLabelText('Ngày hoàn thành') as HTMLInputElement).value).toBe('01/03/2017');
    typeDate('Ngày hoàn thành', '05/03/2017');
    fireEvent.click(within(drawer).getByText('Cập nhật trạng thái'));
    await waitFor(async () => expect(await storedState()).toEqual({ status: 'done', completedOn: '2017-03-05', history: 2 }));
  });

  it('offers to correct the reason of a cancelled directive under its own label, starting from the stored reason', async () => {
    await changeDirectiveStatus(db, directiveId, { to: 'cancelled', date: '2017-03-01', cancelReason: 'Không còn phù hợp' }, todayIso());
    await openDrawer();
    expect(await statusOptions()).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Sửa lý do hủy']);
    await selectOption(screen.getByLabelText('Trạng thái mới'), 'Sửa lý do hủy');
    expect((screen.getByLabelText('Lý do hủy') as HTMLInputElement).value).toBe('Không còn phù hợp');
  });

  it('lists a status change in the history with the reports, newest first', async () => {
    const drawer = await openDrawer();
    typeDate('Ngày báo cáo', '01/03/2017');
    fireEvent.change(screen.getByLabelText('Nội dung báo cáo'), { target: { value: 'Đã xây dựng kế hoạch' } });
    fireEvent.click(within(drawer).getByText('Thêm báo cáo'));
    await waitFor(() => expect(within(drawer).getAllByTestId('history-entry')).toHaveLength(2));

    await selectOption(screen.getByLabelText('Trạng thái mới'), 'Tạm dừng');
    typeDate('Ngày chuyển', '10/03/2017');
    fireEvent.click(within(drawer).getByText('Cập nhật trạng thái'));
    await waitFor(() => expect(within(drawer).getAllByTestId('history-entry')).toHaveLength(3));

    const entries = within(drawer)
      .getAllByTestId('history-entry')
      .map((li) => `${within(li).getByTestId('history-date').textContent} ${within(li).getByTestId('history-heading').textContent}`);
    expect(entries).toEqual([
      '10/03/2017 Chuyển trạng thái: Đang thực hiện → Tạm dừng',
      '01/03/2017 Chuyển trạng thái: Chưa thực hiện → Đang thực hiện',
      '01/03/2017 Báo cáo tiến độ',
    ]);
    expect(within(drawer).getByTestId('follow-up-status').textContent).toBe('Tạm dừng');
    // Status entries are the audit trail: only the report can be edited or deleted.
    expect(within(drawer).queryAllByLabelText(/^Xóa báo cáo ngày/)).toHaveLength(1);
  });

  it('deletes a report with undo', async () => {
    const drawer = await openDrawer();
    typeDate('Ngày báo cáo', '01/03/2017');
    fireEvent.change(screen.getByLabelText('Nội dung báo cáo'), { target: { value: 'Báo cáo sẽ xóa' } });
    fireEvent.click(within(drawer).getByText('Thêm báo cáo'));
    await waitFor(() => expect(within(drawer).getAllByTestId('history-entry')).toHaveLength(2));
    fireEvent.click(within(drawer).getByLabelText('Xóa báo cáo ngày 01/03/2017'));
    await waitFor(() => expect(within(drawer).getAllByTestId('history-entry')).toHaveLength(1));
    fireEvent.click(await screen.findByText('Hoàn tác'));
    await waitFor(() => expect(within(drawer).getAllByTestId('history-entry')).toHaveLength(2));
    expect(within(drawer).getAllByTestId('history-text').map((e) => e.textContent)).toContain('Báo cáo sẽ xóa');
    expect(await db.followUps.where('directiveId').equals(directiveId).count()).toBe(2);
  });
});
