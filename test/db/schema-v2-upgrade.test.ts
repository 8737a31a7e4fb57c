/**
 * Upgrading a real version-1 database to version 2: meetings written with their texts (as version 1 stored
 * them) come back without them, the texts are in meetingTexts, and no other record changed.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { SecretariatDb } from '../../renderer/db/database.js';
import { readMeetingWithTexts } from '../../renderer/db/writes/meetings.js';
import { SCHEMA_VERSIONS } from '../../src/db/schema-versions.js';
import { attendanceRecord, directiveRecord, followUpRecord, meetingWithTexts, personRecord, STAMP, unitRecord } from '../fixtures/records.js';

const V1 = SCHEMA_VERSIONS.filter((v) => v.version === 1);

let indexedDB: IDBFactory;
let name: string;
const opened: SecretariatDb[] = [];
afterEach(() => opened.forEach((db) => db.close()));

function open(versions = SCHEMA_VERSIONS): SecretariatDb {
  const db = new SecretariatDb(name, { indexedDB, IDBKeyRange }, versions);
  opened.push(db);
  return db;
}

/** A meeting record as version 1 stored it, its texts inside. */
function v1Meeting(i: number, texts: { agenda: string; content: string; conclusion: string }): Record<string, unknown> {
  return {
    ...meetingWithTexts({
      id: `m-${String(i).padStart(5, '0')}`,
      title: `Họp giao ban định kỳ lần ${i}`,
      kind: 'dinh-ky',
      date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
      startTime: '08:00',
      endTime: '11:00',
      place: 'Phòng họp Ban Thường vụ Tỉnh ủy',
      issuingUnitId: 'u-1',
      chairPersonId: 'p-1',
      ...texts,
      state: i % 7 === 0 ? 'trashed' : 'active',
      trashedAt: i % 7 === 0 ? STAMP + 1 : null,
      createdAt: STAMP + i,
      updatedAt: STAMP + 2 * i,
    }),
  };
}

const textsOf = (i: number) => ({
  agenda: `1. Báo cáo kết quả tháng ${i}.\n2. Kết luận của chủ trì.`,
  // Every 100th meeting has minutes as long as real ones (tens of kilobytes); the rest are short.
  content: i % 100 === 0 ? `Đồng chí Trần Dương Tuấn phát biểu: thống nhất với báo cáo lần ${i}.\n`.repeat(600) : `Diễn biến cuộc họp lần ${i}.`,
  conclusion: i % 3 === 0 ? '' : `Kết luận cuộc họp lần ${i}.`,
});

/** Records of the other tables, as version 1 stored them. */
const OTHERS = {
  units: [unitRecord({ id: 'u-1', name: 'Ban Dân vận Tỉnh ủy', shortName: 'BDV' })],
  people: [personRecord({ id: 'p-1', fullName: 'Lê Văn Gặp', title: 'Trưởng ban Dân vận Tỉnh ủy', unitId: 'u-1' })],
  attendances: [attendanceRecord({ id: 'a-1', meetingId: 'm-00001', personId: 'p-1', title: 'Trưởng ban', unitId: 'u-1' })],
  directives: [
    directiveRecord({
      id: 'd-1',
      meetingId: 'm-00001',
      text: 'Tập trung thực hiện tốt các chỉ tiêu theo Nghị quyết.',
      leaderPersonId: 'p-1',
      leadUnitId: 'u-1',
      deadline: { kind: 'year', year: 2017 },
      status: 'in-progress',
    }),
  ],
  followUps: [followUpRecord({ id: 'f-1', directiveId: 'd-1', date: '2017-03-01', text: 'Đã triển khai.', percent: 50 })],
  settings: [{ key: 'reminders', value: { horizonDays: 7 }, updatedAt: STAMP }],
} as const;

/** Writes v1 records straight into the tables (the write functions of today know only version 2). */
async function writeV1(db: SecretariatDb, meetings: Record<string, unknown>[]): Promise<void> {
  await db.table('meetings').bulkAdd(meetings);
  for (const [table, records] of Object.entries(OTHERS)) await db.table(table).bulkAdd([...records]);
}

async function others(db: SecretariatDb): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of Object.keys(OTHERS)) result[table] = await db.table(table).toArray();
  return result;
}

describe('schema version 2 upgrade of a version-1 database', () => {
  it('moves every meeting’s texts to meetingTexts and leaves everything else as it was', async () => {
    indexedDB = new IDBFactory();
    name = `v1-${crypto.randomUUID()}`;
    // More meetings than one upgrade round takes, so that the rounds are joined correctly.
    const meetings = Array.from({ length: 1234 }, (_, i) => v1Meeting(i + 1, textsOf(i + 1)));
    const old = open(V1);
    await writeV1(old, meetings);
    expect(old.verno).toBe(1);
    expect(old.tables.map((t) => t.name)).not.toContain('meetingTexts');
    const othersBefore = await others(old);
    old.close();

    const db = open();
    await db.open();
    expect(db.verno).toBe(2);
    const stored = await db.meetings.toArray();
    expect(stored).toHaveLength(meetings.length);
    const withoutTexts = (m: Record<string, unknown>) => Object.fromEntries(Object.entries(m).filter(([key]) => !['agenda', 'content', 'conclusion'].includes(key)));
    expect(stored).toEqual(meetings.map(withoutTexts));
    expect(stored.some((m) => 'content' in m || 'agenda' in m || 'conclusion' in m)).toBe(false);

    const texts = await db.meetingTexts.toArray();
    expect(texts).toHaveLength(meetings.length);
    expect(texts).toEqual(meetings.map((m, i) => ({ meetingId: m.id, ...textsOf(i + 1), updatedAt: m.updatedAt })));
    expect((await db.meetingTexts.get('m-00100'))?.content.length).toBeGreaterThan(30_000);

    // The indexes of meetings still serve the lists.
    expect(await db.meetings.where('[state+date]').between(['trashed', ''], ['trashed', '\uffff']).count()).toBe(meetings.filter((m) => m.state === 'trashed').length);
    expect(await others(db)).toEqual(othersBefore);
    expect(await readMeetingWithTexts(db, 'm-00001')).toEqual(meetings[0]);
  });

  it('an upgrade that fails half-way leaves the version-1 database whole', async () => {
    indexedDB = new IDBFactory();
    name = `v1-${crypto.randomUUID()}`;
    const meetings = [v1Meeting(1, textsOf(1)), v1Meeting(2, textsOf(2))];
    // A record no version of the app writes (numeric id): the upgrade refuses it rather than guess.
    const stray = { ...v1Meeting(3, textsOf(3)), id: 3 };
    const old = open(V1);
    await writeV1(old, [...meetings, stray]);
    old.close();

    const db = open();
    await expect(db.open()).rejects.toThrow('without a string id');
    db.close();

    const again = open(V1);
    await again.open();
    expect(again.verno).toBe(1);
    expect(await again.table('meetings').toArray()).toEqual([stray, ...meetings]);
  });
});
