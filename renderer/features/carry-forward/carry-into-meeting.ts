/**
 * "Đưa vào cuộc họp này": an open directive of an earlier meeting becomes a new numbered directive of the
 * meeting being written ("Tiếp tục thực hiện: ..."), and the old one gets a progress report saying where it went.
 * Both happen in one transaction: the new directive never exists without the note on the old one, or the reverse.
 */
import { formatViDate, type IsoDate } from '../../../src/domain/dates.js';
import type { Deadline } from '../../../src/domain/deadline.js';
import type { Directive, Id } from '../../../src/domain/types.js';
import { ValidationError } from '../../../src/domain/validation.js';
import { deadlineBeforeMeetingMessage } from '../../../src/followup/status.js';
import { t } from '../../../src/i18n/index.js';
import type { SecretariatDb } from '../../db/database.js';
import { addDirective } from '../../db/writes/directives.js';
import { addProgressReport } from '../../db/writes/follow-ups.js';
import { requireRecord } from '../../db/writes/require.js';

export interface CarryRequest {
  /** The open directive of an earlier meeting. */
  fromDirectiveId: Id;
  /** The meeting it is carried into. */
  toMeetingId: Id;
  /** Text of the new directive (prefilled "Tiếp tục thực hiện: ..."; the secretary may edit it). */
  text: string;
  deadline: Deadline;
  today: IsoDate;
}

export interface CarryResult {
  directive: Directive;
}

/** The prefilled text of the new directive. */
export function carriedText(old: Pick<Directive, 'text'>): string {
  return t('carry.textPrefix', { text: old.text });
}

/** Adds the new directive (same lead and supporting units, the meeting's chair as leader) and notes it on the old one. */
export async function carryIntoMeeting(db: SecretariatDb, request: CarryRequest): Promise<CarryResult> {
  return db.transaction('rw', [db.meetings, db.people, db.units, db.directives, db.followUps], async () => {
    const old = await requireRecord(db.directives, request.fromDirectiveId, 'field.directive');
    const target = await requireRecord(db.meetings, request.toMeetingId, 'field.meeting');
    const late = deadlineBeforeMeetingMessage(request.deadline, target.date);
    if (late !== null) throw new ValidationError([{ field: 'deadline', message: late }]);
    // Nested writes join this transaction (same database, tables within this scope).
    const directive = await addDirective(db, target.id, {
      text: request.text,
      leaderPersonId: target.chairPersonId,
      leadUnitId: old.leadUnitId,
      supportUnitIds: old.supportUnitIds,
      deadline: request.deadline,
    });
    await addProgressReport(
      db,
      old.id,
      { date: request.today, text: t('carry.report', { meeting: target.title, date: formatViDate(target.date) }), reporter: '', percent: null },
      request.today,
    );
    return { directive };
  });
}
