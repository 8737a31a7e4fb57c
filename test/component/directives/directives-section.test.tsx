import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/db/instance.js';
import { addDirective } from '../../../renderer/db/writes/directives.js';
import { createPerson } from '../../../renderer/db/writes/directory.js';
import { createMeeting } from '../../../renderer/db/writes/meetings.js';
import { DirectivesSection } from '../../../renderer/features/directives/directives-section.js';
import { directiveInput, followUpRecord, meetingInput } from '../../fixtures/records.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { selectOption } from '../select-option.js';

const MEETING_DATE = '2017-02-02';
let meetingId = '';
let chairId = '';

async function seed(texts: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const text of texts) ids.push((await addDirective(db, meetingId, directiveInput({ text }))).id);
  return ids;
}

/** "number. text" of each row on screen, top to bottom. */
function shown(): string[] {
  return screen
    .queryAllByTestId('directive-row')
    .map((row) => `${within(row).getByTestId('directive-number').textContent} ${within(row).getByTestId('directive-text').textContent}`);
}

async function stored(): Promise<string[]> {
  const rows = await db.directives.where('meetingId').equals(meetingId).sortBy('order');
  return rows.map((d) => `${d.order}. ${d.text}`);
}

/** The panel's Lưu button (found by text: role queries are slow on antd's large DOM in jsdom). */
function saveButton(panel: HTMLElement): HTMLElement {
  return within(panel).getByText('Lưu', { selector: 'button > span' });
}

function followUp(directiveId: string, text: string) {
  return followUpRecord({ id: crypto.randomUUID(), directiveId, text, percent: 20, createdAt: 1, updatedAt: 1 });
}

beforeEach(async () => {
  await clearDatabase();
  chairId = (await createPerson(db, { fullName: 'Lê Văn Gặp', title: 'Trưởng ban Dân vận Tỉnh ủy', unitId: null })).id;
  meetingId = (await createMeeting(db, meetingInput({ date: MEETING_DATE, chairPersonId: chairId }))).id;
});

describe('directives of a meeting', { timeout: 60_000 }, () => {
  it('Alt+↓ on a focused directive and the up button renumber at once', async () => {
    await seed(['Thi đua', 'Kiện toàn bộ máy', 'Đi cơ sở']);
    renderInApp(<DirectivesSection meetingId={meetingId} meetingDate={MEETING_DATE} />);
    await waitFor(() => expect(shown()).toEqual(['1. Thi đua', '2. Kiện toàn bộ máy', '3. Đi cơ sở']));

    const first = screen.getByRole('listitem', { name: 'Kết luận số 1' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(shown()).toEqual(['1. Kiện toàn bộ máy', '2. Thi đua', '3. Đi cơ sở']);
    // The moved directive keeps the keyboard focus, now as number 2.
    expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Kết luận số 2' }));
    await waitFor(async () => expect(await stored()).toEqual(['1. Kiện toàn bộ máy', '2. Thi đua', '3. Đi cơ sở']));

    fireEvent.click(within(screen.getByRole('listitem', { name: 'Kết luận số 3' })).getByRole('button', { name: 'Lên trên' }));
    await waitFor(async () => expect(await stored()).toEqual(['1. Kiện toàn bộ máy', '2. Đi cơ sở', '3. Thi đua']));
    await waitFor(() => expect(shown()).toEqual(['1. Kiện toàn bộ máy', '2. Đi cơ sở', '3. Thi đua']));
  });

  it('shows the follow-up category of each directive and opens its follow-up from the list', async () => {
    const [, second] = await seed(['Một', 'Hai']);
    await db.directives.update(second ?? '', { status: 'done', completedOn: '2017-03-01' });
    renderInApp(<DirectivesSection meetingId={meetingId} meetingDate={MEETING_DATE} />);
    const rows = await waitFor(() => {
      const found = screen.queryAllByTestId('directive-row');
      if (found.length !== 2) throw new Error('rows not shown yet');
      return found;
    });
    expect(within(rows[0] as HTMLElement).getByText('Không có thời hạn')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Hoàn thành đúng hạn')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Theo dõi thực hiện kết luận số 2' }));
    const drawer = await waitFor(() => document.querySelector<HTMLElement>('.ant-drawer [role="dialog"]') ?? expect.fail('no drawer'));
    await within(drawer).findByText('Theo dõi kết luận số 2');
  });

  it('deletes a directive with its follow-up history and "Hoàn tác" puts both back under the same number', async () => {
    const [, second] = await seed(['Một', 'Hai', 'Ba']);
    await db.followUps.bulkPut([followUp(second ?? '', 'Đã họp triển khai'), followUp(second ?? '', 'Đã ban hành kế hoạch')]);
    renderInApp(<DirectivesSection meetingId={meetingId} meetingDate={MEETING_DATE} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Xóa kết luận số 2' }));
    await waitFor(() => expect(shown()).toEqual(['1. Một', '2. Ba']));
    await screen.findByText(/Đã xóa kết luận số 2 cùng 2 mục theo dõi —/);
    expect(await db.followUps.count()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    await waitFor(() => expect(shown()).toEqual(['1. Một', '2. Hai', '3. Ba']));
    expect((await db.followUps.where('directiveId').equals(second ?? '').toArray()).map((f) => f.text).sort()).toEqual([
      'Đã ban hành kế hoạch',
      'Đã họp triển khai',
    ]);
  });

  it('adds a directive in the panel: leader defaults to the chair; a deadline before the meeting is refused', async () => {
    renderInApp(<DirectivesSection meetingId={meetingId} meetingDate={MEETING_DATE} />);
    const add = await screen.findByText('Thêm kết luận/chỉ đạo', { selector: 'button > span' });
    await waitFor(() => expect(add.closest('button')).toHaveProperty('disabled', false));
    fireEvent.click(add);
    const panel = await waitFor(() => document.querySelector<HTMLElement>('.ant-drawer [role="dialog"]') ?? expect.fail('no panel'));
    await waitFor(() => within(panel).getByTitle('Lê Văn Gặp (Trưởng ban Dân vận Tỉnh ủy)'));

    fireEvent.click(saveButton(panel));
    await within(panel).findByText('Nội dung chỉ đạo không được để trống.');

    fireEvent.change(within(panel).getByLabelText('Nội dung chỉ đạo'), {
      target: { value: 'Chủ động thực hiện công tác phối hợp trong khối thi đua.\nBáo cáo kết quả cuối năm.' },
    });
    await selectOption(within(panel).getByLabelText('Loại thời hạn'), 'Năm');
    fireEvent.change(within(panel).getByLabelText('Năm của thời hạn'), { target: { value: '2016' } });
    await within(panel).findByText('Thời hạn (Năm 2016) không được trước ngày họp (02/02/2017).');
    fireEvent.click(saveButton(panel));
    await within(panel).findByText('Thời hạn (Năm 2016) không được trước ngày họp (02/02/2017).');
    expect(await db.directives.count()).toBe(0);

    fireEvent.change(within(panel).getByLabelText('Năm của thời hạn'), { target: { value: '2017' } });
    await waitFor(() => expect(within(panel).queryByText(/không được trước ngày họp/)).toBeNull());
    fireEvent.click(saveButton(panel));
    await waitFor(() => expect(shown()).toEqual(['1. Chủ động thực hiện công tác phối hợp trong khối thi đua.\nBáo cáo kết quả cuối năm.']));
    const [saved] = await db.directives.toArray();
    expect(saved).toMatchObject({ leaderPersonId: chairId, deadline: { kind: 'year', year: 2017 }, order: 1 });
    expect(screen.getByTestId('directive-details').textContent).toBe('Lãnh đạo chỉ đạo: Lê Văn Gặp · Thời hạn: Năm 2017');
  });

  it('quick-adds with Enter, numbered after the others, with the chair as leader', async () => {
    await seed(['Một']);
    renderInApp(<DirectivesSection meetingId={meetingId} meetingDate={MEETING_DATE} />);
    const quick = await screen.findByRole('textbox', { name: 'Thêm nhanh một điểm chỉ đạo' });
    await waitFor(() => expect(quick).toHaveProperty('disabled', false));
    fireEvent.change(quick, { target: { value: '  Hai  ' } });
    fireEvent.keyDown(quick, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(shown()).toEqual(['1. Một', '2. Hai']));
    expect((quick as HTMLInputElement).value).toBe('');
    expect((await db.directives.toArray()).find((d) => d.text === 'Hai')?.leaderPersonId).toBe(chairId);
  });

  it('a route to one directive moves focus to it and marks it', async () => {
    const [, second] = await seed(['Một', 'Hai', 'Ba']);
    renderInApp(<DirectivesSection meetingId={meetingId} meetingDate={MEETING_DATE} focusDirectiveId={second} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('listitem', { name: 'Kết luận số 2' })));
    const rows = screen.getAllByTestId('directive-row');
    expect(rows.map((r) => r.style.background !== '')).toEqual([false, true, false]);
  });
});
