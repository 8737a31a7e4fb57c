/**
 * One attendee: rank number, name, title as at this meeting (kept even if the directory changes later), unit,
 * presence with the reason of an absence, and the row's actions.
 */
import { Button, Switch, Typography } from 'antd';
import type { Attendance } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import type { SortableRowControls } from '../../components/sortable-list.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { reportError } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { updateAttendance } from '../../db/writes/attendances.js';
import { attendanceInput } from './attendance-data.js';
import { CommitInput } from './commit-input.js';

interface Props {
  attendance: Attendance;
  name: string;
  controls: SortableRowControls;
  onRemove: () => void;
}

export function AttendeeRow({ attendance: a, name, controls, onRemove }: Props) {
  const save = async (change: Parameters<typeof attendanceInput>[1]) => {
    await updateAttendance(db, a.id, attendanceInput(a, change));
  };
  const saveReporting = (change: Parameters<typeof attendanceInput>[1]) => void save(change).catch(reportError);
  const absent = a.presence === 'absent';
  return (
    <div
      data-testid="attendee-row"
      style={{ display: 'grid', gridTemplateColumns: 'auto 2.2em minmax(10em, 1fr) minmax(12em, 1.3fr) minmax(12em, 1fr) auto', gap: 8, alignItems: 'start', padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <span>{controls.dragHandle}</span>
      <Typography.Text strong data-testid="attendee-number" style={{ lineHeight: '32px', textAlign: 'right' }}>
        {controls.position + 1}.
      </Typography.Text>
      <Typography.Text strong data-testid="attendee-name" style={{ lineHeight: '32px' }}>
        {name}
      </Typography.Text>
      <CommitInput
        aria-label={t('attendees.titleOf', { name })}
        placeholder={t('attendees.titlePlaceholder')}
        value={a.title}
        onCommit={(title) => save({ title })}
      />
      <UnitPicker aria-label={t('attendees.unitOf', { name })} mode="single" value={a.unitId} onChange={(unitId) => saveReporting({ unitId })} />
      <span style={{ whiteSpace: 'nowrap' }}>
        {controls.moveButtons}
        <Button size="small" type="text" danger aria-label={t('attendees.remove', { name })} title={t('attendees.remove', { name })} onClick={onRemove}>
          {t('action.delete')}
        </Button>
      </span>
      <span />
      <span />
      <span style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', gridColumn: '3 / span 2' }}>
        <Switch
          aria-label={t('attendees.presenceOf', { name })}
          checked={!absent}
          checkedChildren={t('attendees.present')}
          unCheckedChildren={t('attendees.absent')}
          onChange={(present) => saveReporting(present ? { presence: 'present', absenceReason: '' } : { presence: 'absent' })}
        />
        {absent && (
          <span style={{ flex: 1, minWidth: '14em' }}>
            <CommitInput
              aria-label={t('attendees.reasonOf', { name })}
              placeholder={t('attendees.reasonPlaceholder')}
              value={a.absenceReason}
              autoFocus={a.absenceReason === ''}
              onCommit={(absenceReason) => save({ absenceReason })}
            />
          </span>
        )}
      </span>
      <span style={{ gridColumn: '5 / span 2' }}>
        <Button size="small" type="link" onClick={() => saveReporting({ role: a.role === 'member' ? 'guest' : 'member' })}>
          {a.role === 'member' ? t('attendees.toGuest') : t('attendees.toMember')}
        </Button>
      </span>
    </div>
  );
}
