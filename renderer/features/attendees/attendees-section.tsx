/**
 * The attendees of a meeting (thành phần tham dự), shown below the meeting form: members and guests, each
 * listed by rank, as the minutes will list them.
 */
import { Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { t } from '../../../src/i18n/index.js';
import { useDirectory } from '../../data/directory.js';
import { useMeetingAttendances } from './attendance-data.js';
import { AttendeeGroup } from './attendee-group.js';

const NONE: never[] = [];

export function AttendeesSection({ meetingId }: { meetingId: string }) {
  const directory = useDirectory();
  const stored = useMeetingAttendances(meetingId);
  const all = stored ?? NONE;
  const present = useMemo(() => new Set(all.map((a) => a.personId)), [all]);
  return (
    <section aria-labelledby="attendees-heading" style={{ marginTop: 24 }}>
      <Typography.Title level={4} id="attendees-heading">
        {t('attendees.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('attendees.orderHint')}</Typography.Paragraph>
      {/* Rows wait for the directory as well, so that no row ever shows without its name. */}
      {stored === undefined || !directory.loaded ? (
        <Spin aria-label={t('common.loading')} />
      ) : (
        <>
          <AttendeeGroup meetingId={meetingId} role="member" all={all} directory={directory} present={present} />
          <AttendeeGroup meetingId={meetingId} role="guest" all={all} directory={directory} present={present} />
        </>
      )}
    </section>
  );
}
