/**
 * Turns schema failures into messages a secretary can act on, in the catalog's language.
 */
import type { z } from 'zod';
import { isMessageKey, t, type MessageKey, type MessageParams } from '../i18n/index.js';

export interface ValidationIssue {
  /** The field the message is about, as named in the input object ('' for the whole record). */
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Thrown by database writes when input is rejected; carries every issue, not just the first. */
export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => i.message).join(' '));
    this.name = 'ValidationError';
  }
}

/** Parses with a schema and reports problems in Vietnamese. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, labels: Record<string, MessageKey> = {}): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map((issue) => describeIssue(issue, input, labels)) };
}

/** Parses or throws ValidationError; used by write functions at the database boundary. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, labels: Record<string, MessageKey> = {}): z.output<S> {
  const result = validate(schema, input, labels);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, labels: Record<string, MessageKey>): ValidationIssue {
  const field = issue.path.map(String).join('.');
  const top = String(issue.path[0] ?? '');
  const labelKey = labels[top] ?? (`field.${top}` as MessageKey);
  const fieldName = isMessageKey(labelKey) ? t(labelKey) : top;
  return { field, message: messageFor(issue, fieldName, valueAt(input, issue.path)) };
}

function messageFor(issue: z.core.$ZodIssue, field: string, value: unknown): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? t('validation.tooLong', { field, max: Number(issue.maximum), actual: typeof value === 'string' ? value.length : 0 })
        : issue.origin === 'array'
          ? t('validation.tooMany', { field, max: Number(issue.maximum) })
          : t('validation.invalid', { field });
    case 'too_small':
      return issue.origin === 'string' ? t('validation.required', { field }) : t('validation.invalid', { field });
    case 'custom': {
      const params = (issue.params ?? {}) as MessageParams & { key?: string };
      const key = params.key;
      if (key !== undefined && isMessageKey(key)) {
        return t(key, { field, value: typeof value === 'string' ? value : '', ...params });
      }
      return t('validation.invalid', { field });
    }
    default:
      return t('validation.invalid', { field });
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
