/**
 * The documents menu of a meeting, with the desktop bridge replaced by a recording fake: what is missing is
 * listed before export, a Word file is built from the stored records in order and handed to saveFile, and each
 * way a save can end (saved, cancelled, failed) is shown as it should be.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchCommand } from '../../../renderer/app/commands.js';
import { MeetingDocumentActions } from '../../../renderer/features/documents/meeting-document-actions.js';
import { takeDocumentSettingsTarget } from '../../../renderer/features/documents/settings-target.js';
import { useAppStore } from '../../../renderer/state/store.js';
import type { Bridge, PrintRequest, PrintResult, SaveFileRequest, SaveResult } from '../../../src/ipc/contract.js';
import { textOf } from '../../documents/helpers/docx-xml.js';
import { clearDatabase, renderInApp } from '../render-in-app.js';
import { BT_DIRECTIVE_TEXTS, ISSUING_UNIT_ID, MEETING_ID, seedMeeting } from './seed.js';

const saved: SaveFileRequest[] = [];
const printed: PrintRequest[] = [];
const pdfs: PrintRequest[] = [];
let saveResult: SaveResult = { ok: true, path: 'C:\\Users\\vp\\Documents\\bien-ban.docx' };
let printResult: PrintResult = { ok: true };

const fakeBridge = {
  saveFile: vi.fn(async (request: SaveFileRequest) => {
    saved.push(request);
    return saveResult;
  }),
  printDocument: vi.fn(async (request: PrintRequest) => {
    printed.push(request);
    return printResult;
  }),
  printToPdf: vi.fn(async (request: PrintRequest) => {
    pdfs.push(request);
    return { ok: true, path: 'C:\\Users\\vp\\Documents\\bien-ban.pdf' } as SaveResult;
  }),
} as Partial<Bridge> as Bridge;

vi.mock('../../../renderer/platform/bridge.js', () => ({ getBridge: () => fakeBridge }));

function documentText(bytes: Uint8Array): string {
  const xml = unzipSync(bytes)['word/document.xml'];
  if (xml === undefined) throw new Error('no word/document.xml in the file');
  return textOf(strFromU8(xml));
}

/** Opens the menu and clicks one of its items. */
async function choose(item: string): Promise<void> {
  fireEvent.click(screen.getByText('Văn bản ▾'));
  fireEvent.click(await screen.findByText(item));
}

/** Waits until the export has ended (the menu button is no longer busy). */
async function exportEnded(): Promise<void> {
  await waitFor(() => expect(screen.getByText('Văn bản ▾').closest('button')?.className).not.toContain('ant-btn-loading'));
}

beforeEach(async () => {
  await clearDatabase();
  saved.length = 0;
  printed.length = 0;
  pdfs.length = 0;
  saveResult = { ok: true, path: 'C:\\Users\\vp\\Documents\\bien-ban.docx' };
  printResult = { ok: true };
  vi.clearAllMocks();
  useAppStore.getState().navigate({ name: 'meeting', id: MEETING_ID });
});

afterEach(() => {
  takeDocumentSettingsTarget();
});

describe('before exporting', () => {
  it('lists in Vietnamese what the minutes lack, and "Mở cài đặt" opens the settings of the issuing body', async () => {
    await seedMeeting({ settings: false });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('Xuất biên bản (Word)');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Biên bản còn thiếu thông tin');
    const items = [...dialog.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['Chưa có ký hiệu văn bản cho biên bản (ví dụ BB-VP).', 'Chưa có danh sách nơi nhận.']);
    fireEvent.click(screen.getByText('Mở cài đặt'));
    await waitFor(() => expect(useAppStore.getState().route).toEqual({ name: 'settings' }));
    expect(takeDocumentSettingsTarget()).toBe(ISSUING_UNIT_ID);
    expect(fakeBridge.saveFile).not.toHaveBeenCalled();
  });

  it('"Vẫn xuất" exports the document without the missing parts', async () => {
    await seedMeeting({ settings: false });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('Xuất thông báo kết luận (Word)');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('Thông báo kết luận còn thiếu thông tin');
    expect(dialog.textContent).toContain('Chưa có họ tên người ký.');
    fireEvent.click(screen.getByText('Vẫn xuất'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const text = documentText(saved[0]!.data);
    expect(text).toContain('THÔNG BÁO');
    // No settings: the issuing unit's own name, no place before the date, no recipients but the archive line.
    expect(text).toContain('BAN DÂN VẬN TỈNH ỦY');
    expect(text).toMatch(/Hạnh phúcNgày \d\d tháng \d\d? năm \d{4}THÔNG BÁO/);
    expect(text).toMatch(/Nơi nhận:- Lưu: VT\.$/);
    expect(text).toContain(BT_DIRECTIVE_TEXTS[0]!.slice(0, 60));
    expect(useAppStore.getState().route).toEqual({ name: 'meeting', id: MEETING_ID });
  });
});

describe('export to Word', () => {
  it('saves a .docx of the minutes with the directives in their numbered order', async () => {
    await seedMeeting({ settings: true });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('Xuất biên bản (Word)');
    await screen.findByText('Đã lưu: C:\\Users\\vp\\Documents\\bien-ban.docx');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(saved).toHaveLength(1);
    const request = saved[0]!;
    expect(request.suggestedName).toBe('Bien ban - Hop mat dau xuan Dinh Dau nam 2017 - 02-02-2017.docx');
    expect(request.filters).toEqual([{ name: 'Tài liệu Word', extensions: ['docx'] }]);
    expect(request.data).toBeInstanceOf(Uint8Array);
    const text = documentText(request.data);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Họp mặt đầu xuân Đinh Dậu năm 2017');
    expect(text).toContain('Số: ');
    const positions = BT_DIRECTIVE_TEXTS.map((d) => text.indexOf(d.slice(0, 60)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('the "export notice" command saves the conclusion notice while the menu is shown', async () => {
    await seedMeeting({ settings: true });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    expect(dispatchCommand('export-notice')).toBe(true);
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.suggestedName).toBe('Thong bao ket luan - Hop mat dau xuan Dinh Dau nam 2017 - 02-02-2017.docx');
    const text = documentText(saved[0]!.data);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain(BT_DIRECTIVE_TEXTS[4]!.slice(0, 60));
  });

  it('two export commands in quick succession (before the busy look renders) save one file', async () => {
    await seedMeeting({ settings: true });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    expect(dispatchCommand('export-minutes')).toBe(true);
    expect(dispatchCommand('export-minutes')).toBe(true);
    await waitFor(() => expect(saved).toHaveLength(1));
    await exportEnded();
    expect(saved).toHaveLength(1);
  });

  it('a cancelled save dialog shows nothing', async () => {
    await seedMeeting({ settings: true });
    saveResult = { ok: false, reason: 'cancelled' };
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('Xuất biên bản (Word)');
    await waitFor(() => expect(saved).toHaveLength(1));
    await exportEnded();
    expect(document.querySelector('.ant-message-notice')).toBeNull();
    expect(screen.queryByText(/Đã lưu|Không lưu được|Không tạo được/)).toBeNull();
  });

  it('a failed save shows the reason in Vietnamese', async () => {
    await seedMeeting({ settings: true });
    saveResult = { ok: false, reason: 'failed', message: 'Ổ đĩa đã đầy' };
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('Xuất biên bản (Word)');
    await screen.findByText('Không lưu được tệp: Ổ đĩa đã đầy');
  });

  it('a meeting that no longer exists is reported, nothing is saved', async () => {
    renderInApp(<MeetingDocumentActions meetingId="no-such-meeting" />);
    await choose('Xuất biên bản (Word)');
    await screen.findByText('Không tìm thấy cuộc họp (có thể đã bị xóa).');
    expect(fakeBridge.saveFile).not.toHaveBeenCalled();
  });
});

describe('printing', () => {
  it('prints the minutes as the script-free A4 page of the same outline', async () => {
    await seedMeeting({ settings: true });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('In biên bản');
    await screen.findByText('Đã gửi văn bản đến máy in.');
    expect(printed).toHaveLength(1);
    const request = printed[0]!;
    expect(request.suggestedName).toBe('Bien ban - Hop mat dau xuan Dinh Dau nam 2017 - 02-02-2017.pdf');
    expect(request.landscape).toBe(false);
    expect(request.html).toContain('BIÊN BẢN');
    expect(request.html).not.toContain('<script');
    expect(request.html).toContain(BT_DIRECTIVE_TEXTS[1]!.slice(0, 40));
  });

  it('a failed print shows the reason; Ctrl+P (the print command) prints the minutes', async () => {
    await seedMeeting({ settings: true });
    printResult = { ok: false, reason: 'failed', message: 'Không có máy in' };
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    expect(dispatchCommand('print')).toBe(true);
    await screen.findByText('Không in được văn bản: Không có máy in');
    expect(printed[0]?.html).toContain('BIÊN BẢN');
  });

  it('saves the notice as PDF through printToPdf and shows where', async () => {
    await seedMeeting({ settings: true });
    renderInApp(<MeetingDocumentActions meetingId={MEETING_ID} />);
    await choose('Lưu PDF thông báo kết luận…');
    await screen.findByText('Đã lưu: C:\\Users\\vp\\Documents\\bien-ban.pdf');
    expect(pdfs).toHaveLength(1);
    expect(pdfs[0]!.suggestedName).toBe('Thong bao ket luan - Hop mat dau xuan Dinh Dau nam 2017 - 02-02-2017.pdf');
    expect(pdfs[0]!.html).toContain('THÔNG BÁO');
  });
});
