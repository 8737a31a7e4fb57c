/**
 * The form of a directory entry in a dialog, shared by units and people: fields are laid out by the caller,
 * this component checks the values with the entry's schema, shows messages under their fields and keeps the
 * dialog open until the write succeeds.
 */
import { Alert, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { validate, ValidationError } from '../../../src/domain/validation.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { errorText } from '../../components/report-error.js';

export type FieldErrors = Record<string, string>;

interface Props<S extends z.ZodType> {
  open: boolean;
  title: string;
  schema: S;
  values: unknown;
  labels?: Record<string, MessageKey>;
  /** Writes the checked values; throws to keep the dialog open. */
  onSave: () => Promise<void>;
  onClose: () => void;
  children: (errors: FieldErrors) => ReactNode;
}

export function EntryDialog<S extends z.ZodType>({ open, title, schema, values, labels, onSave, onClose, children }: Props<S>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(): Promise<void> {
    const checked = validate(schema, values, labels);
    if (!checked.ok) {
      setErrors(byField(checked.issues));
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      await onSave();
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(byField(error.issues));
        const general = error.issues.filter((i) => i.field === '').map((i) => i.message);
        setFailure(general.length === 0 ? null : general.join(' '));
      } else {
        setFailure(errorText(error));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      okText={t('action.save')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      afterClose={() => {
        setErrors({});
        setFailure(null);
      }}
      destroyOnHidden
    >
      <Form
        layout="vertical"
        component="form"
        onSubmitCapture={(e) => {
          // Enter in a field saves, as in any dialog.
          e.preventDefault();
          void submit();
        }}
      >
        {children(errors)}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
      {failure !== null && <Alert type="error" showIcon title={failure} />}
    </Modal>
  );
}

function byField(issues: ReadonlyArray<{ field: string; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.field.split('.')[0] ?? '';
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Props of a Form.Item showing a field's message, if any, in an announced element. */
export function fieldStatus(errors: FieldErrors, field: string, id: string) {
  const message = errors[field];
  return {
    htmlFor: id,
    validateStatus: message === undefined ? undefined : ('error' as const),
    help:
      message === undefined ? undefined : (
        <span id={`${id}-error`} role="alert">
          {message}
        </span>
      ),
  };
}
