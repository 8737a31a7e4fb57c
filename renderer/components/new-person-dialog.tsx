/**
 * Adds a person to the directory on the spot: full name, title (chức vụ) and unit.
 */
import { Form, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import type { Id } from '../../src/domain/types.js';
import { t } from '../../src/i18n/index.js';
import { UnitPicker } from './unit-picker.js';

export interface NewPersonValues {
  fullName: string;
  title: string;
  unitId: Id | null;
}

interface Props {
  open: boolean;
  initialName: string;
  onSubmit: (values: NewPersonValues) => Promise<void>;
  onCancel: () => void;
}

export function NewPersonDialog({ open, initialName, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState<NewPersonValues>({ fullName: initialName, title: '', unitId: null });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) setValues({ fullName: initialName, title: '', unitId: null });
  }, [open, initialName]);
  return (
    <Modal
      open={open}
      title={t('person.newTitle')}
      okText={t('action.add')}
      cancelText={t('action.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={async () => {
        setBusy(true);
        try {
          await onSubmit(values);
        } finally {
          setBusy(false);
        }
      }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('field.fullName')} required htmlFor="new-person-name">
          <Input id="new-person-name" autoFocus value={values.fullName} onChange={(e) => setValues({ ...values, fullName: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('field.personTitle')} htmlFor="new-person-title">
          <Input id="new-person-title" value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('field.unitId')} htmlFor="new-person-unit">
          <UnitPicker id="new-person-unit" mode="single" value={values.unitId} onChange={(unitId) => setValues({ ...values, unitId })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
