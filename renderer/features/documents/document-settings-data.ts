/**
 * Document settings of one issuing body as a form: plain text fields (lists typed one item per line), checked
 * with Vietnamese messages, then normalised by the document core's own schema and stored in one transaction
 * under documentSettingsKey(unitId).
 *
 * The core's parser never fails (a bad field silently falls back to its default, right for reading old data).
 * A person typing must instead be told, so the form is checked first against the core's own SETTINGS_LIMITS: a
 * line of at most SETTINGS_LIMITS.line characters, at most SETTINGS_LIMITS.lines lines per list.
 */
import { z } from 'zod';
import { multilineText, lineText } from '../../../src/domain/schemas.js';
import type { Id } from '../../../src/domain/types.js';
import { validate, type Validated } from '../../../src/domain/validation.js';
import {
  AUTHORITIES,
  documentSettingsKey,
  parseDocumentSettings,
  PROFILE_IDS,
  SETTINGS_LIMITS,
  type Authority,
  type DocumentSettings,
  type ProfileId,
} from '../../../src/documents/settings.js';
import type { MessageKey } from '../../../src/i18n/index.js';
import { cleanLineText, cleanMultilineText } from '../../../src/text/clean.js';
import type { SecretariatDb } from '../../db/database.js';
import { requireRecord } from '../../db/writes/require.js';

const LINE_MAX = SETTINGS_LIMITS.line;
const LINES_MAX = SETTINGS_LIMITS.lines;

export interface DocumentSettingsForm {
  profile: ProfileId;
  superiorBody: string;
  issuingBodyName: string;
  place: string;
  symbolMinutes: string;
  symbolNotice: string;
  symbolReport: string;
  authority: Authority;
  /** One printed line per text line. */
  signerTitle: string;
  signerName: string;
  /** One recipient per text line. */
  recipients: string;
  archive: string;
}

export const FORM_LABELS: Readonly<Record<keyof DocumentSettingsForm, MessageKey>> = {
  profile: 'docSettings.profile',
  superiorBody: 'docSettings.superiorBody',
  issuingBodyName: 'docSettings.issuingBodyName',
  place: 'docSettings.place',
  symbolMinutes: 'docSettings.symbolMinutes',
  symbolNotice: 'docSettings.symbolNotice',
  symbolReport: 'docSettings.symbolReport',
  authority: 'docSettings.signerAuthority',
  signerTitle: 'docSettings.signerTitle',
  signerName: 'docSettings.signerName',
  recipients: 'docSettings.recipients',
  archive: 'docSettings.archive',
};

const toLines = (text: string): string[] =>
  cleanMultilineText(text)
    .split('\n')
    .map(cleanLineText)
    .filter((line) => line !== '');

const lines = z
  .string()
  .transform(toLines)
  .refine((items) => items.every((line) => line.length <= LINE_MAX), { params: { key: 'docSettings.lineTooLong', max: LINE_MAX } })
  .refine((items) => items.length <= LINES_MAX, { params: { key: 'docSettings.tooManyLines', max: LINES_MAX } });

const formSchema = z.object({
  profile: z.enum(PROFILE_IDS),
  superiorBody: multilineText(LINE_MAX),
  issuingBodyName: multilineText(LINE_MAX),
  place: lineText(LINE_MAX),
  symbolMinutes: lineText(LINE_MAX),
  symbolNotice: lineText(LINE_MAX),
  symbolReport: lineText(LINE_MAX),
  authority: z.enum(AUTHORITIES),
  signerTitle: lines,
  signerName: lineText(LINE_MAX),
  recipients: lines,
  archive: lineText(LINE_MAX),
});

/** The form's fields for stored settings. */
export function formFromSettings(settings: DocumentSettings): DocumentSettingsForm {
  return {
    profile: settings.profile,
    superiorBody: settings.superiorBody,
    issuingBodyName: settings.issuingBodyName,
    place: settings.place,
    symbolMinutes: settings.symbols.minutes,
    symbolNotice: settings.symbols.notice,
    symbolReport: settings.symbols.report,
    authority: settings.signer.authority,
    signerTitle: settings.signer.titleLines.join('\n'),
    signerName: settings.signer.name,
    recipients: settings.recipients.join('\n'),
    archive: settings.archive,
  };
}

/** Checks the form; on success gives the settings as the document core stores them. */
export function settingsFromForm(form: DocumentSettingsForm): Validated<DocumentSettings> {
  const checked = validate(formSchema, form, FORM_LABELS);
  if (!checked.ok) return checked;
  const v = checked.value;
  const settings = parseDocumentSettings({
    profile: v.profile,
    superiorBody: v.superiorBody,
    issuingBodyName: v.issuingBodyName,
    place: v.place,
    symbols: { minutes: v.symbolMinutes, notice: v.symbolNotice, report: v.symbolReport },
    signer: { authority: v.authority, titleLines: v.signerTitle, name: v.signerName },
    recipients: v.recipients,
    archive: v.archive,
  });
  return { ok: true, value: settings };
}

/**
 * A body's stored document settings as stored (unknown shape: the document core parses them); null when the body
 * has none or there is no body. Call it inside the caller's read transaction to read them with the other records.
 */
export async function readStoredDocumentSettings(db: SecretariatDb, unitId: Id | null): Promise<unknown> {
  if (unitId === null) return null;
  return (await db.settings.get(documentSettingsKey(unitId)))?.value ?? null;
}

/** A body's stored settings (parsed, defaults for bad fields) and whether any are stored. */
export async function loadDocumentSettings(db: SecretariatDb, unitId: Id): Promise<{ settings: DocumentSettings; stored: boolean }> {
  const value = await readStoredDocumentSettings(db, unitId);
  return { settings: parseDocumentSettings(value), stored: value !== null };
}

/** Stores a body's settings in one transaction; fails with a Vietnamese message if the body no longer exists. */
export async function saveDocumentSettings(db: SecretariatDb, unitId: Id, settings: DocumentSettings): Promise<void> {
  const value = parseDocumentSettings(settings);
  await db.transaction('rw', [db.units, db.settings], async () => {
    await requireRecord(db.units, unitId, 'field.unit');
    await db.settings.put({ key: documentSettingsKey(unitId), value, updatedAt: Date.now() });
  });
}
