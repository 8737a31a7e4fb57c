/**
 * One of the two lists of a meeting's attendees (members or guests): add from the directory or as a new
 * person, reorder by rank, remove with undo.
 */
import { Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Attendance, AttendanceRole, Id } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { NewPersonDialog, type NewPersonValues } from '../../components/new-person-dialog.js';
import { PersonPicker } from '../../components/person-picker.js';
import { reportError } from '../../components/report-error.js';
import { SortableList } from '../../components/sortable-list.js';
import { useUndoToast } from '../../components/undo-toast.js';
import type { DirectoryView } from '../../data/directory.js';
import { db } from '../../db/instance.js';
import { addAttendance, addNewPersonAsAttendance, removeAttendance, restoreAttendance } from '../../db/writes/attendances.js';
import { insertPositionFor, moveWithinRole } from './attendance-data.js';
import { AttendeeRow } from './attendee-row.js';

interface Props {
  meetingId: Id;
  role: AttendanceRole;
  /** Every attendance of the meeting in rank order (both roles). */
  all: readonly Attendance[];
  directory: DirectoryView;
  /** People already in the meeting, not offered again. */
  present: ReadonlySet<Id>;
}

export function AttendeeGroup({ meetingId, role, all, directory, present }: Props) {
  const [newName, setNewName] = useState<string | null>(null);
  // The picker is only a way to add: after each add (or cancel) it starts empty again.
  const [pickerRound, setPickerRound] = useState(0);
  const resetPicker = () => setPickerRound((n) => n + 1);
  const showUndo = useUndoToast();
  const items = useMemo(() => all.filter((a) => a.role === role), [all, role]);
  const heading = role === 'member' ? t('attendees.members') : t('attendees.guests');
  const addLabel = role === 'member' ? t('attendees.addMember') : t('attendees.addGuest');
  const nameOf = (a: Attendance) => directory.personById.get(a.personId)?.fullName ?? t('attendees.unknownPerson');

  async function addExisting(personId: Id | null): Promise<void> {
    const person = personId === null ? undefined : directory.personById.get(personId);
    resetPicker();
    if (person === undefined) return;
    const input = { personId: person.id, role, presence: 'present', absenceReason: '', title: person.title, unitId: person.unitId };
    await addAttendance(db, meetingId, input, insertPositionFor(all, role)).catch(reportError);
  }

  async function addNew(values: NewPersonValues): Promise<void> {
    try {
      await addNewPersonAsAttendance(db, meetingId, values, { role }, insertPositionFor(all, role));
      setNewName(null);
      resetPicker();
    } catch (error) {
      reportError(error);
    }
  }

  async function remove(a: Attendance): Promise<void> {
    const name = nameOf(a);
    try {
      const removed = await removeAttendance(db, a.id);
      showUndo(t('attendees.removed', { name }), () => restoreAttendance(db, removed));
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <section aria-label={heading} style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {heading} ({items.length})
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Paragraph type="secondary">{role === 'member' ? t('attendees.emptyMembers') : t('attendees.emptyGuests')}</Typography.Paragraph>
      ) : (
        <SortableList
          aria-label={heading}
          items={items}
          nameOf={(a, position) => t('attendees.row', { number: position + 1, name: nameOf(a) })}
          onMove={(id, to) => moveWithinRole(id, role, to)}
          renderItem={(a, controls) => <AttendeeRow attendance={a} name={nameOf(a)} controls={controls} onRemove={() => void remove(a)} />}
        />
      )}
      <div style={{ maxWidth: 520, marginTop: 8 }}>
        <PersonPicker
          key={pickerRound}
          // Back in the picker after an add, ready for the next name.
          autoFocus={pickerRound > 0}
          aria-label={addLabel}
          placeholder={t('attendees.addPlaceholder')}
          value={null}
          exclude={present}
          onChange={(personId) => void addExisting(personId)}
          onCreate={(typed) => setNewName(typed)}
        />
      </div>
      <NewPersonDialog
        open={newName !== null}
        initialName={newName ?? ''}
        onSubmit={addNew}
        onCancel={() => {
          setNewName(null);
          resetPicker();
        }}
      />
    </section>
  );
}
