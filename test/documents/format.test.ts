import { describe, expect, it } from 'vitest';
import { documentFileName, asciiFold } from '../../src/documents/file-name.js';
import {
  clockPhrase,
  endSentence,
  numberLine,
  officialDate,
  placeDateLine,
  pointLetter,
  romanNumeral,
  sectionHeading,
  shortRuleLength,
  titleInSentence,
} from '../../src/documents/format.js';
import { PARTY_PROFILE, STATE_PROFILE } from '../../src/documents/profiles/index.js';
import { DEFAULT_DOCUMENT_SETTINGS, documentSettingsKey, parseDocumentSettings } from '../../src/documents/settings.js';

describe('official date line', () => {
  it('puts a leading zero on days below 10 and on months 1 and 2 only', () => {
    expect(officialDate('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(officialDate('2019-06-29')).toBe('ngày 29 tháng 6 năm 2019');
    expect(officialDate('2017-02-02')).toBe('ngày 02 tháng 02 năm 2017');
    expect(officialDate('2024-03-09')).toBe('ngày 09 tháng 3 năm 2024');
    expect(officialDate('2024-12-10')).toBe('ngày 10 tháng 12 năm 2024');
    expect(officialDate('2024-10-31')).toBe('ngày 31 tháng 10 năm 2024');
    expect(officialDate('2024-11-01')).toBe('ngày 01 tháng 11 năm 2024');
  });

  it('writes the place first and starts with a capital without a place; nothing for a bad date', () => {
    expect(placeDateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(placeDateLine('', '2019-06-29')).toBe('Ngày 29 tháng 6 năm 2019');
    expect(officialDate('2019-02-30')).toBe('');
    expect(officialDate('')).toBe('');
  });
});

describe('number line', () => {
  it('State: "Số: 05/BB-VP" with a leading zero below 10', () => {
    expect(numberLine(STATE_PROFILE, 5, 'BB-VP', 'BB')).toBe('Số: 05/BB-VP');
    expect(numberLine(STATE_PROFILE, 10, 'TB-BDVTU', 'TB')).toBe('Số: 10/TB-BDVTU');
    expect(numberLine(STATE_PROFILE, 127, 'BB-VP', 'BB')).toBe('Số: 127/BB-VP');
  });

  it('Party: "Số 127-TB/TU" with no colon', () => {
    expect(numberLine(PARTY_PROFILE, 127, 'TB/TU', 'TB')).toBe('Số 127-TB/TU');
  });

  it('leaves room for the number when there is none, and falls back to the type abbreviation', () => {
    expect(numberLine(STATE_PROFILE, null, 'BB-VP', 'BB')).toMatch(/^Số: {3,}\/BB-VP$/);
    expect(numberLine(STATE_PROFILE, null, '', 'BB')).toMatch(/^Số: +\/BB$/);
    expect(numberLine(PARTY_PROFILE, 0, '', 'TB')).toMatch(/^Số +-TB$/);
  });
});

describe('numbering and phrases', () => {
  it('numbers sections I., II. (State) and I-, II- (Party)', () => {
    expect(sectionHeading(STATE_PROFILE, 2, 'KẾT LUẬN')).toBe('II. KẾT LUẬN');
    expect(sectionHeading(PARTY_PROFILE, 4, 'KẾT LUẬN')).toBe('IV- KẾT LUẬN');
    expect([1, 3, 9, 14, 40, 1999].map(romanNumeral)).toEqual(['I', 'III', 'IX', 'XIV', 'XL', 'MCMXCIX']);
  });

  it('letters points with the Vietnamese alphabet (đ after d, no f, j, w, z)', () => {
    expect(Array.from({ length: 9 }, (_, i) => pointLetter(i)).join('')).toBe('abcdđeghi');
    expect(pointLetter(22)).toBe('y');
    expect(pointLetter(23)).toBe('aa');
  });

  it('writes times as "14 giờ 00" and leaves bad times out', () => {
    expect(clockPhrase('14:00')).toBe('14 giờ 00');
    expect(clockPhrase('08:05')).toBe('8 giờ 05');
    expect(clockPhrase('')).toBe('');
    expect(clockPhrase('25:00')).toBe('');
  });

  it('ends sentences once and lowers common nouns that open a meeting title', () => {
    expect(endSentence('Hồ Chí Minh;')).toBe('Hồ Chí Minh.');
    expect(endSentence('năm 2017.')).toBe('năm 2017.');
    expect(endSentence('đô thị văn minh')).toBe('đô thị văn minh.');
    expect(titleInSentence('Buổi làm việc với Mặt trận')).toBe('buổi làm việc với Mặt trận');
    expect(titleInSentence('Hội nghị Ban Chấp hành Đảng bộ')).toBe('Hội nghị Ban Chấp hành Đảng bộ');
  });

  it('sizes short rules between 1/3 and 1/2 of the text width, within the room', () => {
    const room = STATE_PROFILE.header.leftWidth;
    const length = shortRuleLength(STATE_PROFILE, ['ỦY BAN NHÂN DÂN'], 26, true, room);
    const estimate = 'ỦY BAN NHÂN DÂN'.length * STATE_PROFILE.rules.capsEmPerChar * 26 * 10;
    expect(length).toBeGreaterThanOrEqual(estimate / 3);
    expect(length).toBeLessThanOrEqual(estimate / 2);
    expect(shortRuleLength(STATE_PROFILE, ['X'.repeat(500)], 26, true, room)).toBeLessThanOrEqual(room);
    expect(shortRuleLength(STATE_PROFILE, ['A'], 26, true, room)).toBe(STATE_PROFILE.rules.minShortRule);
  });
});

describe('file names', () => {
  it('folds diacritics and puts type, topic and date', () => {
    expect(documentFileName('minutes', 'Họp mặt đầu xuân 2017', '2017-02-02', 'docx')).toBe('Bien ban - Hop mat dau xuan 2017 - 02-02-2017.docx');
    expect(asciiFold('Đoàn Văn Đảnh, ủy ban')).toBe('Doan Van Danh, uy ban');
  });

  it('removes characters Windows refuses and keeps names short', () => {
    const name = documentFileName('notice', 'Kết luận: "A/B" <x> | y? * z\\w\u0001', '2024-05-08', 'pdf');
    expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
    expect(name).toBe('Thong bao ket luan - Ket luan A B x y z w - 08-05-2024.pdf');
    const long = documentFileName('minutes', 'Hội nghị '.repeat(80), '2024-05-08', 'docx');
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith(' - 08-05-2024.docx')).toBe(true);
    expect(documentFileName('report', '...', 'bad', 'docx')).toBe('Bao cao thuc hien ket luan.docx');
  });
});

describe('document settings', () => {
  it('gives the defaults for nothing stored and keeps good fields of a partly bad record', () => {
    expect(parseDocumentSettings(undefined)).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    expect(parseDocumentSettings('garbage')).toEqual(DEFAULT_DOCUMENT_SETTINGS);
    const s = parseDocumentSettings({ profile: 'party', place: ' Bến\u0001 Tre ', symbols: { notice: 'TB/TU', minutes: 42 }, signer: 'x', recipients: ['- A;', '', 'B'] });
    expect(s.profile).toBe('party');
    expect(s.place).toBe('Bến Tre');
    expect(s.symbols).toEqual({ minutes: '', notice: 'TB/TU', report: '' });
    expect(s.signer).toEqual({ authority: 'none', titleLines: [], name: '' });
    expect(s.recipients).toEqual(['- A;', 'B']);
    expect(s.archive).toBe('VT');
    expect(parseDocumentSettings({ profile: 'royal' }).profile).toBe('state');
  });

  it('stores settings under a key per issuing body', () => {
    expect(documentSettingsKey('u-1')).toBe('documents.settings.u-1');
  });
});
