/**
 * Document settings of one issuing body (cơ quan ban hành): which format it follows, how its name and number
 * symbols are printed, who signs and who receives. Stored as a Setting under documentSettingsKey(unitId).
 */
import { z } from 'zod';
import { cleanLineText, cleanMultilineText } from '../text/clean.js';
import type { Id } from '../domain/types.js';

export const PROFILE_IDS = ['state', 'party'] as const;
/** 'state': Decree 30/2020 Annex I; 'party': the Party format (Guidance 36-HD/VPTW). */
export type ProfileId = (typeof PROFILE_IDS)[number];

/** Signing authority: thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền, or the head signing in person. */
export const AUTHORITIES = ['none', 'tm', 'kt', 'tl', 'tuq', 'q'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export const DOCUMENT_KINDS = ['minutes', 'notice', 'report'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Longest line and most lines per list the settings keep; the settings form refuses more with a message. */
export const SETTINGS_LIMITS = { line: 300, lines: 20 } as const;

const line = z
  .string()
  .transform(cleanLineText)
  .pipe(z.string().max(SETTINGS_LIMITS.line))
  .catch('');
// Body names may be typed on two or three lines, as they are printed ("ỦY BAN NHÂN DÂN / TỈNH BẾN TRE").
const multiline = z
  .string()
  .transform((s) => cleanMultilineText(s).trim())
  .pipe(z.string().max(SETTINGS_LIMITS.line))
  .catch('');
const lineList = z
  .array(z.string().transform(cleanLineText))
  .transform((items) => items.filter((item) => item !== '').slice(0, SETTINGS_LIMITS.lines))
  .catch([]);

export const documentSettingsSchema = z.object({
  profile: z.enum(PROFILE_IDS).catch('state'),
  /** Cơ quan chủ quản, printed above the issuing body; often empty. */
  superiorBody: multiline.default(''),
  /** The issuing body as printed; when empty, the name of the meeting's issuing unit is used. */
  issuingBodyName: multiline.default(''),
  /** Địa danh of the date line, e.g. "Bến Tre". */
  place: line.default(''),
  /** Number symbol per document type: "BB-BDVTU" (State) or "TB/TU" (Party). */
  symbols: z
    .object({ minutes: line.default(''), notice: line.default(''), report: line.default('') })
    .catch({ minutes: '', notice: '', report: '' })
    .default({ minutes: '', notice: '', report: '' }),
  signer: z
    .object({
      authority: z.enum(AUTHORITIES).catch('none').default('none'),
      /** First line carries the authority prefix: ["Ban Thường vụ", "Phó Bí thư"] → "TM. BAN THƯỜNG VỤ / PHÓ BÍ THƯ". */
      titleLines: lineList.default([]),
      name: line.default(''),
    })
    .catch({ authority: 'none', titleLines: [], name: '' })
    .default({ authority: 'none', titleLines: [], name: '' }),
  /** "Nơi nhận" lines without the leading dash or the closing semicolon. */
  recipients: lineList.default([]),
  /** What follows "Lưu:", usually "VT" plus the drafting unit. */
  archive: line.default('VT'),
});

export type DocumentSettings = z.output<typeof documentSettingsSchema>;

/** Settings of a body that has none yet: State format, nothing filled in, archive at the clerical office. */
export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = {
  profile: 'state',
  superiorBody: '',
  issuingBodyName: '',
  place: '',
  symbols: { minutes: '', notice: '', report: '' },
  signer: { authority: 'none', titleLines: [], name: '' },
  recipients: [],
  archive: 'VT',
};

/** Reads stored settings of unknown shape; a bad field falls back to its default, never throws. */
export function parseDocumentSettings(value: unknown): DocumentSettings {
  if (value === null || typeof value !== 'object') return defaultDocumentSettings();
  const parsed = documentSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultDocumentSettings();
}

/** A fresh copy of the defaults (callers may edit it). */
export function defaultDocumentSettings(): DocumentSettings {
  const d = DEFAULT_DOCUMENT_SETTINGS;
  return { ...d, symbols: { ...d.symbols }, signer: { ...d.signer, titleLines: [...d.signer.titleLines] }, recipients: [...d.recipients] };
}

const KEY_PREFIX = 'documents.settings.';

/** The Setting key under which a body's document settings are stored. */
export function documentSettingsKey(unitId: Id): string {
  return `${KEY_PREFIX}${unitId}`;
}
