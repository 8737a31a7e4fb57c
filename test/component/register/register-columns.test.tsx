import { describe, expect, it } from 'vitest';
import { charsPerLine, clipText, GRID_MIN_WIDTH, REGISTER_COLUMNS } from '../../../renderer/features/register/register-columns.js';

describe('register cells hold only the text they can show', () => {
  it('keeps short texts whole and cuts long ones with an ellipsis', () => {
    expect(clipText('Thi đua yêu nước', 40)).toBe('Thi đua yêu nước');
    const long = 'Tập trung thực hiện tốt các chỉ tiêu theo Nghị quyết hàng năm của từng đơn vị';
    expect(clipText(long, 20)).toBe(`${long.slice(0, 20)}…`);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'a'.repeat(9)}😀 và tiếp`;
    const clipped = clipText(text, 10);
    expect(clipped).toBe(`${'a'.repeat(9)}…`);
    expect(/[\uD800-\uDBFF]$/.test(clipped.slice(0, -1))).toBe(false);
  });

  it('gives wider columns more characters as the grid widens, and fixed columns the same', () => {
    const narrow = charsPerLine(GRID_MIN_WIDTH);
    const wide = charsPerLine(1900);
    const text = REGISTER_COLUMNS.findIndex((c) => c.id === 'text');
    const deadline = REGISTER_COLUMNS.findIndex((c) => c.id === 'deadline');
    expect(wide[text]!).toBeGreaterThan(narrow[text]!);
    expect(wide[deadline]).toBe(narrow[deadline]);
    // Below the grid's minimum width the grid scrolls sideways: the columns keep their minimum sizes.
    expect(charsPerLine(600)).toEqual(narrow);
    // At 5 px a character, two lines of a 200-pixel text column hold at least 70 characters.
    expect(narrow[text]! * 2).toBeGreaterThanOrEqual(70);
  });
});
