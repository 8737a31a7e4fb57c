/**
 * Helpers of the meeting and directory end-to-end tests: read the real IndexedDB of the page (what is stored,
 * not what is shown), create meetings through the UI, wait for autosave.
 */
import type { Page } from 'playwright-core';
import { DATABASE_NAME as DB_NAME } from '../../renderer/db/database.js';
import type { Directive, Meeting, MeetingTexts, MeetingWithTexts, Person, Setting, Unit } from '../../src/domain/types.js';

export { DB_NAME };

interface Stores {
  settings: Setting;
  meetings: Meeting;
  meetingTexts: MeetingTexts;
  units: Unit;
  people: Person;
  directives: Directive;
}

/** Every record of a store, read with the plain IndexedDB API inside the page. */
export async function readStore<K extends keyof Stores>(page: Page, store: K): Promise<Array<Stores[K]>> {
  return page.evaluate(
    ([name, storeName]) =>
      new Promise<Array<Stores[K]>>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          all.onsuccess = () => {
            resolve(all.result as Array<Stores[K]>);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    [DB_NAME, store] as const,
  );
}

/** Adds records straight into a store (to seed volume quickly); the page must be reloaded to show them. */
export async function putRecords(page: Page, store: keyof Stores, records: readonly object[]): Promise<void> {
  await page.evaluate(
    ([name, storeName, rows]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(storeName, 'readwrite');
          for (const row of rows) tx.objectStore(storeName).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [DB_NAME, store, records] as const,
  );
}

/** The one meeting whose id is in the location hash. */
export async function openMeetingRecord(page: Page): Promise<Meeting> {
  const id = decodeURIComponent((await page.evaluate(() => location.hash)).split('/')[2] ?? '');
  const meeting = (await readStore(page, 'meetings')).find((m) => m.id === id);
  if (meeting === undefined) throw new Error(`no stored meeting ${id}`);
  return meeting;
}

/**
 * The meeting in the location hash joined with its record in `meetingTexts`, both as stored. Fails if the
 * meeting record itself carries texts (schema version 2 keeps them apart) or if its texts record is missing.
 */
export async function openMeetingWithTexts(page: Page): Promise<MeetingWithTexts> {
  const meeting = await openMeetingRecord(page);
  if ('agenda' in meeting || 'content' in meeting || 'conclusion' in meeting) throw new Error(`meeting ${meeting.id} stored with its texts`);
  const texts = (await readStore(page, 'meetingTexts')).find((t) => t.meetingId === meeting.id);
  if (texts === undefined) throw new Error(`no stored texts for meeting ${meeting.id}`);
  return { ...meeting, agenda: texts.agenda, content: texts.content, conclusion: texts.conclusion };
}

/** Waits until the header says the edits are saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').getByText(/^Đã lưu lúc \d\d:\d\d:\d\d$/).waitFor();
}

/** Creates a meeting with Ctrl+N and types its title (the provisional title is selected, so typing replaces it). */
export async function newMeeting(page: Page, title: string): Promise<void> {
  await page.getByRole('navigation').waitFor();
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press('Control+n');
  await page.waitForFunction((hash) => location.hash !== hash && location.hash.startsWith('#/meetings/'), before);
  const field = page.getByLabel('Tên cuộc họp');
  await field.waitFor();
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.id === 'meeting-title');
  await page.keyboard.insertText(title);
  await waitSaved(page);
}

/** Goes back to the meeting list. */
export async function backToList(page: Page): Promise<void> {
  await page.getByRole('navigation').getByText('Cuộc họp', { exact: true }).click();
  await page.getByLabel('Tìm cuộc họp').waitFor();
}
