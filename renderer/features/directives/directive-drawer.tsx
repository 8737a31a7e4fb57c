/**
 * Adds or edits one directive in a side panel: the full (often long) text, the leader who gave it, the lead
 * unit, supporting units and the deadline. Saving is refused, with the reason next to the field, while anything
 * is invalid, including a deadline that ends before the meeting.
 */
import { Button, Drawer, Form, Input, Space } from 'antd';
import { useState } from 'react';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Directive } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { DeadlineInput } from '../../components/deadline-input.js';
import { NewPersonDialog } from '../../components/new-person-dialog.js';
import { PersonPicker } from '../../components/person-picker.js';
import { errorText, reportError } from '../../components/report-error.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { db } from '../../db/instance.js';
import { addDirective, updateDirective } from '../../db/writes/directives.js';
import { createPerson } from '../../db/writes/directory.js';
import { checkDraft, deadlineWarning, type DirectiveDraft, type DraftIssues } from './directive-draft.js';

export type DrawerTarget = { mode: 'new'; draft: DirectiveDraft } | { mode: 'edit'; directive: Directive; number: number; draft: DirectiveDraft };

interface Props {
  meetingId: string;
  meetingDate: IsoDate;
  target: DrawerTarget | null;
  /** Called with true after a save, false when cancelled. */
  onClose: (saved: boolean) => void;
}

export function DirectiveDrawer({ meetingId, meetingDate, target, onClose }: Props) {
  const title = target?.mode === 'edit' ? t('directives.editTitle', { number: target.number }) : t('directives.newTitle');
  return (
    <Drawer open={target !== null} title={title} size={640} onClose={() => onClose(false)} destroyOnHidden>
      {target !== null && <DirectiveForm meetingId={meetingId} meetingDate={meetingDate} target={target} onDone={onClose} />}
    </Drawer>
  );
}

function DirectiveForm({ meetingId, meetingDate, target, onDone }: { meetingId: string; meetingDate: IsoDate; target: DrawerTarget; onDone: (saved: boolean) => void }) {
  const [draft, setDraft] = useState<DirectiveDraft>(target.draft);
  const [issues, setIssues] = useState<DraftIssues>({});
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [newLeader, setNewLeader] = useState<string | null>(null);

  function change(next: DirectiveDraft): void {
    setDraft(next);
    if (tried) {
      const check = checkDraft(next, meetingDate);
      setIssues(check.ok ? {} : check.issues);
    }
  }

  async function save(): Promise<void> {
    setTried(true);
    const check = checkDraft(draft, meetingDate);
    if (!check.ok) {
      setIssues(check.issues);
      return;
    }
    setBusy(true);
    try {
      if (target.mode === 'edit') await updateDirective(db, target.directive.id, check.input);
      else await addDirective(db, meetingId, check.input);
      onDone(true);
    } catch (error) {
      setIssues({ text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  // A deadline before the meeting is shown as soon as it is chosen, not only when saving.
  const deadlineMessage = issues.deadline ?? (tried ? null : deadlineWarning(draft.deadline, meetingDate));
  const status = (field: keyof DraftIssues) => (issues[field] === undefined ? undefined : ('error' as const));

  return (
    <>
      {/* A div, not a form: Enter in a picker chooses an option and must not save the directive. */}
      <Form layout="vertical" component="div">
        <Form.Item label={t('field.text')} required htmlFor="directive-text" validateStatus={status('text')} help={issues.text}>
          <Input.TextArea
            id="directive-text"
            autoFocus
            autoSize={{ minRows: 5, maxRows: 18 }}
            placeholder={t('directives.textPlaceholder')}
            value={draft.text}
            onChange={(e) => change({ ...draft, text: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void save();
              }
            }}
          />
        </Form.Item>
        <Form.Item label={t('field.leaderPersonId')} htmlFor="directive-leader" validateStatus={status('leaderPersonId')} help={issues.leaderPersonId}>
          <PersonPicker
            id="directive-leader"
            value={draft.leaderPersonId}
            onChange={(leaderPersonId) => change({ ...draft, leaderPersonId })}
            onCreate={(typed) => setNewLeader(typed)}
          />
        </Form.Item>
        <Form.Item label={t('field.leadUnitId')} htmlFor="directive-lead-unit" validateStatus={status('leadUnitId')} help={issues.leadUnitId}>
          <UnitPicker id="directive-lead-unit" mode="single" value={draft.leadUnitId} onChange={(leadUnitId) => change({ ...draft, leadUnitId })} />
        </Form.Item>
        <Form.Item label={t('field.supportUnitIds')} htmlFor="directive-support-units" validateStatus={status('supportUnitIds')} help={issues.supportUnitIds}>
          <UnitPicker
            id="directive-support-units"
            mode="multiple"
            value={draft.supportUnitIds}
            onChange={(supportUnitIds) => change({ ...draft, supportUnitIds })}
          />
        </Form.Item>
        <Form.Item label={t('field.deadline')} htmlFor="directive-deadline">
          <DeadlineInput id="directive-deadline" value={draft.deadline} onChange={(deadline) => change({ ...draft, deadline })} error={deadlineMessage} />
        </Form.Item>
        <Space>
          <Button type="primary" loading={busy} onClick={() => void save()}>
            {t('action.save')}
          </Button>
          <Button onClick={() => onDone(false)}>{t('action.cancel')}</Button>
        </Space>
      </Form>
      <NewPersonDialog
        open={newLeader !== null}
        initialName={newLeader ?? ''}
        onCancel={() => setNewLeader(null)}
        onSubmit={async (values) => {
          try {
            const person = await createPerson(db, values);
            setNewLeader(null);
            change({ ...draft, leaderPersonId: person.id });
          } catch (error) {
            reportError(error);
          }
        }}
      />
    </>
  );
}
