/**
 * Export buttons for the register screen: the rows it shows as an Excel workbook, and the follow-up report of
 * a period as a Word file (a small dialog asks for the period, the as-of day and the issuing body).
 */
import { App, Button, Form, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { IsoDate } from '../../../src/domain/dates.js';
import type { Id } from '../../../src/domain/types.js';
import type { RegisterRow } from '../../../src/followup/register-rows.js';
import { t } from '../../../src/i18n/index.js';
import { DateInput } from '../../components/date-input.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { useAppStore } from '../../state/store.js';
import { showOutcome } from './export-outcome.js';
import { useMissingDialog } from './missing-dialog.js';
import { exportFollowUpReport, exportRegisterWorkbook, type ReportFilter } from './register-export.js';
import { openDocumentSettingsFor } from './settings-target.js';

interface Props {
  /** The rows to write to Excel, in the order shown (read when the button is pressed). */
  getRows: () => readonly RegisterRow[];
  /** The day categories are computed for. */
  asOf: IsoDate;
  horizonDays?: number;
  /** The register's period filter, proposed as the report's period. */
  period?: { from: IsoDate | null; to: IsoDate | null } | null;
  /** What else the report is limited to (issuing body, lead unit, basis of the period). */
  filter?: ReportFilter;
}

interface ReportForm {
  from: IsoDate | null;
  to: IsoDate | null;
  asOf: IsoDate | null;
  issuingUnitId: Id | null;
}

export function RegisterExportButtons({ getRows, asOf, horizonDays, period, filter }: Props) {
  const { message } = App.useApp();
  const navigate = useAppStore((s) => s.navigate);
  const { ask, dialog } = useMissingDialog();
  const [busy, setBusy] = useState<'excel' | 'report' | null>(null);
  const [form, setForm] = useState<ReportForm | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  async function excel(): Promise<void> {
    const rows = getRows();
    if (rows.length === 0) {
      void message.info(t('export.excel.empty'));
      return;
    }
    setBusy('excel');
    try {
      showOutcome(message, await exportRegisterWorkbook(rows, { asOf, horizonDays }), 'save');
    } finally {
      setBusy(null);
    }
  }

  function openReport(): void {
    setFormError(null);
    setForm({
      from: period?.from ?? `${asOf.slice(0, 4)}-01-01`,
      to: period?.to ?? asOf,
      asOf,
      issuingUnitId: typeof filter?.issuingUnitId === 'string' ? filter.issuingUnitId : null,
    });
  }

  async function report(values: ReportForm): Promise<void> {
    if (values.from === null || values.to === null || values.asOf === null) {
      setFormError(t('export.report.periodRequired'));
      return;
    }
    if (values.from > values.to) {
      setFormError(t('export.report.periodOrder'));
      return;
    }
    setForm(null);
    setBusy('report');
    try {
      const outcome = await exportFollowUpReport({
        asOf: values.asOf,
        period: { from: values.from, to: values.to },
        horizonDays,
        filter,
        issuingUnitId: values.issuingUnitId ?? undefined,
        confirmMissing: ask,
        openSettings: (unitId) => {
          openDocumentSettingsFor(unitId);
          navigate({ name: 'settings' });
        },
      });
      showOutcome(message, outcome, 'save');
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <Space>
        <Button onClick={() => void excel()} loading={busy === 'excel'} disabled={busy !== null}>
          {t('export.excel.button')}
        </Button>
        <Button onClick={openReport} loading={busy === 'report'} disabled={busy !== null}>
          {t('export.report.button')}
        </Button>
      </Space>
      <Modal
        open={form !== null}
        title={t('export.report.dialogTitle')}
        okText={t('export.report.export')}
        cancelText={t('action.cancel')}
        onOk={() => form !== null && void report(form)}
        onCancel={() => setForm(null)}
        destroyOnHidden
      >
        {form !== null && (
          <Form layout="vertical">
            <Form.Item label={t('export.report.from')} htmlFor="report-from">
              <DateInput id="report-from" label="export.report.from" value={form.from} onChange={(from) => setForm({ ...form, from })} />
            </Form.Item>
            <Form.Item label={t('export.report.to')} htmlFor="report-to">
              <DateInput id="report-to" label="export.report.to" value={form.to} onChange={(to) => setForm({ ...form, to })} />
            </Form.Item>
            <Form.Item label={t('export.report.asOf')} htmlFor="report-as-of">
              <DateInput id="report-as-of" label="export.report.asOf" value={form.asOf} onChange={(value) => setForm({ ...form, asOf: value })} />
            </Form.Item>
            <Form.Item label={t('export.report.issuer')} htmlFor="report-issuer">
              <UnitPicker id="report-issuer" mode="single" value={form.issuingUnitId} onChange={(issuingUnitId) => setForm({ ...form, issuingUnitId })} />
            </Form.Item>
            {formError !== null && (
              <Typography.Text type="danger" role="alert">
                {formError}
              </Typography.Text>
            )}
          </Form>
        )}
      </Modal>
      {dialog}
    </>
  );
}
