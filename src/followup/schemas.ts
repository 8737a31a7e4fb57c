/**
 * Input of the follow-up forms: a change of status and a progress report. Shape and field rules only; the rules
 * that need the meeting date and today live in ./status.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import { directiveStatusSchema, lineText, LIMITS, multilineText } from '../domain/schemas.js';
import type { MessageKey } from '../i18n/index.js';

/** A date field that may be left empty in the form ('' means "not given"), otherwise a real calendar day. */
const optionalIsoDate = z.string().refine((s) => s === '' || isIsoDate(s), { params: { key: 'validation.noSuchDay' } });

export const LIMIT_REPORT_TEXT = LIMITS.directiveText;

/**
 * A change of status. `date` is when the change took effect; for 'done' it is the completion date.
 * `cancelReason` is required for 'cancelled'; `text` is an optional note kept in the history.
 */
export const statusChangeSchema = z
  .object({
    to: directiveStatusSchema,
    date: optionalIsoDate,
    cancelReason: lineText(LIMITS.line).default(''),
    text: multilineText(LIMIT_REPORT_TEXT).default(''),
    reporter: lineText(LIMITS.name).default(''),
  })
  .superRefine((value, ctx) => {
    if (value.date === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        params: { key: value.to === 'done' ? 'followup.error.completedOnRequired' : 'validation.required' },
      });
    }
    if (value.to === 'cancelled' && value.cancelReason === '') {
      ctx.addIssue({ code: 'custom', path: ['cancelReason'], params: { key: 'followup.error.cancelReasonRequired' } });
    }
  });

export type StatusChange = z.output<typeof statusChangeSchema>;

/** Field names for messages about a status change ('date' is named after what it means for the new status). */
export function statusChangeLabels(to: unknown): Record<string, MessageKey> {
  return {
    to: 'followup.field.to',
    date: to === 'done' ? 'followup.field.completedOn' : 'followup.field.statusDate',
    cancelReason: 'field.cancelReason',
    text: 'field.reportText',
    reporter: 'field.reporter',
  };
}

/** A percent of completion: a whole number from 0 to 100, or null when the report gives none. */
const percentSchema = z
  .number()
  .nullable()
  .refine((p) => p === null || (Number.isInteger(p) && p >= 0 && p <= 100), { params: { key: 'validation.percentRange' } });

/** A progress report: its date, what was done, who reported and how far along it is. */
export const progressReportSchema = z
  .object({
    date: optionalIsoDate,
    text: multilineText(LIMIT_REPORT_TEXT),
    reporter: lineText(LIMITS.name).default(''),
    percent: percentSchema.default(null),
  })
  .superRefine((value, ctx) => {
    if (value.date === '') ctx.addIssue({ code: 'custom', path: ['date'], params: { key: 'validation.required' } });
    if (value.text === '') ctx.addIssue({ code: 'custom', path: ['text'], params: { key: 'followup.error.reportTextRequired' } });
  });

export type ProgressReport = z.output<typeof progressReportSchema>;

/** Field names for messages about a progress report. */
export const PROGRESS_REPORT_LABELS: Record<string, MessageKey> = {
  date: 'followup.field.reportDate',
  text: 'field.reportText',
  reporter: 'field.reporter',
  percent: 'field.percent',
};
