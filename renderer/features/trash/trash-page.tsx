/**
 * Meetings in the trash, most recently trashed first. They keep all their attendees and directives: restoring
 * gives the meeting back whole; deleting for good (after a confirmation) removes it with everything it holds.
 */
import { App, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { formatViDate } from '../../../src/domain/dates.js';
import type { Meeting } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { reportError } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import { purgeMeeting, restoreMeeting } from '../../db/writes/meetings.js';

interface TrashRow {
  id: string;
  title: string;
  date: string;
  trashedAt: number;
}

function toRow(m: Meeting): TrashRow {
  return { id: m.id, title: m.title, date: m.date, trashedAt: m.trashedAt ?? m.updatedAt };
}

export function TrashPage() {
  const { message, modal } = App.useApp();
  const rows = useLiveQuery(async () => {
    const trashed = await db.meetings.where('[state+date]').between(['trashed', Dexie.minKey], ['trashed', Dexie.maxKey]).toArray();
    return trashed.map(toRow).sort((a, b) => b.trashedAt - a.trashedAt);
  }, []);

  const columns = useMemo<TableColumnsType<TrashRow>>(() => {
    const restore = async (row: TrashRow) => {
      try {
        await restoreMeeting(db, row.id);
        void message.success(t('meetings.restored', { title: row.title }));
      } catch (error) {
        reportError(error);
      }
    };
    const purge = (row: TrashRow) =>
      modal.confirm({
        title: t('trash.purgeConfirmTitle'),
        content: t('trash.purgeConfirmBody', { title: row.title }),
        okText: t('trash.purge'),
        okButtonProps: { danger: true },
        cancelText: t('action.cancel'),
        onOk: async () => {
          try {
            await purgeMeeting(db, row.id);
            void message.success(t('trash.purged', { title: row.title }));
          } catch (error) {
            reportError(error);
          }
        },
      });
    return [
      { key: 'title', title: t('meetings.col.title'), render: (_, row) => row.title },
      { key: 'date', title: t('meetings.col.date'), width: 110, render: (_, row) => formatViDate(row.date) },
      { key: 'trashedAt', title: t('trash.col.trashedAt'), width: 170, render: (_, row) => dayjs(row.trashedAt).format('DD/MM/YYYY HH:mm') },
      {
        key: 'actions',
        title: t('meetings.col.actions'),
        width: 230,
        render: (_, row) => (
          <Flex gap={8}>
            <Button size="small" aria-label={t('trash.restoreLabel', { title: row.title })} onClick={() => void restore(row)}>
              {t('action.restore')}
            </Button>
            <Button size="small" danger aria-label={t('trash.purgeLabel', { title: row.title })} onClick={() => purge(row)}>
              {t('trash.purge')}
            </Button>
          </Flex>
        ),
      },
    ];
  }, [message, modal]);

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('trash.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('trash.hint')}</Typography.Paragraph>
      <Table<TrashRow>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        columns={columns}
        dataSource={rows ?? []}
        locale={{ emptyText: t('trash.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </div>
  );
}
