/**
 * The register (sổ theo dõi): every directive of every meeting not in the trash, in one grid that searches
 * without diacritics, filters, sorts by any column and stays quick with tens of thousands of rows. Enter (or
 * "Theo dõi") opens the follow-up drawer of the active row; Shift+Enter (or "Mở cuộc họp") its meeting.
 */
import { Button, Flex, Input, Space, Spin, Typography, type InputRef } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Id } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { useCommand } from '../../app/commands.js';
import { followUpStore, useCategoryContext, useFollowUpData, useRegisterIndex } from '../../data/follow-up-data.js';
import { useAppStore } from '../../state/store.js';
import { RegisterExportButtons } from '../documents/register-export-buttons.js';
import { DirectiveFollowUpDrawer } from '../follow-up/directive-follow-up-drawer.js';
import { RegisterFiltersBar } from './register-filters.js';
import { RegisterGrid } from './register-grid.js';
import { filterQuery, hasFilters, useRegisterStore } from './register-state.js';
import { useRegisterResult } from './use-register-result.js';

export function RegisterPage() {
  const data = useFollowUpData();
  const index = useRegisterIndex(data, followUpStore);
  const ctx = useCategoryContext();
  const filters = useRegisterStore(
    useShallow((s) => ({
      text: s.text,
      categories: s.categories,
      statuses: s.statuses,
      leadUnitId: s.leadUnitId,
      leaderPersonId: s.leaderPersonId,
      meetingId: s.meetingId,
      from: s.from,
      to: s.to,
      basis: s.basis,
    })),
  );
  const { sort, activeId, setFilters, cycleSort, setActiveId } = useRegisterStore(
    useShallow((s) => ({ sort: s.sort, activeId: s.activeId, setFilters: s.setFilters, cycleSort: s.cycleSort, setActiveId: s.setActiveId })),
  );
  const positions = useRegisterResult(index, filters, sort, ctx);
  const navigate = useAppStore((s) => s.navigate);
  const [drawerId, setDrawerId] = useState<Id | null>(null);
  const searchRef = useRef<InputRef>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  useCommand('find', () => searchRef.current?.focus({ cursor: 'all' }));

  const rowById = useMemo(() => new Map(index?.rows.map((r) => [r.id, r]) ?? []), [index]);
  const openMeeting = useCallback(
    (id: Id) => {
      const row = rowById.get(id);
      if (row !== undefined) navigate({ name: 'meeting', id: row.meetingId, directiveId: row.id });
    },
    [rowById, navigate],
  );
  const getRows = useCallback(() => (index === undefined ? [] : Array.from(positions, (p) => index.rows[p]!)), [index, positions]);
  // Read only when a report is exported, so typing never builds a list of 20,000 ids.
  const shownIds = useMemo<Iterable<Id>>(
    () => ({
      *[Symbol.iterator]() {
        if (index !== undefined) for (const p of positions) yield index.rows[p]!.id;
      },
    }),
    [index, positions],
  );
  const active = activeId !== null && rowById.has(activeId) ? activeId : null;
  const narrowed = hasFilters(filters) || filters.text.trim() !== '';
  const query = filterQuery(filters);

  return (
    <Flex vertical gap={8} style={{ height: 'calc(100vh - 72px)', minHeight: 420 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('register.title')}
        </Typography.Title>
        {/* Export of the documents area: the rows shown to Excel, a period's follow-up report to Word. */}
        <RegisterExportButtons
          getRows={getRows}
          asOf={ctx.asOf}
          horizonDays={ctx.horizonDays}
          period={query.period ?? null}
          filter={{
            basis: filters.basis,
            ...(query.leadUnitId !== undefined ? { leadUnitId: query.leadUnitId } : {}),
            ...(narrowed ? { directiveIds: shownIds } : {}),
          }}
        />
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Input
          ref={searchRef}
          aria-label={t('register.search')}
          placeholder={t('register.searchPlaceholder')}
          value={filters.text}
          onChange={(e) => setFilters({ text: e.target.value })}
          onKeyDown={(e) => {
            // ↓ or Enter from the search box goes on to the results.
            if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              gridRef.current?.focus();
            }
          }}
          allowClear
          style={{ width: 420 }}
        />
        <Typography.Text data-testid="register-count" aria-live="polite">
          {index === undefined ? '' : t('register.count', { shown: positions.length, total: index.rows.length })}
        </Typography.Text>
        <Space style={{ marginLeft: 'auto' }}>
          <Button disabled={active === null} title={t('register.action.followUpHint')} onClick={() => active !== null && setDrawerId(active)}>
            {t('register.action.followUp')}
          </Button>
          <Button disabled={active === null} title={t('register.action.openMeetingHint')} onClick={() => active !== null && openMeeting(active)}>
            {t('register.action.openMeeting')}
          </Button>
        </Space>
      </Flex>
      <RegisterFiltersBar rows={index?.rows ?? []} />
      {index !== undefined && positions.length === 0 && (
        <Typography.Text type="secondary" role="status">
          {index.rows.length === 0 ? t('register.empty') : t('register.noMatch')}
        </Typography.Text>
      )}
      <div style={{ flex: 1, minHeight: 240 }}>
        {index === undefined ? (
          <Spin description={t('register.loading')}>
            <div style={{ height: 200 }} />
          </Spin>
        ) : (
          <RegisterGrid
            index={index}
            positions={positions}
            ctx={ctx}
            sort={sort}
            activeId={active}
            onSort={cycleSort}
            onActivate={setActiveId}
            onOpen={setDrawerId}
            onOpenMeeting={openMeeting}
            gridRef={gridRef}
          />
        )}
      </div>
      <DirectiveFollowUpDrawer
        directiveId={drawerId}
        open={drawerId !== null}
        onClose={() => {
          setDrawerId(null);
          gridRef.current?.focus();
        }}
      />
    </Flex>
  );
}
