import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('application icon', () => {
  const ico = readFileSync('assets/icon.ico');

  it('is an ICO whose directory lists 16, 24, 32, 48, 64, 128 and 256 px images', () => {
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const at = 6 + i * 16;
      const width = ico[at] === 0 ? 256 : (ico[at] ?? -1);
      const height = ico[at + 1] === 0 ? 256 : (ico[at + 1] ?? -1);
      expect(height).toBe(width);
      expect(ico.readUInt16LE(at + 6)).toBe(32);
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const data = ico.subarray(offset, offset + length);
      if (PNG_SIGNATURE.every((byte, k) => data[k] === byte)) {
        // PNG entry: its IHDR must agree with the directory.
        expect(data.readUInt32BE(16)).toBe(width);
      } else {
        // BMP entry: BITMAPINFOHEADER with double height (colour + mask), 32 bits per pixel.
        expect(data.readUInt32LE(0)).toBe(40);
        expect(data.readInt32LE(4)).toBe(width);
        expect(data.readInt32LE(8)).toBe(width * 2);
        expect(data.readUInt16LE(14)).toBe(32);
      }
      sizes.push(width);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a 512 px PNG for other platforms and the About box', () => {
    const png = readFileSync('assets/icon.png');
    expect([...png.subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
  });
});
