/**
 * One meeting: its own fields (autosaved), then the attendees and the numbered directives, in that order.
 * The stored meeting and its texts are read live from Dexie, together; the form works on a draft that starts
 * from them (see use-meeting-autosave.ts), so a save coming back from the database never disturbs what is
 * being typed.
 */
import { Alert, App, Button, Divider, Flex, Spin, Typography, type InputRef } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef } from 'react';
import type { Meeting, MeetingWithTexts } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { useCommand } from '../../app/commands.js';
import { formatHash } from '../../app/routes.js';
import { reportError } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { readMeetingWithTexts, restoreMeeting } from '../../db/writes/meetings.js';
import { useAppStore } from '../../state/store.js';
import { AttendeesSection } from '../attendees/attendees-section.js';
import { CarryForwardSection } from '../carry-forward/carry-forward-section.js';
import { DirectivesSection } from '../directives/directives-section.js';
import { MeetingDocumentActions } from '../documents/meeting-document-actions.js';
import { MEETING_FIELDS } from './meeting-draft.js';
import { FIELD_IDS, MeetingForm } from './meeting-form.js';
import { useMeetingAutosave } from './use-meeting-autosave.js';
import { useTrashMeeting } from './use-trash-meeting.js';

interface Props {
  meetingId: string;
  focusDirectiveId?: string | undefined;
}

export function MeetingEditorPage({ meetingId, focusDirectiveId }: Props) {
  // null: no such meeting; undefined: still reading.
  const meeting = useLiveQuery(() => readMeetingWithTexts(db, meetingId), [meetingId]);
  if (meeting === undefined) return <Spin />;
  if (meeting === null) return <Missing />;
  if (meeting.state === 'trashed') return <InTrash meeting={meeting} />;
  return <MeetingEditor meeting={meeting} focusDirectiveId={focusDirectiveId} />;
}

function MeetingEditor({ meeting, focusDirectiveId }: { meeting: MeetingWithTexts; focusDirectiveId: string | undefined }) {
  const { message } = App.useApp();
  const title = meeting.title;
  // One toast key per meeting's draft: reopening the meeting replaces "not saved" with "recovered".
  const draftToastKey = `meeting-draft-${meeting.id}`;
  const onLeftInvalid = useCallback(
    () => void message.open({ key: draftToastKey, type: 'warning', content: t('editor.leftInvalid', { title }), duration: 8 }),
    [message, title, draftToastKey],
  );
  const autosave = useMeetingAutosave(meeting, onLeftInvalid);
  const { draft, check, change, saveNow, recovered } = autosave;
  const navigate = useAppStore((s) => s.navigate);
  const freshMeetingId = useAppStore((s) => s.freshMeetingId);
  const setFreshMeetingId = useAppStore((s) => s.setFreshMeetingId);
  const trash = useTrashMeeting();
  const titleRef = useRef<InputRef>(null);
  const errors = check.ok ? {} : check.errors;

  useEffect(() => {
    if (freshMeetingId !== meeting.id) return;
    setFreshMeetingId(null);
    // A new meeting opens with its provisional name selected: typing replaces it.
    titleRef.current?.focus({ cursor: 'all' });
  }, [freshMeetingId, meeting.id, setFreshMeetingId]);

  useEffect(() => {
    if (recovered) void message.open({ key: draftToastKey, type: 'info', content: t('editor.draftRecovered') });
  }, [recovered, message, draftToastKey]);

  useCommand('save', () => {
    if (!check.ok) {
      const first = MEETING_FIELDS.find((field) => check.errors[field] !== undefined);
      if (first !== undefined) document.getElementById(FIELD_IDS[first])?.focus();
    }
    void saveNow();
  });

  const heading = check.ok ? check.value.title : meeting.title;
  return (
    <div style={{ maxWidth: 1100 }}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Typography.Link href={formatHash({ name: 'meetings' })}>← {t('editor.back')}</Typography.Link>
        <Flex gap={8}>
          <MeetingDocumentActions meetingId={meeting.id} />
          <Button
            danger
            onClick={async () => {
              await saveNow();
              if (await trash(meeting.id, heading)) navigate({ name: 'meetings' });
            }}
          >
            {t('meetings.trash')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Title level={3} style={{ marginTop: 8 }} ellipsis>
        {heading}
      </Typography.Title>
      <MeetingForm draft={draft} errors={errors} onChange={change} titleRef={titleRef} />
      <Divider />
      <AttendeesSection meetingId={meeting.id} />
      <Divider />
      <CarryForwardSection meetingId={meeting.id} />
      <DirectivesSection meetingId={meeting.id} meetingDate={meeting.date} focusDirectiveId={focusDirectiveId} />
    </div>
  );
}

function Missing() {
  return (
    <Alert
      type="warning"
      showIcon
      title={t('editor.notFound')}
      action={<Typography.Link href={formatHash({ name: 'meetings' })}>{t('editor.back')}</Typography.Link>}
    />
  );
}

function InTrash({ meeting }: { meeting: Meeting }) {
  return (
    <Alert
      type="info"
      showIcon
      title={`${meeting.title}: ${t('editor.inTrash')}`}
      action={
        <Button onClick={() => restoreMeeting(db, meeting.id).catch(reportError)}>{t('action.restore')}</Button>
      }
    />
  );
}
