import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { unitInputSchema } from '../../../src/domain/schemas.js';
import type { Unit } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { db } from '../../db/instance.js';
import { createUnit, updateUnit } from '../../db/writes/directory.js';
import { EntryDialog, fieldStatus } from './entry-dialog.js';

interface Props {
  /** The unit being edited, or null to add one. */
  unit: Unit | null;
  onSaved: (name: string) => void;
  onClose: () => void;
}

/** Adds or edits a unit. Meetings refer to units by id, so a new name shows in every meeting at once. */
export function UnitDialog({ unit, onSaved, onClose }: Props) {
  const [values, setValues] = useState({ name: unit?.name ?? '', shortName: unit?.shortName ?? '' });
  return (
    <EntryDialog
      open
      title={unit === null ? t('directory.addUnit') : t('directory.editUnit')}
      schema={unitInputSchema}
      values={values}
      onClose={onClose}
      onSave={async () => {
        const saved = unit === null ? await createUnit(db, values) : await updateUnit(db, unit.id, values);
        onSaved(saved.name);
      }}
    >
      {(errors) => (
        <>
          <Form.Item label={t('field.name')} required {...fieldStatus(errors, 'name', 'unit-name')}>
            <Input id="unit-name" autoFocus value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('field.shortName')} {...fieldStatus(errors, 'shortName', 'unit-short-name')}>
            <Input id="unit-short-name" value={values.shortName} onChange={(e) => setValues({ ...values, shortName: e.target.value })} />
          </Form.Item>
          {unit !== null && <Typography.Text type="secondary">{t('directory.renameHint')}</Typography.Text>}
        </>
      )}
    </EntryDialog>
  );
}
