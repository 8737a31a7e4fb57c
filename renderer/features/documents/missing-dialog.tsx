/**
 * Before a document is exported: the list of what it still lacks, with the choice to export anyway (the empty
 * parts are left out) or to open the settings. Asked as a promise so an export reads as one straight flow.
 */
import { Button, Modal, Typography } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { t } from '../../../src/i18n/index.js';

export type MissingChoice = 'export' | 'settings' | 'cancel';

interface Pending {
  document: string;
  missing: readonly string[];
}

/** A dialog element to render, and `ask(document, missing)` resolving to the user's choice. */
export function useMissingDialog(): { ask: (document: string, missing: readonly string[]) => Promise<MissingChoice>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const resolver = useRef<((choice: MissingChoice) => void) | null>(null);

  const ask = useCallback((document: string, missing: readonly string[]) => {
    // A second request while one is open answers the first as cancelled (one dialog at a time).
    resolver.current?.('cancel');
    setPending({ document, missing });
    return new Promise<MissingChoice>((resolve) => {
      resolver.current = resolve;
    });
  }, []);

  const answer = (choice: MissingChoice) => {
    resolver.current?.(choice);
    resolver.current = null;
    setPending(null);
  };

  const dialog = (
    <Modal
      open={pending !== null}
      title={pending === null ? '' : t('export.missing.title', { document: pending.document })}
      onCancel={() => answer('cancel')}
      destroyOnHidden
      footer={[
        <Button key="settings" onClick={() => answer('settings')}>
          {t('export.missing.openSettings')}
        </Button>,
        <Button key="export" type="primary" onClick={() => answer('export')}>
          {t('export.missing.exportAnyway')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{t('export.missing.intro')}</Typography.Paragraph>
      <ul aria-label={t('export.missing.intro')}>
        {pending?.missing.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary">{t('export.missing.note')}</Typography.Paragraph>
    </Modal>
  );
  return { ask, dialog };
}
