import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildFollowUpData, readFollowUpRecords } from '../../../renderer/data/follow-up-data.js';
import { db } from '../../../renderer/db/instance.js';
import { changeDirectiveStatus } from '../../../renderer/db/writes/follow-ups.js';
import { useRegisterStore } from '../../../renderer/features/register/register-state.js';
import { REMINDERS_ENABLED_KEY } from '../../../renderer/features/reminders/reminder-settings.js';
import { ReminderScheduler } from '../../../renderer/features/reminders/reminder-scheduler.js';
import { runReminders } from '../../../renderer/features/reminders/run-reminders.js';
import { ReminderSettingsTab } from '../../../renderer/features/settings/reminder-settings-tab.js';
import { useAppStore } from '../../../renderer/state/store.js';
import { addDays, todayIso } from '../../../src/domain/dates.js';
import type { NotificationRequest } from '../../../src/ipc/contract.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { by, seedDirective, seedMeeting } from './seed.js';

const TODAY = '2024-06-25';
let meetingId = '';

function fakeBridge() {
  const shown: NotificationRequest[] = [];
  return { shown, bridge: { showNotification: async (request: NotificationRequest) => (shown.push(request), { shown: true }) } };
}

const lastRun = async () => (await db.settings.get('followup.remindersLastRun'))?.value;

beforeEach(async () => {
  await clearDatabase();
  meetingId = await seedMeeting('Giao ban tháng 5', '2024-05-02');
});

describe('daily reminders', { timeout: 120_000 }, () => {
  it('sends one notice about the single overdue directive, once a day', async () => {
    const late = await seedDirective(meetingId, { text: 'Báo cáo sơ kết 6 tháng', deadline: by('2024-06-20') });
    await seedDirective(meetingId, { text: 'Việc còn lâu mới đến hạn', deadline: by('2024-12-31') });
    const { shown, bridge } = fakeBridge();

    expect(await runReminders(db, bridge, TODAY)).not.toBeNull();
    expect(shown).toEqual([
      { title: 'Quá hạn 5 ngày: kết luận số 1, Giao ban tháng 5', body: 'Báo cáo sơ kết 6 tháng', tag: `so-tay-ket-luan:nhac-viec:${late.id}` },
    ]);
    expect(await lastRun()).toBe(TODAY);

    // Same day again (a timer, a reload): nothing more.
    expect(await runReminders(db, bridge, TODAY)).toBeNull();
    expect(shown).toHaveLength(1);
    // The next day, once more.
    await runReminders(db, bridge, '2024-06-26');
    expect(shown).toHaveLength(2);
  });

  it("uses the follow-up screens' live data when given, instead of reading the records again", async () => {
    const late = await seedDirective(meetingId, { text: 'Báo cáo sơ kết 6 tháng', deadline: by('2024-06-20') });
    const live = buildFollowUpData(await readFollowUpRecords(db), 1);
    // Changed in the database only: a run that read the records again would show the new text.
    await db.directives.update(late.id, { text: 'Văn bản đã sửa' });
    const { shown, bridge } = fakeBridge();
    await runReminders(db, bridge, TODAY, () => live);
    expect(shown.map((n) => n.body)).toEqual(['Báo cáo sơ kết 6 tháng']);
  });

  it('sends the summary when several are overdue or due soon; nothing when switched off', async () => {
    await seedDirective(meetingId, { text: 'Một', deadline: by('2024-06-20') });
    await seedDirective(meetingId, { text: 'Hai', deadline: by('2024-06-01') });
    await seedDirective(meetingId, { text: 'Ba', deadline: by('2024-06-30') });
    const done = await seedDirective(meetingId, { text: 'Bốn', deadline: by('2024-06-10') });
    await changeDirectiveStatus(db, done.id, { to: 'done', date: '2024-06-09' }, TODAY);

    await db.settings.put({ key: REMINDERS_ENABLED_KEY, value: false, updatedAt: 1 });
    const off = fakeBridge();
    expect(await runReminders(db, off.bridge, TODAY)).toBeNull();
    expect(off.shown).toEqual([]);
    expect(await lastRun()).toBeUndefined();

    await db.settings.put({ key: REMINDERS_ENABLED_KEY, value: true, updatedAt: 2 });
    const on = fakeBridge();
    await runReminders(db, on.bridge, TODAY);
    expect(on.shown).toEqual([
      { title: 'Nhắc việc theo dõi kết luận', body: '2 việc quá hạn, 1 việc sắp đến hạn (trong 7 ngày tới)', tag: 'so-tay-ket-luan:nhac-viec' },
    ]);
  });

  it('shows the in-app banner on start when desktop notifications are not allowed; a click opens the directive in its meeting', async () => {
    const today = todayIso();
    const meeting = await seedMeeting('Hội nghị gần đây', addDays(today, -30));
    const late = await seedDirective(meeting, { text: 'Hoàn thành báo cáo chuyên đề', deadline: by(addDays(today, -3)) });
    await db.settings.put({ key: 'followup.remindersLastRun', value: addDays(today, -1), updatedAt: 1 });
    useAppStore.getState().navigate({ name: 'meetings' });

    renderInApp(<ReminderScheduler />);
    const banner = await screen.findByTestId('reminder-banner');
    expect(banner.textContent).toContain('Quá hạn 3 ngày: kết luận số 1, Hội nghị gần đây');
    expect(banner.textContent).toContain('Hoàn thành báo cáo chuyên đề');
    fireEvent.click(within(banner).getByText('Xem'));
    await waitFor(() => expect(useAppStore.getState().route).toEqual({ name: 'meeting', id: meeting, directiveId: late.id }));
    expect(screen.queryByTestId('reminder-banner')).toBeNull();
  });

  it('a click on the summary opens the register filtered to overdue and due-soon directives', async () => {
    const today = todayIso();
    const meeting = await seedMeeting('Hội nghị gần đây', addDays(today, -30));
    await seedDirective(meeting, { text: 'Một', deadline: by(addDays(today, -3)) });
    await seedDirective(meeting, { text: 'Hai', deadline: by(addDays(today, 2)) });
    useRegisterStore.setState({ text: 'cũ', categories: [] });

    renderInApp(<ReminderScheduler />);
    const banner = await screen.findByTestId('reminder-banner');
    expect(banner.textContent).toContain('1 việc quá hạn, 1 việc sắp đến hạn (trong 7 ngày tới)');
    fireEvent.click(within(banner).getByText('Xem'));
    await waitFor(() => expect(useAppStore.getState().route).toEqual({ name: 'register' }));
    expect(useRegisterStore.getState()).toMatchObject({ text: '', categories: ['overdue', 'due-soon'] });
  });

  it('settings: the horizon is checked (0-365) before it is stored', async () => {
    renderInApp(<ReminderSettingsTab />);
    const days = await screen.findByLabelText('Số ngày báo trước «sắp đến hạn»');
    expect((days as HTMLInputElement).value).toBe('7');
    fireEvent.change(days, { target: { value: '400' } });
    fireEvent.click(screen.getByText('Lưu'));
    await screen.findByText('Số ngày báo trước phải là số nguyên từ 0 đến 365.');
    expect(await db.settings.get('followup.horizonDays')).toBeUndefined();

    fireEvent.change(days, { target: { value: '14' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Nhắc việc hằng ngày' }));
    fireEvent.click(screen.getByText('Lưu'));
    await waitFor(async () => expect((await db.settings.get('followup.horizonDays'))?.value).toBe(14));
    expect((await db.settings.get(REMINDERS_ENABLED_KEY))?.value).toBe(false);
  });
});
