/**
 * Báo cáo tình hình thực hiện (follow-up report): header, "BÁO CÁO" with its period, a summary paragraph,
 * I. the counts per lead unit and in total, II. one table per lead unit of its directives, then the signature
 * and the recipients.
 */
import { formatViDate } from '../domain/dates.js';
import { t } from '../i18n/index.js';
import { categoryLabel } from '../followup/categories.js';
import { bodyParagraph, headerBlock, issuerSignature, recipientsSpec, sectionCounter } from './common-outline.js';
import { formatCount } from './format.js';
import { profileFor, textWidth, type LayoutProfile } from './profiles/index.js';
import type { Block, DocumentOutline, TableBlock, TableColumn } from './outline.js';
import type { CategoryCounts, ReportGroup, ReportView } from './view-model.js';

/** The outline of a follow-up report. */
export function reportOutline(view: ReportView): DocumentOutline {
  const profile = profileFor(view.issuer.profile);
  const dates = { from: formatViDate(view.period.from), to: formatViDate(view.period.to), asOf: formatViDate(view.asOf) };
  const blocks: Block[] = [
    headerBlock(profile, view.issuer, view.documentNumber, 'doc.report.abbr', { issuedOn: view.issuedOn }),
    { type: 'title', typeName: t('doc.report.typeName'), summary: [t('doc.report.summary')], note: t('doc.report.period', dates) },
    bodyParagraph([{ text: introText(view, dates) }]),
  ];
  if (view.groups.length > 0) {
    const section = sectionCounter(profile);
    blocks.push(section(t('doc.report.sectionSummary')), summaryTable(profile, view));
    blocks.push(section(t('doc.report.sectionDetail')));
    view.groups.forEach((group, index) => {
      blocks.push(
        bodyParagraph(
          [{ text: t('doc.report.groupHeading', { number: String(index + 1), unit: unitLabel(group), count: formatCount(group.rows.length) }), bold: true }],
          true,
        ),
        detailTable(profile, group),
      );
    });
  }
  const recipients = recipientsSpec(view.issuer);
  const signature = issuerSignature(profile, view.issuer);
  if (recipients || signature) {
    blocks.push({ type: 'signatures', left: recipients ? { kind: 'recipients', recipients } : null, right: signature });
  }
  return { profile, title: `${t('doc.report.fileWord')} ${dates.from} - ${dates.to}`, blocks };
}

function introText(view: ReportView, dates: { from: string; to: string; asOf: string }): string {
  const c = view.total;
  if (c.total === 0) return t('doc.report.introEmpty', dates);
  return t('doc.report.intro', {
    ...dates,
    total: formatCount(c.total),
    onTime: formatCount(c.onTime),
    late: formatCount(c.late),
    within: formatCount(c.within),
    overdue: formatCount(c.overdue),
    other: formatCount(c.other),
  });
}

function unitLabel(group: ReportGroup): string {
  return group.unit === '' ? t('doc.report.noLeadUnit') : group.unit;
}

/** Column widths in twips from relative weights, adding up exactly to the text width. */
export function columnWidths(profile: LayoutProfile, weights: readonly number[]): number[] {
  const total = textWidth(profile);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

function columns(profile: LayoutProfile, specs: ReadonlyArray<[string, number, TableColumn['align']]>): TableColumn[] {
  const widths = columnWidths(profile, specs.map(([, weight]) => weight));
  return specs.map(([title, , align], i) => ({ title, width: widths[i] ?? 0, align }));
}

function countCells(c: CategoryCounts): string[] {
  return [c.total, c.onTime, c.late, c.within, c.overdue, c.other].map(formatCount);
}

function summaryTable(profile: LayoutProfile, view: ReportView): TableBlock {
  return {
    type: 'table',
    columns: columns(profile, [
      [t('doc.report.col.index'), 5, 'center'],
      [t('doc.report.col.unit'), 26, 'left'],
      [t('doc.report.col.total'), 10, 'center'],
      [t('doc.report.col.onTime'), 11, 'center'],
      [t('doc.report.col.late'), 11, 'center'],
      [t('doc.report.col.within'), 11, 'center'],
      [t('doc.report.col.overdue'), 11, 'center'],
      [t('doc.report.col.other'), 11, 'center'],
    ]),
    rows: view.groups.map((group, i) => [String(i + 1), unitLabel(group), ...countCells(group.counts)]),
    totalRow: ['', t('doc.report.totalRow'), ...countCells(view.total)],
  };
}

function detailTable(profile: LayoutProfile, group: ReportGroup): TableBlock {
  return {
    type: 'table',
    columns: columns(profile, [
      [t('doc.report.col.number'), 7, 'center'],
      [t('doc.report.col.text'), 41, 'justify'],
      [t('doc.report.col.meeting'), 22, 'left'],
      // Wide enough for "30/06/2024" on one line at 12 pt inside the cell margins, on a portrait page.
      [t('doc.report.col.deadline'), 15, 'center'],
      [t('doc.report.col.status'), 15, 'center'],
    ]),
    rows: group.rows.map((row) => [
      row.number,
      row.text,
      row.meetingDate === '' ? row.meetingTitle : t('doc.report.meetingCell', { title: row.meetingTitle, date: formatViDate(row.meetingDate) }),
      row.deadline,
      categoryLabel(row.category),
    ]),
    totalRow: null,
  };
}
