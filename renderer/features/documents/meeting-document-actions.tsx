/**
 * The documents menu of a meeting: minutes and conclusion notice as Word files, printed, or saved as PDF. The
 * menu's "export minutes", "export notice" and "print" commands (and Ctrl+P) do the same while it is shown.
 */
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useRef, useState } from 'react';
import { todayIso } from '../../../src/domain/dates.js';
import type { Id } from '../../../src/domain/types.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { useCommand } from '../../app/commands.js';
import { flushAll } from '../../app/flush.js';
import { db } from '../../db/instance.js';
import { getBridge } from '../../platform/bridge.js';
import { useAppStore } from '../../state/store.js';
import { showOutcome } from './export-outcome.js';
import { exportMeetingDocument, type MeetingDocumentKind, type MeetingExportAction } from './meeting-export.js';
import { useMissingDialog } from './missing-dialog.js';
import { openDocumentSettingsFor } from './settings-target.js';

const ITEMS: ReadonlyArray<{ key: string; label: MessageKey; document: MeetingDocumentKind; action: MeetingExportAction }> = [
  { key: 'minutes-word', label: 'export.menu.minutesWord', document: 'minutes', action: 'word' },
  { key: 'notice-word', label: 'export.menu.noticeWord', document: 'notice', action: 'word' },
  { key: 'minutes-print', label: 'export.menu.printMinutes', document: 'minutes', action: 'print' },
  { key: 'notice-print', label: 'export.menu.printNotice', document: 'notice', action: 'print' },
  { key: 'minutes-pdf', label: 'export.menu.pdfMinutes', document: 'minutes', action: 'pdf' },
  { key: 'notice-pdf', label: 'export.menu.pdfNotice', document: 'notice', action: 'pdf' },
];

export function MeetingDocumentActions({ meetingId }: { meetingId: Id }) {
  const { message } = App.useApp();
  const navigate = useAppStore((s) => s.navigate);
  const { ask, dialog } = useMissingDialog();
  // The ref guards (it changes at once); the state only shows the button as busy (it changes on the next render,
  // so two quick clicks or a click and a shortcut would both see it false).
  const running = useRef(false);
  const [busy, setBusy] = useState(false);

  async function run(document: MeetingDocumentKind, action: MeetingExportAction): Promise<void> {
    // One export at a time: a second click while the first is building would save two files.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const result = await exportMeetingDocument(meetingId, document, action, {
        db,
        bridge: getBridge(),
        today: todayIso(),
        flush: flushAll,
        confirmMissing: ask,
        openSettings: (unitId) => {
          openDocumentSettingsFor(unitId);
          navigate({ name: 'settings' });
        },
      });
      if (result.kind === 'not-found') void message.error(t('export.meetingMissing'));
      else if (result.kind === 'done') showOutcome(message, result.outcome, result.action);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  useCommand('export-minutes', () => void run('minutes', 'word'));
  useCommand('export-notice', () => void run('notice', 'word'));
  useCommand('print', () => void run('minutes', 'print'));

  const menu: MenuProps = {
    // Word files first, then printing and PDF, with a divider between the two groups.
    items: ITEMS.flatMap((item) => [
      ...(item.action === 'print' && item.document === 'minutes' ? [{ type: 'divider' as const }] : []),
      { key: item.key, label: t(item.label) },
    ]),
    onClick: ({ key }) => {
      const item = ITEMS.find((i) => i.key === key);
      if (item) void run(item.document, item.action);
    },
  };

  return (
    <>
      <Dropdown menu={menu} trigger={['click']} disabled={busy}>
        <Button loading={busy} aria-haspopup="menu">
          {t('export.menu.button')} ▾
        </Button>
      </Dropdown>
      {dialog}
    </>
  );
}
