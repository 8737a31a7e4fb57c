/**
 * The "Văn bản" tab of the settings: choose an issuing body, then edit the document settings it prints with.
 * Opens on the body an export asked for, when it came here because settings were missing.
 */
import { Form, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Id } from '../../../src/domain/types.js';
import { t } from '../../../src/i18n/index.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { unitName, useDirectory } from '../../data/directory.js';
import { DocumentSettingsEditor } from '../documents/document-settings-editor.js';
import { peekDocumentSettingsTarget, takeDocumentSettingsTarget } from '../documents/settings-target.js';

export function DocumentSettingsTab() {
  const [unitId, setUnitId] = useState<Id | null>(peekDocumentSettingsTarget);
  // The request is used once: a later visit to the settings opens on no body in particular.
  useEffect(() => void takeDocumentSettingsTarget(), []);
  const directory = useDirectory();
  const name = unitName(directory, unitId);
  return (
    <>
      <Form layout="vertical" style={{ maxWidth: 900 }}>
        <Form.Item label={t('docSettings.body')} htmlFor="doc-settings-body" help={unitId === null ? t('docSettings.chooseBody') : undefined}>
          <UnitPicker id="doc-settings-body" mode="single" value={unitId} onChange={setUnitId} />
        </Form.Item>
      </Form>
      {unitId !== null && directory.loaded && name === '' && <Typography.Text type="danger">{t('docSettings.unitMissing')}</Typography.Text>}
      {unitId !== null && name !== '' && <DocumentSettingsEditor key={unitId} unitId={unitId} unitName={name} />}
    </>
  );
}
