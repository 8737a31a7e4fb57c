import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchCommand } from '../../../renderer/app/commands.js';
import { flushAll } from '../../../renderer/app/flush.js';
import { db } from '../../../renderer/db/instance.js';
import { createMeeting, updateMeeting } from '../../../renderer/db/writes/meetings.js';
import { MeetingEditorPage } from '../../../renderer/features/meetings/meeting-editor-page.js';
import { useAppStore } from '../../../renderer/state/store.js';
import type { Meeting } from '../../../src/domain/types.js';
import { meetingInput } from '../../fixtures/records.js';
import { renderInApp } from '../render-in-app.js';

// The write is watched, not replaced: valid saves still reach the (fake) IndexedDB.
vi.mock('../../../renderer/db/writes/meetings.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/db/writes/meetings.js')>();
  return { ...actual, updateMeeting: vi.fn(actual.updateMeeting) };
});
// The sections below the form belong to their own tests.
vi.mock('../../../renderer/features/attendees/attendees-section.js', () => ({ AttendeesSection: () => null }));
vi.mock('../../../renderer/features/directives/directives-section.js', () => ({ DirectivesSection: () => null }));

// jsdom lays out antd slowly, more so on a busy machine; these tests wait on rendering, not on time.
vi.setConfig({ testTimeout: 60_000 });

let meeting: Meeting;
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  localStorage.clear();
  vi.mocked(updateMeeting).mockClear();
  useAppStore.setState({ saveStatus: { kind: 'idle' } });
  // The title and times are checked by the tests below.
  meeting = await createMeeting(db, meetingInput({ title: 'Họp mặt đầu xuân', startTime: '14:00', endTime: '16:30' }));
});
afterEach(() => vi.useRealTimers());

async function renderEditor(): Promise<ReturnType<typeof renderInApp>> {
  const rendered = renderInApp(<MeetingEditorPage meetingId={meeting.id} />);
  await screen.findByLabelText('Tên cuộc họp');
  return rendered;
}

/** Ctrl+S: saves at once what is pending (or reports that it cannot). */
async function pressSave(): Promise<void> {
  await act(async () => {
    dispatchCommand('save');
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe('meeting form', () => {
  it('labels every field with its Vietnamese name, in form order', async () => {
    await renderEditor();
    const labels = ['Tên cuộc họp', 'Loại cuộc họp', 'Ngày họp', 'Giờ bắt đầu', 'Giờ kết thúc', 'Địa điểm', 'Cơ quan ban hành', 'Người chủ trì', 'Thư ký', 'Chương trình', 'Nội dung', 'Kết luận'];
    const fields = labels.map((label) => screen.getByLabelText(label));
    const order = fields.map((field) => [...document.querySelectorAll('input, textarea')].indexOf(field as HTMLInputElement));
    expect(order.every((position, i) => i === 0 || position > (order[i - 1] ?? -1))).toBe(true);
    expect((screen.getByLabelText('Tên cuộc họp') as HTMLInputElement).value).toBe('Họp mặt đầu xuân');
  });

  it('opens with the agenda, minutes and conclusion kept apart in meetingTexts; a meeting without them opens empty', async () => {
    await db.meetingTexts.put({ meetingId: meeting.id, agenda: '1. Khai mạc.', content: 'Đồng chí Bí thư phát biểu.', conclusion: 'Thống nhất.', updatedAt: meeting.updatedAt });
    const { unmount } = await renderEditor();
    const value = (label: string) => (screen.getByLabelText(label, { exact: true }) as HTMLTextAreaElement).value;
    expect([value('Chương trình'), value('Nội dung'), value('Kết luận')]).toEqual(['1. Khai mạc.', 'Đồng chí Bí thư phát biểu.', 'Thống nhất.']);
    unmount();

    await db.meetingTexts.delete(meeting.id);
    await renderEditor();
    expect([value('Chương trình'), value('Nội dung'), value('Kết luận')]).toEqual(['', '', '']);
    // Opening is not an edit: even a forced save of pending edits writes nothing.
    await act(async () => {
      await flushAll();
    });
    expect(updateMeeting).not.toHaveBeenCalled();
  });

  it('an empty title shows the Vietnamese message and is not written; a valid title is', async () => {
    await renderEditor();
    fireEvent.change(screen.getByLabelText('Tên cuộc họp'), { target: { value: '   ' } });
    expect(await screen.findByText('Tên cuộc họp không được để trống.')).toBeTruthy();
    await pressSave();
    expect(updateMeeting).not.toHaveBeenCalled();
    expect(useAppStore.getState().saveStatus).toEqual({ kind: 'invalid' });
    expect((await db.meetings.get(meeting.id))?.title).toBe('Họp mặt đầu xuân');
    // The user's text stays in the field.
    expect((screen.getByLabelText('Tên cuộc họp') as HTMLInputElement).value).toBe('   ');

    fireEvent.change(screen.getByLabelText('Tên cuộc họp'), { target: { value: 'Họp mặt đầu xuân Đinh Dậu' } });
    expect(screen.queryByText('Tên cuộc họp không được để trống.')).toBeNull();
    await pressSave();
    expect(updateMeeting).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect((await db.meetings.get(meeting.id))?.title).toBe('Họp mặt đầu xuân Đinh Dậu'));
    expect(useAppStore.getState().saveStatus.kind).toBe('saved');
  });

  it('an end time before the start shows the message once the field is left, and is not written', async () => {
    await renderEditor();
    const end = screen.getByLabelText('Giờ kết thúc');
    fireEvent.focus(end);
    fireEvent.change(end, { target: { value: '13h' } });
    // While the time is being typed, no message yet.
    expect(screen.queryByText(/phải sau giờ bắt đầu/)).toBeNull();
    fireEvent.blur(end);
    expect(await screen.findByText('Giờ kết thúc (13:00) phải sau giờ bắt đầu (14:00).')).toBeTruthy();
    expect((end as HTMLInputElement).value).toBe('13:00');
    await pressSave();
    expect(updateMeeting).not.toHaveBeenCalled();
    expect((await db.meetings.get(meeting.id))?.endTime).toBe('16:30');
  });

  it('saves by itself after a pause in typing, and keeps a draft in localStorage until then', async () => {
    // Only the autosave timer's clock is faked: fake-indexeddb's own scheduling (setImmediate) must keep running
    // microtasks between its tasks, or a read transaction of the meeting and its texts ends between its reads.
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    await renderEditor();
    fireEvent.change(screen.getByLabelText('Địa điểm'), { target: { value: 'Phòng họp số 2' } });
    const key = `so-tay-ket-luan/meeting-draft/${meeting.id}`;
    expect(localStorage.getItem(key)).toContain('Phòng họp số 2');
    expect(useAppStore.getState().saveStatus).toEqual({ kind: 'pending' });
    expect(updateMeeting).not.toHaveBeenCalled();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(800);
    });
    await waitFor(() => expect(useAppStore.getState().saveStatus.kind).toBe('saved'));
    expect(updateMeeting).toHaveBeenCalledTimes(1);
    expect((await db.meetings.get(meeting.id))?.place).toBe('Phòng họp số 2');
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('registers its pending edits with the flush registry, so closing the window saves them at once', async () => {
    await renderEditor();
    // Stop the autosave timer's clock (the database's own scheduling is left alone).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(screen.getByLabelText('Nội dung'), { target: { value: 'Đồng chí Bí thư khai mạc.' } });
    expect(updateMeeting).not.toHaveBeenCalled();
    // The clock does not move: only the flush (what the desktop shell calls before closing) can write.
    await act(async () => {
      await flushAll();
    });
    expect(updateMeeting).toHaveBeenCalledTimes(1);
    expect((await db.meetingTexts.get(meeting.id))?.content).toBe('Đồng chí Bí thư khai mạc.');
    // Once saved, nothing is left to flush.
    await act(async () => {
      await flushAll();
    });
    expect(updateMeeting).toHaveBeenCalledTimes(1);
  });
});
