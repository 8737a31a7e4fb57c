import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, reshape, SCHEMA_VERSIONS } from '../../../src/db/schema-versions.js';
import { moveMeetingTexts, splitMeetingTexts } from '../../../src/db/upgrades/split-meeting-texts.js';
import { meetingWithTexts } from '../../fixtures/records.js';

/** A meeting record as schema version 1 stored it, texts included. */
const v1Meeting = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...meetingWithTexts({
    id: 'm-1',
    title: 'Họp mặt đầu xuân Đinh Dậu năm 2017',
    place: 'Hội trường Ban Dân vận Tỉnh ủy',
    issuingUnitId: 'u-1',
    chairPersonId: 'p-1',
    agenda: '1. Thông tin kết quả năm 2016.\n2. Phát động thi đua.',
    content: 'Chiều ngày 02/02/2017, các cơ quan Mặt trận Tổ quốc, các đoàn thể tỉnh Bến Tre tổ chức họp mặt.',
    conclusion: 'Ông Lê Văn Gặp phát động thi đua với các nội dung sau:',
    updatedAt: 1_486_000_500_000,
  }),
  ...patch,
});

describe('schema version 2: meeting texts split off', () => {
  it('gives the meeting without its three texts and the texts keyed by the meeting id, with its time', () => {
    const record = v1Meeting();
    const { meeting, texts } = splitMeetingTexts(record);
    const { agenda, content, conclusion, ...rest } = record;
    expect(meeting).toEqual(rest);
    expect(Object.keys(meeting)).not.toContain('agenda');
    expect(texts).toEqual({ meetingId: 'm-1', agenda, content, conclusion, updatedAt: 1_486_000_500_000 });
  });

  it('is pure: the stored record is not touched, and the same record gives the same result', () => {
    const record = v1Meeting();
    const copy = structuredClone(record);
    const first = splitMeetingTexts(record);
    expect(record).toEqual(copy);
    expect(splitMeetingTexts(record)).toEqual(first);
  });

  it('keeps fields it does not know and moves long texts whole', () => {
    const content = 'Đồng chí Trần Dương Tuấn phát biểu: thống nhất với báo cáo.\n'.repeat(4000);
    const { meeting, texts } = splitMeetingTexts(v1Meeting({ content, extra: { kept: true } }));
    expect(meeting.extra).toEqual({ kept: true });
    expect(texts.content).toBe(content);
  });

  it('gives empty texts for missing or non-text fields, and a time of 0 when the record has none', () => {
    const record = v1Meeting({ agenda: undefined, content: 42, updatedAt: 'hôm qua' });
    delete record.conclusion;
    const { meeting, texts } = splitMeetingTexts(record);
    expect(texts).toEqual({ meetingId: 'm-1', agenda: '', content: '', conclusion: '', updatedAt: 0 });
    expect(meeting).not.toHaveProperty('content');
    expect(meeting.updatedAt).toBe('hôm qua');
  });

  it('refuses a record without a string id rather than guess which meeting the texts belong to', () => {
    expect(() => splitMeetingTexts(v1Meeting({ id: 7 }))).toThrow('without a string id');
  });

  it('as an upgrade step: reshapes the meeting and writes its texts to meetingTexts', () => {
    expect(moveMeetingTexts.table).toBe('meetings');
    const { meeting, texts } = splitMeetingTexts(v1Meeting());
    expect(moveMeetingTexts.upgrade(v1Meeting())).toEqual({ record: meeting, writes: [{ table: 'meetingTexts', record: texts }] });
  });

  it('is version 2 of the schema list: meetings keep their indexes, meetingTexts is keyed by meetingId', () => {
    const [v1, v2] = SCHEMA_VERSIONS;
    expect(LATEST_SCHEMA_VERSION).toBe(2);
    expect(v2?.version).toBe(2);
    expect(v2?.stores.meetings).toBe(v1?.stores.meetings);
    expect(v2?.stores.meetingTexts).toBe('meetingId');
    // Every other store is declared again unchanged (a version lists its full store set).
    expect({ ...v2?.stores, meetingTexts: undefined }).toEqual({ ...v1?.stores, meetingTexts: undefined });
    expect(v2?.upgrades).toEqual([moveMeetingTexts]);
  });

  it('reshape wraps a plain record function into a step that writes nowhere else', () => {
    const step = reshape('people', (r) => ({ ...r, fullName: String(r.fullName).trim() }));
    expect(step.upgrade({ id: 'p', fullName: ' Lê Văn Gặp ' })).toEqual({ record: { id: 'p', fullName: 'Lê Văn Gặp' }, writes: [] });
  });
});
