/**
 * Writing a file so that the target is either the old file or the complete new one, never half of it: write a
 * temporary file in the same folder (same volume, so rename is atomic), flush it to disk, then rename it over the
 * target. On any failure the temporary file is removed and the target is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface WritableFile {
  write(data: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface AtomicWriteFs {
  /** Opens a new file for writing; 'wx' fails if it exists, so two saves never share a temporary file. */
  open(path: string, flags: 'wx'): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  open: (path, flags) => open(path, flags),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};

/** The temporary name next to the target; the leading dot and the suffix mark it as not a finished document. */
export function temporaryPathFor(target: string, random: string = randomBytes(6).toString('hex')): string {
  return join(dirname(target), `.${basename(target)}.${random}.tmp`);
}

/** Writes `data` to `target` atomically; throws the file system's error (with its code) on failure. */
export async function writeFileAtomic(target: string, data: Uint8Array, fs: AtomicWriteFs = nodeAtomicWriteFs): Promise<void> {
  const temporary = temporaryPathFor(target);
  let file: WritableFile | null = null;
  try {
    file = await fs.open(temporary, 'wx');
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await file.write(data, offset, data.byteLength - offset, offset);
      if (bytesWritten <= 0) throw Object.assign(new Error('write returned no progress'), { code: 'EIO' });
      offset += bytesWritten;
    }
    await file.sync();
    const opened = file;
    file = null;
    await opened.close();
    await fs.rename(temporary, target);
  } catch (error) {
    if (file !== null) await file.close().catch(() => undefined);
    await fs.remove(temporary).catch(() => undefined);
    throw error;
  }
}
