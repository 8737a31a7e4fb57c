/**
 * The follow-up of one directive, in a drawer that any screen can open (register, meeting editor,
 * carry-forward): what was asked, of whom, by when and where it stands today; changing its status; progress
 * reports; and the history of both, newest first. Read live, so a change made here shows at once everywhere.
 */
import { Button, Descriptions, Divider, Drawer, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatViDate, type IsoDate } from '../../../src/domain/dates.js';
import { formatDeadline } from '../../../src/domain/deadline.js';
import type { Directive, FollowUp, Id, Meeting } from '../../../src/domain/types.js';
import { categorize, statusLabel } from '../../../src/followup/categories.js';
import { latestPercent } from '../../../src/followup/history.js';
import { t } from '../../../src/i18n/index.js';
import { personName, unitName, useDirectory } from '../../data/directory.js';
import { useCategoryContext } from '../../data/follow-up-data.js';
import { db } from '../../db/instance.js';
import { directiveHistory } from '../../db/writes/follow-ups.js';
import { useAppStore } from '../../state/store.js';
import { CategoryTag } from './category-tag.js';
import { HistoryList } from './history-list.js';
import { ReportForm } from './report-form.js';
import { StatusForm } from './status-form.js';

interface Props {
  directiveId: Id | null;
  open: boolean;
  onClose: () => void;
}

interface Loaded {
  directive: Directive;
  meeting: Meeting | null;
  history: FollowUp[];
}

export function DirectiveFollowUpDrawer({ directiveId, open, onClose }: Props) {
  // null: no such directive; undefined: still reading.
  const loaded = useLiveQuery(async (): Promise<Loaded | null> => {
    if (directiveId === null) return null;
    return db.transaction('r', [db.directives, db.meetings, db.followUps], async () => {
      const directive = await db.directives.get(directiveId);
      if (directive === undefined) return null;
      const meeting = (await db.meetings.get(directive.meetingId)) ?? null;
      return { directive, meeting, history: await directiveHistory(db, directiveId) };
    });
  }, [directiveId]);
  const current = loaded === undefined || loaded === null || loaded.directive.id !== directiveId ? null : loaded;
  const title = current === null ? t('register.action.followUp') : t('followUp.drawerTitle', { number: current.directive.order });

  return (
    <Drawer open={open && directiveId !== null} onClose={onClose} title={title} size={680} destroyOnHidden>
      {loaded === undefined ? <Spin /> : current === null ? <Typography.Text>{t('followUp.missing')}</Typography.Text> : <Body loaded={current} onClose={onClose} />}
    </Drawer>
  );
}

function Body({ loaded, onClose }: { loaded: Loaded; onClose: () => void }) {
  const { directive: d, meeting, history } = loaded;
  const directory = useDirectory();
  const ctx = useCategoryContext();
  const today: IsoDate = ctx.asOf;
  const navigate = useAppStore((s) => s.navigate);
  const percent = latestPercent(history);
  const support = d.supportUnitIds.map((id) => unitName(directory, id)).join(', ');

  return (
    <div data-testid="follow-up-drawer" data-directive-id={d.id}>
      <Typography.Paragraph data-testid="follow-up-text" style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>
        {d.text}
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('followUp.meeting')}>
          {meeting === null ? '' : `${meeting.title} (${formatViDate(meeting.date)})`}{' '}
          {meeting !== null && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                onClose();
                navigate({ name: 'meeting', id: meeting.id, directiveId: d.id });
              }}
            >
              {t('followUp.openMeeting')}
            </Button>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('followUp.leader')}>{personName(directory, d.leaderPersonId)}</Descriptions.Item>
        <Descriptions.Item label={t('followUp.leadUnit')}>{unitName(directory, d.leadUnitId)}</Descriptions.Item>
        <Descriptions.Item label={t('followUp.supportUnits')}>{support}</Descriptions.Item>
        <Descriptions.Item label={t('followUp.deadline')}>{formatDeadline(d.deadline)}</Descriptions.Item>
        <Descriptions.Item label={t('followUp.status')}>
          <span data-testid="follow-up-status">{statusLabel(d.status)}</span>
          {d.status === 'done' && d.completedOn !== null && <> — {t('followUp.completedOn', { date: formatViDate(d.completedOn) })}</>}
          {d.status === 'cancelled' && d.cancelReason !== '' && <> — {t('followUp.cancelReason', { reason: d.cancelReason })}</>}
          {percent !== null && <div>{t('followUp.percent', { percent })}</div>}
        </Descriptions.Item>
        <Descriptions.Item label={t('followUp.category')}>
          <span data-testid="follow-up-category">
            <CategoryTag category={categorize(d, ctx)} />
          </span>
        </Descriptions.Item>
      </Descriptions>

      <Divider titlePlacement="start">{t('followUp.statusSection')}</Divider>
      <StatusForm key={`${d.id}:${d.status}:${d.updatedAt}`} directive={d} today={today} />

      <Divider titlePlacement="start">{t('followUp.reportSection')}</Divider>
      <ReportForm key={d.id} directive={d} today={today} />

      <Divider titlePlacement="start">{t('followUp.history')}</Divider>
      <HistoryList directive={d} entries={history} today={today} />
    </div>
  );
}
