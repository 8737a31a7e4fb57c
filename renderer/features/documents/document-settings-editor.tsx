/**
 * The document settings of one issuing body: format, names as printed, place, number symbols, signer and
 * recipients. Saved with the button or Ctrl+S; the state beside the button says whether what is shown is
 * stored. Unsaved valid changes are saved if the window closes.
 */
import { Alert, App, Button, Col, Flex, Form, Input, Radio, Row, Select, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Id } from '../../../src/domain/types.js';
import { AUTHORITIES, type Authority } from '../../../src/documents/settings.js';
import { PARTY_PROFILE, STATE_PROFILE } from '../../../src/documents/profiles/index.js';
import { t, type MessageKey } from '../../../src/i18n/index.js';
import { useCommand } from '../../app/commands.js';
import { registerFlusher } from '../../app/flush.js';
import { errorText } from '../../components/report-error.js';
import { db } from '../../db/instance.js';
import {
  FORM_LABELS,
  formFromSettings,
  loadDocumentSettings,
  saveDocumentSettings,
  settingsFromForm,
  type DocumentSettingsForm,
} from './document-settings-data.js';

type Field = keyof DocumentSettingsForm;

const AUTHORITY_LABEL: Readonly<Record<Authority, MessageKey>> = {
  none: 'docSettings.authority.none',
  tm: 'docSettings.authority.tm',
  kt: 'docSettings.authority.kt',
  tl: 'docSettings.authority.tl',
  tuq: 'docSettings.authority.tuq',
  q: 'docSettings.authority.q',
};

interface Props {
  unitId: Id;
  /** The body's name in the directory (printed when no name is given here). */
  unitName: string;
}

export function DocumentSettingsEditor({ unitId, unitName }: Props) {
  const { message } = App.useApp();
  const [form, setForm] = useState<DocumentSettingsForm | null>(null);
  // The form as last stored (null: nothing stored yet for this body), and as first shown.
  const [stored, setStored] = useState<DocumentSettingsForm | null>(null);
  const [initial, setInitial] = useState<DocumentSettingsForm | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field | '', string>>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    void loadDocumentSettings(db, unitId).then(({ settings, stored: isStored }) => {
      if (!live) return;
      const loaded = formFromSettings(settings);
      setForm(loaded);
      setInitial(loaded);
      setStored(isStored ? loaded : null);
    });
    return () => {
      live = false;
    };
  }, [unitId]);

  const dirty = form !== null && JSON.stringify(form) !== JSON.stringify(stored ?? initial);

  const save = useCallback(async (): Promise<void> => {
    if (form === null) return;
    const checked = settingsFromForm(form);
    if (!checked.ok) {
      setErrors(Object.fromEntries(checked.issues.map((i) => [i.field.split('.')[0] ?? '', i.message])));
      void message.error(t('docSettings.invalid'));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await saveDocumentSettings(db, unitId, checked.value);
      // Show what was stored (cleaned), so the form and the saved state agree.
      const saved = formFromSettings(checked.value);
      setForm(saved);
      setStored(saved);
      void message.success(t('docSettings.saved', { body: unitName }));
    } catch (error) {
      setErrors({ '': errorText(error) });
    } finally {
      setSaving(false);
    }
  }, [form, unitId, unitName, message]);

  useCommand('save', () => void save());
  const valid = useMemo(() => form !== null && settingsFromForm(form).ok, [form]);
  useEffect(() => (dirty && valid ? registerFlusher(save) : undefined), [dirty, valid, save]);

  if (form === null) return <Spin />;
  const change = (field: Field) => (value: string) => {
    setForm({ ...form, [field]: value });
    if (errors[field] !== undefined) setErrors({ ...errors, [field]: undefined });
  };
  const prefixes = form.profile === 'party' ? PARTY_PROFILE.authorityPrefix : STATE_PROFILE.authorityPrefix;
  const item = (field: Field, control: ReactNode, help?: string) => (
    <Form.Item label={t(FORM_LABELS[field])} htmlFor={`doc-settings-${field}`} validateStatus={errors[field] ? 'error' : undefined} help={errors[field] ?? help}>
      {control}
    </Form.Item>
  );
  const text = (field: Exclude<Field, 'profile' | 'authority'>, rows?: number, placeholder?: string) =>
    rows === undefined ? (
      <Input id={`doc-settings-${field}`} value={form[field]} placeholder={placeholder} onChange={(e) => change(field)(e.target.value)} />
    ) : (
      <Input.TextArea id={`doc-settings-${field}`} value={form[field]} rows={rows} placeholder={placeholder} onChange={(e) => change(field)(e.target.value)} />
    );

  return (
    <Form layout="vertical" style={{ maxWidth: 900 }} onSubmitCapture={(e) => e.preventDefault()}>
      {item(
        'profile',
        <Radio.Group id="doc-settings-profile" value={form.profile} onChange={(e) => change('profile')(e.target.value as string)}>
          <Radio value="state">{t('docSettings.profile.state')}</Radio>
          <Radio value="party">{t('docSettings.profile.party')}</Radio>
        </Radio.Group>,
      )}
      <Row gutter={16}>
        <Col span={12}>{item('superiorBody', text('superiorBody', 2), t('docSettings.superiorBodyHint'))}</Col>
        <Col span={12}>{item('issuingBodyName', text('issuingBodyName', 2, unitName), t('docSettings.issuingBodyNameHint', { name: unitName }))}</Col>
      </Row>
      {item('place', text('place'), t('docSettings.placeHint'))}
      <Typography.Title level={5}>{t('docSettings.symbols')}</Typography.Title>
      <Row gutter={16}>
        <Col span={8}>{item('symbolMinutes', text('symbolMinutes', undefined, form.profile === 'party' ? 'BB/TU' : 'BB-VP'))}</Col>
        <Col span={8}>{item('symbolNotice', text('symbolNotice', undefined, form.profile === 'party' ? 'TB/TU' : 'TB-VP'))}</Col>
        <Col span={8}>{item('symbolReport', text('symbolReport', undefined, form.profile === 'party' ? 'BC/TU' : 'BC-VP'))}</Col>
      </Row>
      <Typography.Title level={5}>{t('docSettings.signer')}</Typography.Title>
      <Row gutter={16}>
        <Col span={8}>
          {item(
            'authority',
            <Select
              id="doc-settings-authority"
              value={form.authority}
              onChange={(value: Authority) => change('authority')(value)}
              options={AUTHORITIES.map((a) => ({ value: a, label: t(AUTHORITY_LABEL[a], { prefix: prefixes[a] }) }))}
            />,
          )}
        </Col>
        <Col span={8}>{item('signerTitle', text('signerTitle', 3), t('docSettings.signerTitleHint'))}</Col>
        <Col span={8}>{item('signerName', text('signerName'))}</Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>{item('recipients', text('recipients', 5), t('docSettings.recipientsHint'))}</Col>
        <Col span={8}>{item('archive', text('archive'))}</Col>
      </Row>
      {errors[''] !== undefined && <Alert type="error" showIcon title={errors['']} style={{ marginBottom: 16 }} />}
      <Flex gap={16} align="center">
        <Button type="primary" onClick={() => void save()} loading={saving}>
          {t('docSettings.save')}
        </Button>
        <Typography.Text type={dirty ? 'warning' : 'secondary'} data-testid="doc-settings-state" aria-live="polite">
          {dirty ? t('docSettings.state.dirty') : stored === null ? t('docSettings.state.new') : t('docSettings.state.saved')}
        </Typography.Text>
      </Flex>
    </Form>
  );
}
