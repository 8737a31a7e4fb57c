import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { addAttendance } from '../../../renderer/db/writes/attendances.js';
import { createPerson, createUnit } from '../../../renderer/db/writes/directory.js';
import { createMeeting } from '../../../renderer/db/writes/meetings.js';
import { AttendeesSection } from '../../../renderer/features/attendees/attendees-section.js';
import { attendanceInput, meetingInput } from '../../fixtures/records.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';

let meetingId = '';

async function seed(names: string[], role: 'member' | 'guest' = 'member'): Promise<void> {
  for (const fullName of names) {
    const person = await createPerson(db, { fullName, title: `Chức vụ của ${fullName}`, unitId: null });
    await addAttendance(db, meetingId, attendanceInput({ personId: person.id, role, title: person.title }));
  }
}

/** Names shown in one list (members or guests), top to bottom, with their numbers. */
function shownRows(list: 'Thành viên dự họp' | 'Khách mời'): string[] {
  const region = screen.getByRole('list', { name: list });
  return within(region)
    .getAllByTestId('attendee-row')
    .map((row) => `${within(row).getByTestId('attendee-number').textContent} ${within(row).getByTestId('attendee-name').textContent}`);
}

/** Opens an antd Select and picks the option with this text. */
async function chooseOption(combobox: HTMLElement, text: string): Promise<void> {
  fireEvent.mouseDown(combobox);
  fireEvent.click(await screen.findByTitle(text));
}

async function storedOrder(): Promise<string[]> {
  const rows = await db.attendances.where('meetingId').equals(meetingId).sortBy('order');
  const people = await db.people.bulkGet(rows.map((r) => r.personId));
  return rows.map((r, i) => `${r.order}. ${people[i]?.fullName} (${r.role})`);
}

beforeEach(async () => {
  await clearDatabase();
  meetingId = (await createMeeting(db, meetingInput())).id;
});

describe('attendee list of a meeting', { timeout: 60_000 }, () => {
  it('Alt+↑ on a focused row and the "Lên trên"/"Xuống dưới" buttons change the rank numbers', async () => {
    await seed(['An', 'Bình', 'Cường']);
    renderInApp(<AttendeesSection meetingId={meetingId} />);
    await waitFor(() => expect(shownRows('Thành viên dự họp')).toEqual(['1. An', '2. Bình', '3. Cường']));

    const third = screen.getByRole('listitem', { name: '3. Cường' });
    third.focus();
    fireEvent.keyDown(third, { key: 'ArrowUp', altKey: true });
    // The new order shows at once, before the database answers.
    expect(shownRows('Thành viên dự họp')).toEqual(['1. An', '2. Cường', '3. Bình']);
    await waitFor(async () => expect(await storedOrder()).toEqual(['1. An (member)', '2. Cường (member)', '3. Bình (member)']));

    const first = screen.getByRole('listitem', { name: '1. An' });
    fireEvent.click(within(first).getByRole('button', { name: 'Xuống dưới' }));
    await waitFor(async () => expect(await storedOrder()).toEqual(['1. Cường (member)', '2. An (member)', '3. Bình (member)']));
    await waitFor(() => expect(shownRows('Thành viên dự họp')).toEqual(['1. Cường', '2. An', '3. Bình']));
    expect(within(screen.getByRole('listitem', { name: '1. Cường' })).getByRole('button', { name: 'Lên trên' })).toHaveProperty('disabled', true);
  });

  it('guests have their own list and numbering; members are reordered among themselves around a guest', async () => {
    await seed(['An']);
    await seed(['Khách Một'], 'guest');
    await seed(['Bình', 'Chi']);
    renderInApp(<AttendeesSection meetingId={meetingId} />);
    await waitFor(() => expect(shownRows('Khách mời')).toEqual(['1. Khách Một']));
    expect(shownRows('Thành viên dự họp')).toEqual(['1. An', '2. Bình', '3. Chi']);

    fireEvent.keyDown(screen.getByRole('listitem', { name: '1. An' }), { key: 'ArrowDown', altKey: true });
    await waitFor(async () =>
      expect((await storedOrder()).filter((r) => r.endsWith('(member)')).map((r) => r.slice(3))).toEqual(['Bình (member)', 'An (member)', 'Chi (member)']),
    );
    await waitFor(() => expect(shownRows('Thành viên dự họp')).toEqual(['1. Bình', '2. An', '3. Chi']));
    expect(shownRows('Khách mời')).toEqual(['1. Khách Một']);
  });

  it('marks an attendee absent with a reason', async () => {
    await seed(['An']);
    renderInApp(<AttendeesSection meetingId={meetingId} />);
    const toggle = await screen.findByRole('switch', { name: 'Có mặt: An' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    const reason = await screen.findByRole('textbox', { name: 'Lý do vắng của An' });
    await userEvent.type(reason, 'đi công tác');
    fireEvent.blur(reason);
    await waitFor(async () => {
      const [row] = await db.attendances.where('meetingId').equals(meetingId).toArray();
      expect(row).toMatchObject({ presence: 'absent', absenceReason: 'đi công tác' });
    });
    expect(screen.getByRole('switch', { name: 'Có mặt: An' }).getAttribute('aria-checked')).toBe('false');
  });

  it('removes an attendee and puts them back at their rank with "Hoàn tác"', async () => {
    await seed(['An', 'Bình', 'Cường']);
    renderInApp(<AttendeesSection meetingId={meetingId} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa Bình khỏi cuộc họp' }));
    await waitFor(() => expect(shownRows('Thành viên dự họp')).toEqual(['1. An', '2. Cường']));
    await screen.findByText(/Đã xóa Bình khỏi danh sách dự họp/);
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(shownRows('Thành viên dự họp')).toEqual(['1. An', '2. Bình', '3. Cường']));
  });

  it('keeps the title as entered for this meeting when edited in the row', async () => {
    await seed(['An']);
    renderInApp(<AttendeesSection meetingId={meetingId} />);
    const title = await screen.findByRole('textbox', { name: 'Chức vụ của An tại cuộc họp' });
    expect(title).toHaveProperty('value', 'Chức vụ của An');
    await userEvent.clear(title);
    await userEvent.type(title, 'Phó Chủ tịch{Enter}');
    await waitFor(async () => expect((await db.attendances.toArray())[0]?.title).toBe('Phó Chủ tịch'));
    const [person] = await db.people.toArray();
    expect(person?.title).toBe('Chức vụ của An');
  });

  it('adds a new person on the spot, and does not offer someone already in the meeting', async () => {
    const unit = await createUnit(db, { name: 'Hội Nông dân tỉnh', shortName: '' });
    await seed(['Đoàn Văn Đảnh']);
    renderInApp(<AttendeesSection meetingId={meetingId} />);
    await screen.findByRole('listitem', { name: '1. Đoàn Văn Đảnh' });

    const picker = screen.getByRole('combobox', { name: 'Thêm người dự họp' });
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: 'doan van' } });
    // Only the "add a new person" entry is offered: Đoàn Văn Đảnh is already in the meeting.
    await waitFor(() => expect([...document.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent)).toEqual(['Thêm người mới: “doan van”']));

    fireEvent.change(picker, { target: { value: 'Phạm Thị Thanh Thảo' } });
    fireEvent.click(await screen.findByTitle('Thêm người mới: “Phạm Thị Thanh Thảo”'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Họ và tên')).toHaveProperty('value', 'Phạm Thị Thanh Thảo');
    fireEvent.change(within(dialog).getByLabelText('Chức vụ'), { target: { value: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh' } });
    await chooseOption(within(dialog).getByLabelText('Đơn vị'), 'Hội Nông dân tỉnh');
    await waitFor(() => within(dialog).getByTitle('Hội Nông dân tỉnh'));
    fireEvent.click(within(dialog).getByRole('button', { name: /Thêm/ }));
    await waitFor(() => expect(shownRows('Thành viên dự họp')).toEqual(['1. Đoàn Văn Đảnh', '2. Phạm Thị Thanh Thảo']));
    expect(screen.getByRole('textbox', { name: 'Chức vụ của Phạm Thị Thanh Thảo tại cuộc họp' })).toHaveProperty('value', 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh');
    const stored = (await db.attendances.toArray()).find((a) => a.title.startsWith('Chủ tịch'));
    expect(stored?.unitId).toBe(unit.id);
    expect((await db.people.get(stored?.personId ?? ''))?.unitId).toBe(unit.id);
  });
});
