/**
 * Schemas for everything written to the database or received from outside (IPC, imports).
 * Strings are cleaned (NFC, no control characters) before their length is checked, so what is measured is
 * what is stored.
 */
import { z } from 'zod';
import { cleanLineText, cleanMultilineText } from '../text/clean.js';
import { isClockTime, isIsoDate } from './dates.js';
import { isValidDeadline, type Deadline } from './deadline.js';
import {
  ATTENDANCE_ROLES,
  DIRECTIVE_STATUSES,
  FOLLOW_UP_KINDS,
  MEETING_KINDS,
  PRESENCE_VALUES,
} from './types.js';

export const LIMITS = {
  name: 200,
  line: 500,
  agenda: 20_000,
  content: 500_000,
  conclusion: 200_000,
  directiveText: 20_000,
  supportUnits: 50,
} as const;

/** A one-line text field, cleaned, with a maximum length. */
export const lineText = (max: number) => z.string().transform(cleanLineText).pipe(z.string().max(max));
/** A one-line text field that must not be empty after cleaning. */
export const requiredLine = (max: number) => z.string().transform(cleanLineText).pipe(z.string().min(1).max(max));
/** A multi-line text field, cleaned, line breaks kept. */
export const multilineText = (max: number) =>
  z
    .string()
    .transform((s) => cleanMultilineText(s).trim())
    .pipe(z.string().max(max));

export const idSchema = z.string().min(1).max(64);
export const optionalId = idSchema.nullable();
export const isoDate = z.string().refine(isIsoDate, { params: { key: 'validation.noSuchDay' } });
export const clockTimeOrEmpty = z
  .string()
  .refine((s) => s === '' || isClockTime(s), { params: { key: 'validation.timeFormat' } });

const year = z.number().int().min(1900).max(2200);
export const deadlineSchema: z.ZodType<Deadline> = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('ongoing') }),
    z.object({ kind: z.literal('date'), date: isoDate }),
    z.object({ kind: z.literal('quarter'), year, quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
    z.object({ kind: z.literal('half'), year, half: z.union([z.literal(1), z.literal(2)]) }),
    z.object({ kind: z.literal('year'), year }),
  ])
  .refine(isValidDeadline);

export const unitInputSchema = z.object({
  name: requiredLine(LIMITS.name),
  shortName: lineText(LIMITS.name),
});

export const personInputSchema = z.object({
  fullName: requiredLine(LIMITS.name),
  title: lineText(LIMITS.line),
  unitId: optionalId,
});

export const meetingInputSchema = z
  .object({
    title: requiredLine(LIMITS.line),
    kind: z.enum(MEETING_KINDS),
    date: isoDate,
    startTime: clockTimeOrEmpty,
    endTime: clockTimeOrEmpty,
    place: lineText(LIMITS.line),
    issuingUnitId: optionalId,
    chairPersonId: optionalId,
    secretaryPersonId: optionalId,
    agenda: multilineText(LIMITS.agenda),
    content: multilineText(LIMITS.content),
    conclusion: multilineText(LIMITS.conclusion),
  })
  .superRefine((m, ctx) => {
    if (isClockTime(m.startTime) && isClockTime(m.endTime) && m.endTime <= m.startTime) {
      ctx.addIssue({
        code: 'custom',
        path: ['endTime'],
        params: { key: 'validation.endBeforeStart', start: m.startTime, end: m.endTime },
      });
    }
  });

export const attendanceInputSchema = z.object({
  personId: idSchema,
  role: z.enum(ATTENDANCE_ROLES),
  presence: z.enum(PRESENCE_VALUES),
  absenceReason: lineText(LIMITS.line),
  title: lineText(LIMITS.line),
  unitId: optionalId,
});

export const directiveInputSchema = z.object({
  text: z
    .string()
    .transform((s) => cleanMultilineText(s).trim())
    .pipe(z.string().min(1).max(LIMITS.directiveText)),
  leaderPersonId: optionalId,
  leadUnitId: optionalId,
  supportUnitIds: z.array(idSchema).max(LIMITS.supportUnits),
  deadline: deadlineSchema,
});

export const directiveStatusSchema = z.enum(DIRECTIVE_STATUSES);
export const followUpKindSchema = z.enum(FOLLOW_UP_KINDS);

export type UnitInput = z.output<typeof unitInputSchema>;
export type PersonInput = z.output<typeof personInputSchema>;
export type MeetingInput = z.output<typeof meetingInputSchema>;
export type AttendanceInput = z.output<typeof attendanceInputSchema>;
export type DirectiveInput = z.output<typeof directiveInputSchema>;
