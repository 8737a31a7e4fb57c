/**
 * Every active meeting, newest first, with a search on the title that ignores diacritics. Ten years of an office
 * (~2,000 meetings) stay quick: rows are small precomputed objects and the table renders one page at a time.
 */
import { Button, Flex, Input, Table, Typography, type InputRef, type TableColumnsType } from 'antd';
import { useMemo, useRef } from 'react';
import { formatViDate } from '../../../src/domain/dates.js';
import { t } from '../../../src/i18n/index.js';
import { useCommand } from '../../app/commands.js';
import { formatHash } from '../../app/routes.js';
import { unitName, useDirectory } from '../../data/directory.js';
import { useAppStore } from '../../state/store.js';
import { meetingKindLabel } from './meeting-kinds.js';
import { filterMeetingRows, type MeetingRow } from './meeting-rows.js';
import { useCreateMeeting } from './use-create-meeting.js';
import { useDirectiveCounts, useMeetingRows } from './use-meeting-rows.js';
import { useTrashMeeting } from './use-trash-meeting.js';

const PAGE_SIZE = 50;

export function MeetingListPage() {
  const rows = useMeetingRows();
  const directory = useDirectory();
  const search = useAppStore((s) => s.meetingSearch);
  const setSearch = useAppStore((s) => s.setMeetingSearch);
  const page = useAppStore((s) => s.meetingPage);
  const setPage = useAppStore((s) => s.setMeetingPage);
  const navigate = useAppStore((s) => s.navigate);
  const createMeeting = useCreateMeeting();
  const trash = useTrashMeeting();
  const searchRef = useRef<InputRef>(null);

  useCommand('find', () => searchRef.current?.focus({ cursor: 'all' }));

  const shown = useMemo(() => filterMeetingRows(rows ?? [], search), [rows, search]);
  const lastPage = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, lastPage);
  const pageIds = useMemo(() => shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((row) => row.id), [shown, current]);
  const directiveCounts = useDirectiveCounts(pageIds);
  const open = (id: string) => navigate({ name: 'meeting', id });

  const columns = useMemo<TableColumnsType<MeetingRow>>(
    () => [
      { key: 'date', title: t('meetings.col.date'), width: 110, render: (_, row) => formatViDate(row.date) },
      {
        key: 'title',
        title: t('meetings.col.title'),
        render: (_, row) => (
          // A real link: Enter and click open the meeting, and screen readers announce it as one.
          <a href={formatHash({ name: 'meeting', id: row.id })} onClick={(e) => e.stopPropagation()}>
            {row.title}
          </a>
        ),
      },
      { key: 'kind', title: t('meetings.col.kind'), width: 130, render: (_, row) => meetingKindLabel(row.kind) },
      { key: 'place', title: t('meetings.col.place'), ellipsis: true, render: (_, row) => row.place },
      { key: 'unit', title: t('meetings.col.issuingUnit'), ellipsis: true, render: (_, row) => unitName(directory, row.issuingUnitId) },
      { key: 'directives', title: t('meetings.col.directives'), width: 100, align: 'right', render: (_, row) => directiveCounts?.get(row.id) ?? '' },
      {
        key: 'actions',
        title: t('meetings.col.actions'),
        width: 80,
        render: (_, row) => (
          <Button
            type="text"
            danger
            size="small"
            aria-label={t('meetings.trashLabel', { title: row.title })}
            onClick={(e) => {
              e.stopPropagation();
              void trash(row.id, row.title);
            }}
          >
            {t('action.delete')}
          </Button>
        ),
      },
    ],
    [directory, directiveCounts, trash],
  );

  const total = rows?.length ?? 0;
  const emptyText = total === 0 ? t('meetings.empty') : t('meetings.noMatch', { query: search.trim() });
  return (
    <div>
      <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('meetings.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => void createMeeting()}>
          {t('meetings.new')}
        </Button>
      </Flex>
      <Flex gap={12} align="center" style={{ marginBottom: 12 }}>
        <Input
          ref={searchRef}
          type="search"
          aria-label={t('meetings.search')}
          placeholder={t('meetings.searchPlaceholder')}
          value={search}
          allowClear
          style={{ maxWidth: 480 }}
          onChange={(e) => setSearch(e.target.value)}
          onPressEnter={() => {
            const first = shown[0];
            if (first !== undefined) open(first.id);
          }}
        />
        <Typography.Text type="secondary" aria-live="polite">
          {rows === undefined
            ? ''
            : shown.length === total
              ? t('meetings.count', { count: total })
              : t('meetings.countFiltered', { shown: shown.length, count: total })}
        </Typography.Text>
      </Flex>
      <Table<MeetingRow>
        rowKey="id"
        size="middle"
        loading={rows === undefined}
        columns={columns}
        dataSource={shown}
        locale={{ emptyText }}
        onRow={(row) => ({ onClick: () => open(row.id), style: { cursor: 'pointer' } })}
        pagination={{
          current,
          pageSize: PAGE_SIZE,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
          showTotal: (count, [from, to]) => t('meetings.pageRange', { from, to, total: count }),
        }}
      />
    </div>
  );
}
