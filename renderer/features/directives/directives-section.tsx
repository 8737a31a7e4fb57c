/**
 * The leader's numbered conclusions and directives of a meeting, below the meeting form. A directive's number
 * is its position, so reordering renumbers at once. A route to one directive (from a reminder or the register)
 * scrolls to it and marks it.
 */
import { Button, Input, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Directive } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { errorText, reportError } from '../../components/report-error.js';
import { SortableList } from '../../components/sortable-list.js';
import { useUndoToast } from '../../components/undo-toast.js';
import { useDirectory } from '../../data/directory.js';
import { db } from '../../db/instance.js';
import { addDirective, deleteDirective, moveDirective, restoreDirective } from '../../db/writes/directives.js';
import { useMeeting, useMeetingDirectives } from './directive-data.js';
import { checkDraft, draftFromDirective, emptyDraft } from './directive-draft.js';
import { DirectiveDrawer, type DrawerTarget } from './directive-drawer.js';
import { DirectiveItem } from './directive-item.js';
import { useCategoryContext } from '../../data/follow-up-data.js';
import { DirectiveFollowUpDrawer } from '../follow-up/directive-follow-up-drawer.js';

interface Props {
  meetingId: string;
  meetingDate: string;
  focusDirectiveId?: string | undefined;
}

export function DirectivesSection({ meetingId, meetingDate, focusDirectiveId }: Props) {
  const directory = useDirectory();
  const meeting = useMeeting(meetingId);
  const directives = useMeetingDirectives(meetingId);
  const [target, setTarget] = useState<DrawerTarget | null>(null);
  const [followUpId, setFollowUpId] = useState<string | null>(null);
  const categoryContext = useCategoryContext();
  const [quick, setQuick] = useState('');
  const [quickError, setQuickError] = useState<string | null>(null);
  const showUndo = useUndoToast();
  const chair = meeting?.chairPersonId ?? null;
  // Adding waits for the meeting to load, so that a new directive gets the chair as its leader.
  // Nothing is listed before the directory has loaded too, so no row ever shows without its names.
  const ready = meeting !== undefined && directives !== undefined && directory.loaded;
  useFocusDirective(directives, focusDirectiveId);

  async function quickAdd(): Promise<void> {
    if (quick.trim() === '') return;
    const check = checkDraft(emptyDraft(chair, meetingDate, quick), meetingDate);
    if (!check.ok) {
      setQuickError(Object.values(check.issues).join(' '));
      return;
    }
    try {
      await addDirective(db, meetingId, check.input);
      setQuick('');
      setQuickError(null);
    } catch (error) {
      setQuickError(errorText(error));
    }
  }

  async function remove(d: Directive, number: number): Promise<void> {
    try {
      const deleted = await deleteDirective(db, d.id);
      const count = deleted.followUps.length;
      const text = count === 0 ? t('directives.deleted', { number }) : t('directives.deletedWithHistory', { number, count });
      showUndo(text, () => restoreDirective(db, deleted));
    } catch (error) {
      reportError(error);
    }
  }

  const list = directives ?? [];
  return (
    <section aria-labelledby="directives-heading" style={{ marginTop: 24 }}>
      <Typography.Title level={4} id="directives-heading">
        {t('directives.title')}
      </Typography.Title>
      {!ready ? (
        <Spin aria-label={t('common.loading')} />
      ) : list.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('directives.empty')}</Typography.Paragraph>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('directives.orderHint')}</Typography.Paragraph>
          <SortableList
            aria-label={t('directives.title')}
            items={list}
            nameOf={(_d, position) => t('directives.itemName', { number: position + 1 })}
            onMove={(id, to) => moveDirective(db, id, to)}
            renderItem={(d, controls) => (
              <DirectiveItem
                directive={d}
                directory={directory}
                controls={controls}
                highlighted={d.id === focusDirectiveId}
                categoryContext={categoryContext}
                onFollowUp={() => setFollowUpId(d.id)}
                onEdit={() => setTarget({ mode: 'edit', directive: d, number: controls.position + 1, draft: draftFromDirective(d, meetingDate) })}
                onDelete={() => void remove(d, controls.position + 1)}
              />
            )}
          />
        </>
      )}
      <Space.Compact style={{ width: '100%', marginTop: 12 }}>
        <Input
          aria-label={t('directives.quickAdd')}
          placeholder={t('directives.quickAddPlaceholder')}
          value={quick}
          disabled={!ready}
          status={quickError === null ? undefined : 'error'}
          onChange={(e) => {
            setQuick(e.target.value);
            setQuickError(null);
          }}
          onPressEnter={() => void quickAdd()}
        />
        <Button type="primary" disabled={!ready} onClick={() => setTarget({ mode: 'new', draft: emptyDraft(chair, meetingDate, quick) })}>
          {t('directives.add')}
        </Button>
      </Space.Compact>
      {quickError !== null && (
        <Typography.Text type="danger" role="alert">
          {quickError}
        </Typography.Text>
      )}
      <DirectiveFollowUpDrawer directiveId={followUpId} open={followUpId !== null} onClose={() => setFollowUpId(null)} />
      <DirectiveDrawer
        meetingId={meetingId}
        meetingDate={meetingDate}
        target={target}
        onClose={(saved) => {
          if (saved && target?.mode === 'new') setQuick('');
          setTarget(null);
        }}
      />
    </section>
  );
}

/** Scrolls to the directive named by the route once it has loaded, and moves focus there. */
function useFocusDirective(directives: Directive[] | undefined, focusDirectiveId: string | undefined): void {
  const done = useRef<string | null>(null);
  const loaded = directives !== undefined;
  useEffect(() => {
    if (!loaded || focusDirectiveId === undefined || done.current === focusDirectiveId) return;
    const rows = document.querySelectorAll<HTMLElement>('[data-sortable-id]');
    const row = [...rows].find((r) => r.dataset.sortableId === focusDirectiveId);
    if (row === undefined) return;
    done.current = focusDirectiveId;
    row.scrollIntoView?.({ block: 'center' });
    row.focus({ preventScroll: true });
  }, [loaded, focusDirectiveId]);
}
