import { Form, Input } from 'antd';
import { useState } from 'react';
import { personInputSchema } from '../../../src/domain/schemas.js';
import type { Id, Person } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { db } from '../../db/instance.js';
import { createPerson, updatePerson } from '../../db/writes/directory.js';
import { EntryDialog, fieldStatus } from './entry-dialog.js';

interface Props {
  /** The person being edited, or null to add one. */
  person: Person | null;
  onSaved: (name: string) => void;
  onClose: () => void;
}

// The schema calls the position "title"; on this form that is the person's chức vụ, not a meeting's name.
const LABELS = { title: 'field.personTitle' } as const;

/** Adds or edits a person: full name, title (chức vụ) and unit. */
export function PersonDialog({ person, onSaved, onClose }: Props) {
  const [values, setValues] = useState<{ fullName: string; title: string; unitId: Id | null }>({
    fullName: person?.fullName ?? '',
    title: person?.title ?? '',
    unitId: person?.unitId ?? null,
  });
  return (
    <EntryDialog
      open
      title={person === null ? t('directory.addPerson') : t('directory.editPerson')}
      schema={personInputSchema}
      values={values}
      labels={LABELS}
      onClose={onClose}
      onSave={async () => {
        const saved = person === null ? await createPerson(db, values) : await updatePerson(db, person.id, values);
        onSaved(saved.fullName);
      }}
    >
      {(errors) => (
        <>
          <Form.Item label={t('field.fullName')} required {...fieldStatus(errors, 'fullName', 'person-full-name')}>
            <Input id="person-full-name" autoFocus value={values.fullName} onChange={(e) => setValues({ ...values, fullName: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('field.personTitle')} {...fieldStatus(errors, 'title', 'person-title')}>
            <Input id="person-title" value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('field.unitId')} {...fieldStatus(errors, 'unitId', 'person-unit')}>
            <UnitPicker id="person-unit" mode="single" value={values.unitId} onChange={(unitId) => setValues((v) => ({ ...v, unitId }))} />
          </Form.Item>
        </>
      )}
    </EntryDialog>
  );
}
