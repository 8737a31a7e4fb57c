import { describe, expect, it } from 'vitest';
import { cleanLineText, cleanMultilineText } from '../../../src/text/clean.js';

describe('cleanMultilineText', () => {
  it('turns NFD text (pasted from macOS or some web pages) into NFC', () => {
    const nfd = 'Nghị quyết Đảng ủy'.normalize('NFD');
    expect(nfd).not.toBe('Nghị quyết Đảng ủy'.normalize('NFC'));
    const cleaned = cleanMultilineText(nfd);
    expect(cleaned).toBe('Nghị quyết Đảng ủy'.normalize('NFC'));
    expect(cleaned.length).toBeLessThan(nfd.length);
  });

  it('removes C0 control characters except tab and line feed, and turns CR LF into LF', () => {
    const everyC0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    // Tab and line feed stay; a lone carriage return is a line break too (old Mac files) and becomes \n.
    expect(cleanMultilineText(`a${everyC0}b`)).toBe('a\t\n\nb');
    expect(cleanMultilineText(`a${everyC0.replace('\r', '')}b`)).toBe('a\t\nb');
    expect(cleanMultilineText('dòng 1\r\ndòng 2\rdòng 3')).toBe('dòng 1\ndòng 2\ndòng 3');
    expect(cleanMultilineText('a\u007F\u0085\u009Fb')).toBe('ab');
  });

  it('removes the byte order mark, zero-width and bidi-control characters', () => {
    expect(cleanMultilineText('\uFEFFBáo\u200Bcáo\u200C\u200D\u2060 \u202Ekết\u202C quả\u2066')).toBe('Báocáo kết quả');
  });

  it('removes lone surrogates (invalid in Word files) and keeps emoji, which are valid surrogate pairs', () => {
    expect(cleanMultilineText('a\uD800b\uDC00c')).toBe('abc');
    expect(cleanMultilineText('Chúc mừng 🎉👍🏽 năm mới 🇻🇳')).toBe('Chúc mừng 🎉👍🏽 năm mới 🇻🇳');
    expect(cleanMultilineText('\uDBFF')).toBe('');
  });

  it('keeps line breaks and tabs in multi-line text', () => {
    expect(cleanMultilineText('1. Mở đầu\n\t- ý a\n2. Kết luận')).toBe('1. Mở đầu\n\t- ý a\n2. Kết luận');
  });
});

describe('cleanLineText', () => {
  it('makes one line: breaks and tabs become single spaces, runs of spaces collapse, ends are trimmed', () => {
    expect(cleanLineText('  Ban Dân vận\n\tTỉnh ủy   Bến Tre \r\n')).toBe('Ban Dân vận Tỉnh ủy Bến Tre');
  });

  it('applies the same NFC and control-character cleaning', () => {
    expect(cleanLineText(`\uFEFF${'Hội Nông dân'.normalize('NFD')}\u0000\u200B`)).toBe('Hội Nông dân'.normalize('NFC'));
  });

  it('leaves clean text unchanged', () => {
    const text = 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bến Tre';
    expect(cleanLineText(text)).toBe(text);
  });
});
