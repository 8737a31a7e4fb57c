/**
 * In the meeting editor: the directives that earlier meetings of the same issuing body left open, for review
 * when the body meets again (oldest meeting first, in their numbered order). Each can be opened for follow-up,
 * marked done, or carried into this meeting as a new directive. A meeting without a body gets a one-line hint
 * that choosing one brings the list.
 */
import { App, Button, Collapse, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { formatViDate } from '../../../src/domain/dates.js';
import { formatDeadline } from '../../../src/domain/deadline.js';
import type { Directive, Id, Meeting } from '../../../src/domain/types.js';
import { carryForwardCandidates, carryForwardTitle, groupByMeeting, type CarryCandidate } from '../../../src/followup/carry-forward.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { unitName, useDirectory, type DirectoryView } from '../../data/directory.js';
import { useCategoryContext } from '../../data/follow-up-data.js';
import { db } from '../../db/instance.js';
import { changeDirectiveStatus } from '../../db/writes/follow-ups.js';
import { CategoryTag } from '../follow-up/category-tag.js';
import { DirectiveFollowUpDrawer } from '../follow-up/directive-follow-up-drawer.js';
import { CarryDialog } from './carry-dialog.js';

interface Loaded {
  meeting: Meeting;
  meetings: Meeting[];
  directives: Directive[];
}

/**
 * The meeting, the other meetings of its body and their directives (read live; 'no-body': the meeting names no
 * issuing body; null: no such meeting; undefined: still reading).
 */
function useBodyRecords(meetingId: Id): Loaded | 'no-body' | null | undefined {
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    if (meeting === undefined) return null;
    if (meeting.issuingUnitId === null) return 'no-body';
    const meetings = await db.meetings.where('issuingUnitId').equals(meeting.issuingUnitId).toArray();
    const directives = await db.directives.where('meetingId').anyOf(meetings.filter((m) => m.id !== meetingId).map((m) => m.id)).toArray();
    return { meeting, meetings, directives };
  }, [meetingId]);
}

export function CarryForwardSection({ meetingId }: { meetingId: Id }) {
  const loaded = useBodyRecords(meetingId);
  const ctx = useCategoryContext();
  const candidates = useMemo(
    () => (typeof loaded === 'object' && loaded !== null ? carryForwardCandidates(loaded.meeting, loaded.meetings, loaded.directives, ctx) : []),
    [loaded, ctx],
  );
  // Open by default while there is something to review, until the secretary folds it.
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const directory = useDirectory();
  if (loaded === 'no-body') {
    return (
      <Typography.Paragraph type="secondary" data-testid="carry-forward-no-body">
        {t('carry.noBody')}
      </Typography.Paragraph>
    );
  }
  if (loaded === null || loaded === undefined) return null;
  const body = unitName(directory, loaded.meeting.issuingUnitId);
  const open = expanded ?? candidates.length > 0;
  const label = (
    <span>
      {carryForwardTitle(body)}{' '}
      <Typography.Text type="secondary" data-testid="carry-count">
        ({t('carry.count', { count: candidates.length })})
      </Typography.Text>
    </span>
  );
  return (
    <section aria-label={carryForwardTitle(body)} data-testid="carry-forward">
      <Collapse
        activeKey={open ? ['carry'] : []}
        onChange={(keys) => setExpanded((Array.isArray(keys) ? keys : [keys]).includes('carry'))}
        items={[{ key: 'carry', label, children: <CarryList meeting={loaded.meeting} candidates={candidates} today={ctx.asOf} directory={directory} /> }]}
      />
    </section>
  );
}

interface ListProps {
  meeting: Meeting;
  candidates: readonly CarryCandidate[];
  today: string;
  directory: DirectoryView;
}

function CarryList({ meeting, candidates, today, directory }: ListProps) {
  const { message } = App.useApp();
  const [drawerId, setDrawerId] = useState<Id | null>(null);
  const [carrying, setCarrying] = useState<CarryCandidate | null>(null);

  async function markDone(item: CarryCandidate): Promise<void> {
    try {
      await changeDirectiveStatus(db, item.directive.id, { to: 'done', date: today }, today);
      void message.success(t('carry.markedDone', { number: item.number, meeting: item.meetingTitle }));
    } catch (error) {
      reportError(error);
    }
  }

  if (candidates.length === 0) return <Typography.Text type="secondary">{t('carry.none')}</Typography.Text>;
  return (
    <>
      {groupByMeeting(candidates).map((group) => (
        <div key={group.meetingId} style={{ marginBottom: 12 }}>
          <Typography.Text strong>
            {group.meetingTitle} ({formatViDate(group.meetingDate)})
          </Typography.Text>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {group.items.map((item) => {
              const d = item.directive;
              const details = [unitName(directory, d.leadUnitId), formatDeadline(d.deadline)].filter((s) => s !== '').join(' · ');
              return (
                <li
                  key={d.id}
                  data-testid="carry-item"
                  data-directive-id={d.id}
                  aria-label={t('carry.item', { number: item.number, meeting: item.meetingTitle, date: formatViDate(item.meetingDate) })}
                  style={{ display: 'grid', gridTemplateColumns: '2.5em 1fr auto', gap: 8, padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
                >
                  <Typography.Text strong data-testid="carry-number">
                    {item.number}.
                  </Typography.Text>
                  <div>
                    <div data-testid="carry-text" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {d.text}
                    </div>
                    <Space size={8} wrap>
                      {item.category !== null && <CategoryTag category={item.category} />}
                      {details !== '' && <Typography.Text type="secondary">{details}</Typography.Text>}
                    </Space>
                  </div>
                  <Space size={4} wrap style={{ justifyContent: 'flex-end' }}>
                    <Button size="small" onClick={() => setDrawerId(d.id)}>
                      {t('register.action.followUp')}
                    </Button>
                    <Button size="small" onClick={() => void markDone(item)}>
                      {t('carry.markDone')}
                    </Button>
                    <Button size="small" type="primary" ghost onClick={() => setCarrying(item)}>
                      {t('carry.bring')}
                    </Button>
                  </Space>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      <DirectiveFollowUpDrawer directiveId={drawerId} open={drawerId !== null} onClose={() => setDrawerId(null)} />
      {carrying !== null && (
        <CarryDialog
          directive={carrying.directive}
          meeting={meeting}
          today={today}
          onClose={(result) => {
            setCarrying(null);
            if (result !== null) void message.success(t('carry.brought', { number: result.directive.order }));
          }}
        />
      )}
    </>
  );
}
