import { describe, expect, it } from 'vitest';
import { LIMITS, meetingInputSchema, personInputSchema, unitInputSchema } from '../../../src/domain/schemas.js';
import { parseOrThrow, validate, ValidationError } from '../../../src/domain/validation.js';
import { meetingInput } from '../../fixtures/records.js';

function messages(input: unknown): Array<{ field: string; message: string }> {
  const result = validate(meetingInputSchema, input);
  return result.ok ? [] : result.issues;
}

describe('meeting schema', () => {
  it('accepts a complete meeting and cleans its text', () => {
    const result = validate(meetingInputSchema, meetingInput({ title: `  ${'Hội nghị'.normalize('NFD')}\u200B  `, content: 'a\r\nb\u0000' }));
    expect(result).toMatchObject({ ok: true, value: { title: 'Hội nghị', content: 'a\nb' } });
  });

  it('an empty title (or only spaces and invisible characters) is refused in Vietnamese', () => {
    expect(messages(meetingInput({ title: '' }))).toEqual([{ field: 'title', message: 'Tên cuộc họp không được để trống.' }]);
    expect(messages(meetingInput({ title: ' \u200B\t ' }))).toEqual([{ field: 'title', message: 'Tên cuộc họp không được để trống.' }]);
  });

  it('an end time before (or equal to) the start time is refused, naming both times', () => {
    expect(messages(meetingInput({ startTime: '14:00', endTime: '13:30' }))).toEqual([
      { field: 'endTime', message: 'Giờ kết thúc (13:30) phải sau giờ bắt đầu (14:00).' },
    ]);
    expect(messages(meetingInput({ startTime: '14:00', endTime: '14:00' }))).toHaveLength(1);
    expect(messages(meetingInput({ startTime: '', endTime: '13:30' }))).toEqual([]);
  });

  it('a 200,000-character title is refused with the limit and the actual length, written the Vietnamese way', () => {
    expect(messages(meetingInput({ title: 'a'.repeat(200_000) }))).toEqual([
      { field: 'title', message: `Tên cuộc họp quá dài: tối đa ${LIMITS.line} ký tự, đang có 200.000.` },
    ]);
  });

  it('200,000 characters of content are accepted whole', () => {
    const content = 'Đồng chí Bí thư phát biểu. '.repeat(8_000).slice(0, 200_000);
    const result = validate(meetingInputSchema, meetingInput({ content: content.trimEnd() }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.content).toBe(content.trimEnd());
    if (result.ok) expect(result.value.content.length).toBeGreaterThan(199_990);
  });

  it('refuses impossible dates, malformed times and unknown kinds with field names', () => {
    expect(messages(meetingInput({ date: '2017-02-31' }))).toEqual([{ field: 'date', message: 'Ngày họp: ngày 2017-02-31 không có trên lịch.' }]);
    expect(messages(meetingInput({ startTime: '25:00' }))).toEqual([
      { field: 'startTime', message: 'Giờ bắt đầu: hãy nhập giờ theo dạng giờ:phút, ví dụ 14:00.' },
    ]);
    expect(messages(meetingInput({ kind: 'tiec' }))).toEqual([{ field: 'kind', message: 'Loại cuộc họp không hợp lệ.' }]);
  });

  it('reports every problem at once, and parseOrThrow throws them all', () => {
    const bad = meetingInput({ title: '', startTime: '10:00', endTime: '09:00' });
    expect(messages(bad).map((i) => i.field)).toEqual(['title', 'endTime']);
    expect(() => parseOrThrow(meetingInputSchema, bad)).toThrow(ValidationError);
    try {
      parseOrThrow(meetingInputSchema, bad);
    } catch (error) {
      expect((error as ValidationError).issues).toHaveLength(2);
    }
  });
});

describe('directory schemas', () => {
  it('require a unit name and a person name; the person title can be labelled as chức vụ', () => {
    expect(validate(unitInputSchema, { name: ' ', shortName: '' })).toEqual({
      ok: false,
      issues: [{ field: 'name', message: 'Tên đơn vị không được để trống.' }],
    });
    const person = validate(personInputSchema, { fullName: 'Lê Văn Gặp', title: 'x'.repeat(501), unitId: null }, { title: 'field.personTitle' });
    expect(person).toEqual({ ok: false, issues: [{ field: 'title', message: 'Chức vụ quá dài: tối đa 500 ký tự, đang có 501.' }] });
  });
});
