/**
 * The register (sổ theo dõi): every directive of every meeting not in the trash, in one grid that searches
 * without diacritics, filters, sorts by any column and stays quick with tens of thousands of rows. Enter (or
 * "Theo dõi") opens the follow-up drawer of the active row; Shift+Enter (or "Mở cuộc họp") its meeting.
 */
import { Button, Flex, Input, Space, Spin, Typography, type InputRef } from 'antd';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentProps, type CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Id } from '../../../src/domain/types.js';
import { prepareSearchWords, type RegisterIndex } from '../../../src/followup/register-index.js';
import { t } from '../../../src/i18n/index.js';
import { useCommand } from '../../app/commands.js';
import { followUpStore, useCategoryContext, useFollowUpData, useRegisterIndex } from '../../data/follow-up-data.js';
import { whenIdle } from '../../data/when-idle.js';
import { useAppStore } from '../../state/store.js';
import { RegisterExportButtons } from '../documents/register-export-buttons.js';
import type { ReportFilter } from '../documents/register-export.js';
import { DirectiveFollowUpDrawer } from '../follow-up/directive-follow-up-drawer.js';
import { RegisterFiltersBar } from './register-filters.js';
import { RegisterGrid } from './register-grid.js';
import { filterQuery, pickFilterFields, useRegisterStore } from './register-state.js';
import { useRegisterResult } from './use-register-result.js';

// Memoised: the page re-renders on every keystroke, these need not.
const FollowUpDrawer = memo(DirectiveFollowUpDrawer);

const COUNT_STYLE: CSSProperties = { display: 'inline-block', width: '16em', height: 22, lineHeight: '22px', contain: 'strict', whiteSpace: 'nowrap' };

/** The heading and the exports (the rows shown to Excel, a period's follow-up report to Word). */
const TitleBar = memo(function TitleBar(props: ComponentProps<typeof RegisterExportButtons>) {
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('register.title')}
      </Typography.Title>
      <RegisterExportButtons {...props} />
    </Flex>
  );
});

/** What can be done with the active row; redrawn when the active row changes, not per keystroke. */
const RowActions = memo(function RowActions({ active, onFollowUp, onOpenMeeting }: { active: Id | null; onFollowUp: (id: Id) => void; onOpenMeeting: (id: Id) => void }) {
  return (
    <Space style={{ marginLeft: 'auto' }}>
      <Button disabled={active === null} title={t('register.action.followUpHint')} onClick={() => active !== null && onFollowUp(active)}>
        {t('register.action.followUp')}
      </Button>
      <Button disabled={active === null} title={t('register.action.openMeetingHint')} onClick={() => active !== null && onOpenMeeting(active)}>
        {t('register.action.openMeeting')}
      </Button>
    </Space>
  );
});

export function RegisterPage() {
  const data = useFollowUpData();
  const index = useRegisterIndex(data, followUpStore);
  const ctx = useCategoryContext();
  const fields = useRegisterStore(useShallow(pickFilterFields));
  const text = useRegisterStore((s) => s.text);
  const { sort, activeId, setFilters, cycleSort, setActiveId } = useRegisterStore(
    useShallow((s) => ({ sort: s.sort, activeId: s.activeId, setFilters: s.setFilters, cycleSort: s.cycleSort, setActiveId: s.setActiveId })),
  );
  const positions = useRegisterResult(index, fields, text, sort, ctx);
  const navigate = useAppStore((s) => s.navigate);
  const [drawerId, setDrawerId] = useState<Id | null>(null);
  const searchRef = useRef<InputRef>(null);
  const gridRef = useRef<HTMLDivElement>(null);

  useCommand('find', () => searchRef.current?.focus({ cursor: 'all' }));
  // The rows show without the word index; it is built in idle moments while the user reads (a slice at a time, so
  // scrolling stays smooth), and the first keystroke finds it ready. A keystroke before that completes it at once.
  useEffect(() => {
    if (index === undefined || index.words !== null) return;
    let cancel = (): void => undefined;
    const slice = (timeLeft: () => number): void => {
      if (!prepareSearchWords(index, () => timeLeft() < 2)) cancel = whenIdle(slice);
    };
    cancel = whenIdle(slice);
    return () => cancel();
  }, [index]);

  const rowById = useMemo(() => new Map(index?.rows.map((r) => [r.id, r]) ?? []), [index]);
  const openMeeting = useCallback(
    (id: Id) => {
      const row = rowById.get(id);
      if (row !== undefined) navigate({ name: 'meeting', id: row.meetingId, directiveId: row.id });
    },
    [rowById, navigate],
  );
  // The export reads the rows shown when pressed; keeping them in a ref gives it stable props, so typing in the
  // search box never redraws the export buttons (nor builds a list of 20,000 ids).
  const shown = useRef<{ index: RegisterIndex | undefined; positions: Int32Array }>({ index, positions });
  useLayoutEffect(() => {
    shown.current = { index, positions };
  }, [index, positions]);
  const getRows = useCallback(() => {
    const { index: current, positions: at } = shown.current;
    return current === undefined ? [] : Array.from(at, (p) => current.rows[p]!);
  }, []);
  const shownIds = useMemo<Iterable<Id>>(
    () => ({
      *[Symbol.iterator]() {
        const { index: current, positions: at } = shown.current;
        if (current !== undefined) for (const p of at) yield current.rows[p]!.id;
      },
    }),
    [],
  );
  const active = activeId !== null && rowById.has(activeId) ? activeId : null;
  const query = useMemo(() => filterQuery(fields), [fields]);
  const period = query.period ?? null;
  const leadUnitId = query.leadUnitId;
  const reportFilter = useMemo<ReportFilter>(
    // Always the rows shown (all of them when nothing is filtered): the report then matches the screen.
    () => ({ basis: fields.basis, directiveIds: shownIds, ...(leadUnitId !== undefined ? { leadUnitId } : {}) }),
    [fields.basis, leadUnitId, shownIds],
  );
  const closeDrawer = useCallback(() => {
    setDrawerId(null);
    gridRef.current?.focus();
  }, []);

  return (
    <Flex vertical gap={8} style={{ height: 'calc(100vh - 72px)', minHeight: 420 }}>
      <TitleBar getRows={getRows} asOf={ctx.asOf} horizonDays={ctx.horizonDays} period={period} filter={reportFilter} />
      <Flex gap={8} align="center" wrap>
        <Input
          ref={searchRef}
          aria-label={t('register.search')}
          placeholder={t('register.searchPlaceholder')}
          value={text}
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
        {/* A fixed box: the count changes on every keystroke and must not make the toolbar lay out again. Plain
            markup, since it is redrawn on every keystroke. */}
        <span data-testid="register-count" aria-live="polite" style={COUNT_STYLE}>
          {index === undefined ? '' : t('register.count', { shown: positions.length, total: index.rows.length })}
        </span>
        <RowActions active={active} onFollowUp={setDrawerId} onOpenMeeting={openMeeting} />
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
      <FollowUpDrawer directiveId={drawerId} open={drawerId !== null} onClose={closeDrawer} />
    </Flex>
  );
}
