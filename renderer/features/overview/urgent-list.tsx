/**
 * The overdue list (most days late first) or the due-soon list (soonest first). Each entry is a link to its
 * meeting with the directive focused, so a leader is one click away from the record. Long lists show a page at a
 * time with a "show more" button, so ten years of overdue work does not slow the screen.
 */
import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatViDate } from '../../../src/domain/dates.js';
import type { Id } from '../../../src/domain/types.js';
import { urgencyText, type UrgentItem } from '../../../src/followup/overview.js';
import { shorten } from '../../../src/followup/reminders.js';
import { t } from '../../../src/i18n/index.js';
import { formatHash, type Route } from '../../app/routes.js';
import { useAppStore } from '../../state/store.js';

const STEP = 10;
const TEXT_LIMIT = 180;

interface Props {
  title: string;
  empty: string;
  items: readonly UrgentItem[];
  overdue: boolean;
  textOf: (directiveId: Id) => string;
  unitNameOf: (unitId: Id | null) => string;
  testId: string;
}

export function UrgentList({ title, empty, items, overdue, textOf, unitNameOf, testId }: Props) {
  const navigate = useAppStore((s) => s.navigate);
  const [shown, setShown] = useState(STEP);
  const visible = items.slice(0, shown);
  const rest = Math.min(STEP, items.length - visible.length);
  const headingId = `${testId}-title`;
  return (
    <section aria-labelledby={headingId} data-testid={testId} style={{ background: '#fff', border: '1px solid #e5e7eb', borderRadius: 6, padding: 12 }}>
      <Typography.Title level={5} id={headingId} style={{ marginTop: 0 }}>
        {title}
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {visible.map((item) => {
            const route: Route = { name: 'meeting', id: item.meetingId, directiveId: item.directiveId };
            const unit = unitNameOf(item.leadUnitId);
            return (
              <li key={item.directiveId} style={{ padding: '8px 0', borderTop: '1px solid #f0f0f0' }}>
                <a
                  href={formatHash(route)}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(route);
                  }}
                  style={{ display: 'block', color: 'inherit' }}
                >
                  <Tag color={overdue ? 'red' : 'gold'} style={{ marginRight: 8 }}>
                    {urgencyText(item, overdue)}
                  </Tag>
                  <strong>{t('overview.item', { number: item.number })}</strong>
                  {': '}
                  <span>{shorten(textOf(item.directiveId), TEXT_LIMIT)}</span>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                    {t('overview.itemDue', { date: formatViDate(item.due) })}
                    {unit === '' ? '' : ` · ${unit}`}
                    {' · '}
                    {t('overview.itemMeeting', { meeting: item.meetingTitle, date: formatViDate(item.meetingDate) })}
                  </Typography.Text>
                </a>
              </li>
            );
          })}
        </ol>
      )}
      {rest > 0 && (
        <Button type="link" onClick={() => setShown((n) => n + STEP)} style={{ paddingLeft: 0 }}>
          {t('overview.showMore', { count: rest })}
        </Button>
      )}
    </section>
  );
}
