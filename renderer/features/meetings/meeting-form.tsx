/**
 * The meeting's own fields, top to bottom in the order of the minutes (biên bản): name, kind, date and time,
 * place, issuing body, chair, secretary, agenda, content as it went, conclusion. Controlled by the autosave
 * draft; messages appear under the field they are about.
 */
import { Col, Form, Input, Row, Select, type InputRef } from 'antd';
import { useState, type ReactNode, type Ref } from 'react';
import type { Id } from '../../../src/domain/types.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { DateInput } from '../../components/date-input.js';
import { NewPersonDialog, type NewPersonValues } from '../../components/new-person-dialog.js';
import { PersonPicker } from '../../components/person-picker.js';
import { reportError } from '../../components/report-error.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { db } from '../../db/instance.js';
import { createPerson } from '../../db/writes/directory.js';
import { MEETING_KIND_OPTIONS } from './meeting-kinds.js';
import type { MeetingDraft, MeetingField } from './meeting-draft.js';
import { TimeInput } from './time-input.js';

/** Element ids of the fields, so labels, messages and "go to the first error" agree. */
export const FIELD_IDS: Record<MeetingField, string> = {
  title: 'meeting-title',
  kind: 'meeting-kind',
  date: 'meeting-date',
  startTime: 'meeting-start-time',
  endTime: 'meeting-end-time',
  place: 'meeting-place',
  issuingUnitId: 'meeting-issuing-unit',
  chairPersonId: 'meeting-chair',
  secretaryPersonId: 'meeting-secretary',
  agenda: 'meeting-agenda',
  content: 'meeting-content',
  conclusion: 'meeting-conclusion',
};

type PersonField = 'chairPersonId' | 'secretaryPersonId';

interface Props {
  draft: MeetingDraft;
  errors: Partial<Record<MeetingField, string>>;
  onChange: (patch: Partial<MeetingDraft>) => void;
  titleRef?: Ref<InputRef>;
}

export function MeetingForm({ draft, errors, onChange, titleRef }: Props) {
  // A time being typed is incomplete by nature ("1" on the way to "16:00"): its messages wait until the field is left.
  const [editingTime, setEditingTime] = useState(false);
  const [creating, setCreating] = useState<{ field: PersonField; name: string } | null>(null);
  const shown = editingTime ? { ...errors, startTime: undefined, endTime: undefined } : errors;

  const item = (field: MeetingField, children: ReactNode, required = false) => (
    <Field field={field} message={shown[field]} required={required}>
      {children}
    </Field>
  );
  const describedBy = (field: MeetingField) => (shown[field] === undefined ? undefined : `${FIELD_IDS[field]}-error`);

  async function createPersonFor(values: NewPersonValues): Promise<void> {
    if (creating === null) return;
    try {
      const person = await createPerson(db, values);
      onChange({ [creating.field]: person.id });
      setCreating(null);
    } catch (error) {
      reportError(error);
    }
  }

  const personPicker = (field: PersonField) => (
    <PersonPicker
      id={FIELD_IDS[field]}
      value={draft[field]}
      onChange={(id: Id | null) => onChange({ [field]: id })}
      onCreate={(name) => setCreating({ field, name })}
    />
  );

  return (
    <Form layout="vertical" component="div">
      {item(
        'title',
        <Input
          id={FIELD_IDS.title}
          ref={titleRef}
          value={draft.title}
          status={shown.title === undefined ? undefined : 'error'}
          aria-invalid={shown.title !== undefined}
          aria-describedby={describedBy('title')}
          onChange={(e) => onChange({ title: e.target.value })}
        />,
        true,
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {item(
            'kind',
            <Select id={FIELD_IDS.kind} value={draft.kind} options={[...MEETING_KIND_OPTIONS]} onChange={(kind) => onChange({ kind })} />,
            true,
          )}
        </Col>
        <Col xs={24} md={6}>
          {item(
            'date',
            <DateInput
              id={FIELD_IDS.date}
              label="field.date"
              allowClear={false}
              value={draft.date === '' ? null : draft.date}
              onChange={(date) => onChange({ date: date ?? '' })}
            />,
            true,
          )}
        </Col>
        <Col xs={12} md={5}>
          {item(
            'startTime',
            <TimeInput
              id={FIELD_IDS.startTime}
              value={draft.startTime}
              invalid={shown.startTime !== undefined}
              describedBy={describedBy('startTime')}
              onEditing={setEditingTime}
              onChange={(startTime) => onChange({ startTime })}
            />,
          )}
        </Col>
        <Col xs={12} md={5}>
          {item(
            'endTime',
            <TimeInput
              id={FIELD_IDS.endTime}
              value={draft.endTime}
              invalid={shown.endTime !== undefined}
              describedBy={describedBy('endTime')}
              onEditing={setEditingTime}
              onChange={(endTime) => onChange({ endTime })}
            />,
          )}
        </Col>
      </Row>
      {item(
        'place',
        <Input
          id={FIELD_IDS.place}
          value={draft.place}
          placeholder={t('editor.placePlaceholder')}
          status={shown.place === undefined ? undefined : 'error'}
          aria-describedby={describedBy('place')}
          onChange={(e) => onChange({ place: e.target.value })}
        />,
      )}
      {item(
        'issuingUnitId',
        <UnitPicker id={FIELD_IDS.issuingUnitId} mode="single" value={draft.issuingUnitId} onChange={(issuingUnitId) => onChange({ issuingUnitId })} />,
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          {item('chairPersonId', personPicker('chairPersonId'))}
        </Col>
        <Col xs={24} md={12}>
          {item('secretaryPersonId', personPicker('secretaryPersonId'))}
        </Col>
      </Row>
      {item(
        'agenda',
        <Input.TextArea
          id={FIELD_IDS.agenda}
          value={draft.agenda}
          autoSize={{ minRows: 3, maxRows: 12 }}
          status={shown.agenda === undefined ? undefined : 'error'}
          aria-describedby={describedBy('agenda')}
          onChange={(e) => onChange({ agenda: e.target.value })}
        />,
      )}
      {item(
        'content',
        // Fixed height rather than autoSize: the minutes can run to hundreds of thousands of characters, and
        // measuring them on every keystroke would make typing lag.
        <Input.TextArea
          id={FIELD_IDS.content}
          value={draft.content}
          rows={14}
          style={{ resize: 'vertical' }}
          status={shown.content === undefined ? undefined : 'error'}
          aria-describedby={describedBy('content')}
          onChange={(e) => onChange({ content: e.target.value })}
        />,
      )}
      {item(
        'conclusion',
        <Input.TextArea
          id={FIELD_IDS.conclusion}
          value={draft.conclusion}
          rows={8}
          style={{ resize: 'vertical' }}
          status={shown.conclusion === undefined ? undefined : 'error'}
          aria-describedby={describedBy('conclusion')}
          onChange={(e) => onChange({ conclusion: e.target.value })}
        />,
      )}
      <NewPersonDialog
        open={creating !== null}
        initialName={creating?.name ?? ''}
        onSubmit={createPersonFor}
        onCancel={() => setCreating(null)}
      />
    </Form>
  );
}

function Field({ field, message, required, children }: { field: MeetingField; message: string | undefined; required: boolean; children: ReactNode }) {
  return (
    <Form.Item
      label={t(`field.${field}` as MessageKey)}
      htmlFor={FIELD_IDS[field]}
      required={required}
      validateStatus={message === undefined ? undefined : 'error'}
      help={
        message === undefined ? undefined : (
          <span id={`${FIELD_IDS[field]}-error`} role="alert">
            {message}
          </span>
        )
      }
    >
      {children}
    </Form.Item>
  );
}
