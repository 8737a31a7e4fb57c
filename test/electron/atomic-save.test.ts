import type { SaveDialogOptions } from 'electron';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeAtomicWriteFs, temporaryPathFor, writeFileAtomic, type AtomicWriteFs } from '../../electron/atomic-write.js';
import { describeWriteError, saveWithDialog, type SaveDeps } from '../../electron/save-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);

/** Real files, but every write stops after `limit` bytes with ENOSPC, as on a full disk. */
function diskFullAfter(limit: number): AtomicWriteFs {
  return {
    ...nodeAtomicWriteFs,
    async open(path, flags) {
      const handle = await open(path, flags);
      let written = 0;
      return {
        async write(data, offset, length, position) {
          const room = limit - written;
          if (room <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
          const n = Math.min(room, length);
          const { bytesWritten } = await handle.write(data, offset, n, position);
          written += bytesWritten;
          return { bytesWritten };
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    },
  };
}

describe('writeFileAtomic', () => {
  it('leaves the complete file and nothing else', async () => {
    const target = join(dir, 'Biên bản họp ngày 05-02-2017.docx');
    const data = bytes(300_000);
    await writeFileAtomic(target, data);
    expect(readFileSync(target).equals(data)).toBe(true);
    expect(readdirSync(dir)).toEqual(['Biên bản họp ngày 05-02-2017.docx']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'a.pdf');
    writeFileSync(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
  });

  it('on a failure half way leaves no partial file and no temporary file', async () => {
    const target = join(dir, 'new.docx');
    await expect(writeFileAtomic(target, bytes(100_000), diskFullAfter(40_000))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a failure leaves an existing file at the target untouched', async () => {
    const target = join(dir, 'existing.docx');
    writeFileSync(target, 'the previous minutes');
    await expect(writeFileAtomic(target, bytes(100_000), diskFullAfter(10))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('the previous minutes');
    expect(readdirSync(dir)).toEqual(['existing.docx']);
  });

  it('removes the temporary file when the final rename fails', async () => {
    const target = join(dir, 'locked.docx');
    writeFileSync(target, 'open in Word');
    const fs: AtomicWriteFs = { ...nodeAtomicWriteFs, rename: async () => Promise.reject(Object.assign(new Error('busy'), { code: 'EBUSY' })) };
    await expect(writeFileAtomic(target, bytes(10), fs)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(readFileSync(target, 'utf8')).toBe('open in Word');
    expect(readdirSync(dir)).toEqual(['locked.docx']);
  });

  it('flushes the data to disk before renaming', async () => {
    const order: string[] = [];
    const fs: AtomicWriteFs = {
      ...nodeAtomicWriteFs,
      async open(path, flags) {
        const handle = await open(path, flags);
        return {
          write: async (data, offset, length, position) => (order.push('write'), handle.write(data, offset, length, position)),
          sync: async () => (order.push('sync'), handle.sync()),
          close: async () => (order.push('close'), handle.close()),
        };
      },
      rename: async (from, to) => (order.push('rename'), nodeAtomicWriteFs.rename(from, to)),
    };
    await writeFileAtomic(join(dir, 'x.bin'), bytes(10), fs);
    expect(order).toEqual(['write', 'sync', 'close', 'rename']);
  });

  it('puts the temporary file in the target’s folder', () => {
    expect(temporaryPathFor(join(dir, 'a.docx'), 'abc')).toBe(join(dir, '.a.docx.abc.tmp'));
  });
});

describe('saveWithDialog', () => {
  const request = { suggestedName: 'Thông báo kết luận.docx', filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }], data: bytes(1000) };

  function deps(choice: { canceled: boolean; filePath?: string }, writeFile: SaveDeps['writeFile'] = (path, data) => writeFileAtomic(path, data)) {
    return {
      showSaveDialog: vi.fn(async (_options: SaveDialogOptions) => choice),
      writeFile,
      initialDirectory: () => dir,
      rememberDirectory: vi.fn(),
    } satisfies SaveDeps;
  }

  it('offers the suggested name and filters with Vietnamese labels, then writes the file', async () => {
    const target = join(dir, 'chosen.docx');
    const d = deps({ canceled: false, filePath: target });
    await expect(saveWithDialog(request, d)).resolves.toEqual({ ok: true, path: target });
    const options = d.showSaveDialog.mock.calls[0]?.[0];
    expect(options).toMatchObject({ title: 'Lưu tệp', buttonLabel: 'Lưu', defaultPath: join(dir, 'Thông báo kết luận.docx'), filters: request.filters });
    expect(readFileSync(target).equals(request.data)).toBe(true);
    expect(d.rememberDirectory).toHaveBeenCalledWith(dir);
  });

  it('reports a cancelled dialog as cancelled and writes nothing', async () => {
    const d = deps({ canceled: true, filePath: '' });
    await expect(saveWithDialog(request, d)).resolves.toEqual({ ok: false, reason: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a failed write in Vietnamese, leaving no file behind', async () => {
    const target = join(dir, 'full.docx');
    const d = deps({ canceled: false, filePath: target }, (path, data) => writeFileAtomic(path, data, diskFullAfter(100)));
    const result = await saveWithDialog(request, d);
    expect(result).toEqual({ ok: false, reason: 'failed', message: expect.stringContaining('ổ đĩa đã đầy') });
    expect(readdirSync(dir)).toEqual([]);
    expect(d.rememberDirectory).not.toHaveBeenCalled();
  });
});

describe('describeWriteError', () => {
  it('explains the usual Windows failures in Vietnamese', () => {
    expect(describeWriteError({ code: 'EBUSY' })).toContain('đang được mở');
    expect(describeWriteError({ code: 'EPERM' })).toContain('đang được mở');
    expect(describeWriteError({ code: 'EACCES' })).toContain('không có quyền');
    expect(describeWriteError({ code: 'EROFS' })).toContain('chỉ cho phép đọc');
    expect(describeWriteError({ code: 'EWHATEVER' })).toBe('Không ghi được tệp (EWHATEVER).');
    expect(describeWriteError(new Error('x'))).toBe('Không ghi được tệp (UNKNOWN).');
  });
});
