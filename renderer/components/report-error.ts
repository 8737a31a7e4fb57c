/**
 * Shows a failed write to the user in Vietnamese. Validation errors carry their own messages; anything else is
 * an unexpected failure, reported with a generic message (details go to the console for support).
 */
import { message } from 'antd';
import { ValidationError } from '../../src/domain/validation.js';
import { t } from '../../src/i18n/index.js';

/** Text of an error as a user should read it. */
export function errorText(error: unknown): string {
  if (error instanceof ValidationError) return error.issues.map((i) => i.message).join(' ');
  return t('error.unexpected');
}

/** Reports an error in a toast. */
export function reportError(error: unknown): void {
  if (!(error instanceof ValidationError)) console.error(error);
  void message.error(errorText(error));
}
