/**
 * Reminder settings in the settings table: reminders on or off, the due-soon horizon in days (also used by the
 * register and the overview), and the day reminders last ran. Written through a zod schema in one transaction.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import type { IsoDate } from '../../../src/domain/dates.js';
import { parseOrThrow } from '../../../src/domain/validation.js';
import { clampHorizon, DEFAULT_HORIZON_DAYS, MAX_HORIZON_DAYS } from '../../../src/followup/categories.js';
import { FOLLOW_UP_SETTINGS, parseLastRun, shouldRunReminders } from '../../../src/followup/reminders.js';
import type { MessageKey } from '../../../src/i18n/index.js';
import type { SecretariatDb } from '../../db/database.js';
import { db as appDb } from '../../db/instance.js';

/** Settings key of the on/off switch (absent: on). */
export const REMINDERS_ENABLED_KEY = 'followup.remindersEnabled';

export interface ReminderSettings {
  enabled: boolean;
  horizonDays: number;
  lastRun: IsoDate | null;
}

const horizonSchema = z
  .number()
  .refine((n) => Number.isInteger(n) && n >= 0 && n <= MAX_HORIZON_DAYS, { params: { key: 'reminders.horizonInvalid' } });

export const reminderSettingsSchema = z.object({ enabled: z.boolean(), horizonDays: horizonSchema });
export type ReminderSettingsInput = z.output<typeof reminderSettingsSchema>;

const LABELS: Record<string, MessageKey> = { enabled: 'reminders.enabled', horizonDays: 'reminders.horizon' };

/** Reads the settings; anything unreadable falls back to the defaults (on, 7 days, never run). */
export async function readReminderSettings(db: SecretariatDb): Promise<ReminderSettings> {
  const [enabled, horizon, lastRun] = await db.settings.bulkGet([REMINDERS_ENABLED_KEY, FOLLOW_UP_SETTINGS.horizonDays, FOLLOW_UP_SETTINGS.remindersLastRun]);
  return {
    enabled: enabled?.value !== false,
    horizonDays: horizon === undefined ? DEFAULT_HORIZON_DAYS : clampHorizon(horizon.value),
    lastRun: parseLastRun(lastRun?.value),
  };
}

/** Saves the switch and the horizon after checking them (0-365 whole days). */
export async function saveReminderSettings(db: SecretariatDb, input: unknown): Promise<ReminderSettingsInput> {
  const value = parseOrThrow(reminderSettingsSchema, input, LABELS);
  const now = Date.now();
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: REMINDERS_ENABLED_KEY, value: value.enabled, updatedAt: now });
    await db.settings.put({ key: FOLLOW_UP_SETTINGS.horizonDays, value: value.horizonDays, updatedAt: now });
  });
  return value;
}

/**
 * Claims today's reminder run: true (and today recorded) when reminders had not run today. A read-write
 * transaction, so two runs started together (a double mount, two timers) cannot both claim the day.
 */
export async function claimReminderDay(db: SecretariatDb, today: IsoDate): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await db.settings.get(FOLLOW_UP_SETTINGS.remindersLastRun);
    if (!shouldRunReminders(parseLastRun(stored?.value), today)) return false;
    await db.settings.put({ key: FOLLOW_UP_SETTINGS.remindersLastRun, value: today, updatedAt: Date.now() });
    return true;
  });
}

/** The settings, read live (undefined while reading). */
export function useReminderSettings(): ReminderSettings | undefined {
  return useLiveQuery(() => readReminderSettings(appDb), []);
}
