/**
 * A version-1 database in Chromium's real IndexedDB (as the first release left it on a user's machine) is
 * upgraded when the application opens: the meeting's texts move to meetingTexts and the editor shows them.
 * The version-1 database is made with the plain IndexedDB API from the version-1 store list, as Dexie lays
 * it out (IndexedDB version 10, compound indexes named [a+b], multi-entry indexes without their star).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../src/db/schema-versions.js';
import { meetingWithTexts } from '../fixtures/records.js';
import { appForFile } from './app-for-file.js';
import { CONTEXT_OPTIONS } from './harness.js';
import { DB_NAME, readStore } from './meetings-support.js';

interface StorePlan {
  name: string;
  keyPath: string;
  indexes: Array<{ name: string; keyPath: string | string[]; multiEntry: boolean }>;
}

/** The object stores Dexie makes for a version's store list. */
function storePlans(stores: Record<string, string | null>): StorePlan[] {
  return Object.entries(stores)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([name, spec]) => {
      const [primary = '', ...indexes] = spec.split(',').map((s) => s.trim());
      return {
        name,
        keyPath: primary,
        indexes: indexes.map((index) => {
          const compound = /^\[(.+)\]$/.exec(index);
          if (compound) return { name: index, keyPath: (compound[1] ?? '').split('+'), multiEntry: false };
          const multiEntry = index.startsWith('*');
          return { name: index.replace(/^\*/, ''), keyPath: index.replace(/^\*/, ''), multiEntry };
        }),
      };
    });
}

const V1_MEETING = meetingWithTexts({
  id: 'm-v1',
  title: 'Họp mặt đầu xuân Đinh Dậu năm 2017',
  place: 'Hội trường Ban Dân vận Tỉnh ủy',
  agenda: '1. Thông tin kết quả hoạt động năm 2016.\n2. Phát động thi đua năm 2017.',
  content: 'Chiều ngày 02/02/2017, các cơ quan Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội tỉnh Bến Tre đã tổ chức họp mặt.\n'.repeat(200).trim(),
  conclusion: 'Ông Lê Văn Gặp phát động thi đua với các nội dung sau:',
  updatedAt: 1_486_000_500_000,
});

async function makeV1Database(page: Page, plans: StorePlan[], meeting: object): Promise<void> {
  await page.evaluate(
    ([plan, record, name]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name, 10);
        request.onupgradeneeded = () => {
          for (const store of plan) {
            const os = request.result.createObjectStore(store.name, { keyPath: store.keyPath });
            for (const index of store.indexes) os.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
          }
          request.transaction?.objectStore('meetings').put(record);
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
      }),
    [plans, meeting, DB_NAME] as const,
  );
}

const app = appForFile();

describe('upgrading a version-1 database in Chromium', () => {
  it('moves the meeting texts to meetingTexts on opening, and the editor shows them', async () => {
    const context = await app.browser.newContext(CONTEXT_OPTIONS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A page of the app's origin that is not the app, so the database is made before the app first opens it.
    await page.route(`${app.baseUrl}blank.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>trống</title>' }));
    await page.goto(`${app.baseUrl}blank.html`);
    const v1 = SCHEMA_VERSIONS.find((v) => v.version === 1);
    await makeV1Database(page, storePlans(v1?.stores ?? {}), V1_MEETING);

    await page.goto(`${app.baseUrl}#/meetings/${V1_MEETING.id}`);
    await page.getByLabel('Nội dung').waitFor();
    expect(await page.getByLabel('Tên cuộc họp').inputValue()).toBe(V1_MEETING.title);
    expect(await page.getByLabel('Chương trình').inputValue()).toBe(V1_MEETING.agenda);
    expect(await page.getByLabel('Nội dung').inputValue()).toBe(V1_MEETING.content);
    expect(await page.getByLabel('Kết luận', { exact: true }).inputValue()).toBe(V1_MEETING.conclusion);

    const version = await page.evaluate((name) => indexedDB.databases().then((list) => list.find((d) => d.name === name)?.version), DB_NAME);
    expect(version).toBe(20);
    const { agenda, content, conclusion, ...rest } = V1_MEETING;
    expect(await readStore(page, 'meetings')).toEqual([rest]);
    expect(await readStore(page, 'meetingTexts')).toEqual([{ meetingId: V1_MEETING.id, agenda, content, conclusion, updatedAt: V1_MEETING.updatedAt }]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
