/**
 * Biên bản (minutes), model 1.9 of Decree 30/2020 Annex III: header without a date line, "BIÊN BẢN" and the
 * meeting's name, then time, place, participants, chair, secretary, content, the numbered conclusions, the
 * closing line, the two signatures side by side and the recipients.
 */
import { t, type MessageKey } from '../i18n/index.js';
import { clockPhrase, lowerFirst, officialDate, pointLetter } from './format.js';
import {
  bodyParagraph,
  fieldParagraph,
  headerBlock,
  numberedParagraphs,
  personPhrase,
  recipientsSpec,
  sectionCounter,
} from './common-outline.js';
import { profileFor } from './profiles/index.js';
import type { Block, DocumentOutline, ParagraphBlock } from './outline.js';
import type { AttendeeLine, DirectiveLine, MeetingDocumentView } from './view-model.js';

/** The outline of the minutes of a meeting. */
export function minutesOutline(view: MeetingDocumentView): DocumentOutline {
  const profile = profileFor(view.issuer.profile);
  const { meeting } = view;
  const blocks: Block[] = [
    headerBlock(profile, view.issuer, view.documentNumber, 'doc.minutes.abbr', profile.header.minutesPlaceDate ? { issuedOn: meeting.date } : null),
    { type: 'title', typeName: t('doc.minutes.typeName'), summary: meeting.title === '' ? [] : [meeting.title], note: '' },
  ];
  const push = (block: ParagraphBlock | null): void => {
    if (block) blocks.push(block);
  };

  push(fieldParagraph(t('doc.minutes.startTime'), startPhrase(view)));
  push(fieldParagraph(t('doc.minutes.place'), meeting.place));
  blocks.push(...participantBlocks(view));
  push(fieldParagraph(t('doc.minutes.chair'), view.chair ? personPhrase(view.chair) : ''));
  push(fieldParagraph(t(profile.minutes.secretaryLabelKey), view.secretary ? personPhrase(view.secretary) : ''));

  const hasConclusion = meeting.conclusion.length > 0 || view.directives.length > 0;
  if (meeting.content.length > 0 || hasConclusion) {
    blocks.push(bodyParagraph([{ text: t('doc.minutes.content'), bold: true }], true));
    const section = sectionCounter(profile);
    if (meeting.content.length > 0) {
      blocks.push(section(t('doc.minutes.sectionProceedings')));
      blocks.push(...meeting.content.map((p) => bodyParagraph([{ text: p }])));
    }
    if (hasConclusion) {
      blocks.push(section(t('doc.minutes.sectionConclusion')));
      blocks.push(...meeting.conclusion.map((p) => bodyParagraph([{ text: p }])));
      for (const d of view.directives) blocks.push(...directiveBlocks(d));
    }
  }

  blocks.push(bodyParagraph([{ text: closingLine(view) }], true));
  blocks.push({
    type: 'signatures',
    left: { kind: 'signature', signature: { heading: [t(profile.minutes.signLeftKey)], name: view.secretary?.name ?? '' } },
    right: { heading: [t(profile.minutes.signRightKey)], name: view.chair?.name ?? '' },
  });
  const recipients = recipientsSpec(view.issuer);
  if (recipients) blocks.push({ type: 'recipients', recipients });
  return { profile, title: `${t('doc.minutes.fileWord')} ${meeting.title}`.trim(), blocks };
}

function startPhrase(view: MeetingDocumentView): string {
  return [clockPhrase(view.meeting.startTime), officialDate(view.meeting.date)].filter((s) => s !== '').join(', ');
}

/** "Thành phần tham dự:" then a) present, b) absent with reasons, c) guests; lists that are empty are left out. */
function participantBlocks(view: MeetingDocumentView): Block[] {
  const lists: Array<[MessageKey, readonly AttendeeLine[], boolean]> = [
    ['doc.minutes.present', view.present, false],
    ['doc.minutes.absent', view.absent, true],
    ['doc.minutes.guests', view.guests, false],
  ];
  const filled = lists.filter(([, people]) => people.length > 0);
  if (filled.length === 0) return [];
  const blocks: Block[] = [bodyParagraph([{ text: t('doc.minutes.participants'), bold: true }], true)];
  filled.forEach(([key, people, withReason], index) => {
    blocks.push(bodyParagraph([{ text: `${pointLetter(index)}) ${t(key)}`, italic: true }], true));
    people.forEach((person, i) => {
      const reason = withReason && person.absenceReason !== '' ? ` ${t('doc.minutes.absenceReason', { reason: person.absenceReason })}` : '';
      blocks.push(bodyParagraph([{ text: `${i + 1}. ${personPhrase(person)}${reason}` }]));
    });
  });
  return blocks;
}

/** The directive as recorded, then who leads, who supports and by when, in italics. */
function directiveBlocks(d: DirectiveLine): ParagraphBlock[] {
  const parts: string[] = [];
  if (d.leadUnit !== '') parts.push(t('doc.minutes.assignment', { lead: d.leadUnit }));
  if (d.supportUnits.length > 0) parts.push(t('doc.minutes.assignmentSupport', { units: d.supportUnits.join(', ') }));
  if (d.deadline !== '') parts.push(t('doc.minutes.assignmentDeadline', { deadline: deadlineInSentence(d) }));
  const blocks = numberedParagraphs(d.number, d.text);
  if (parts.length === 0) return blocks;
  const assignment = parts.join('; ');
  const sentence = `${assignment.charAt(0).toLocaleUpperCase('vi-VN')}${assignment.slice(1)}.`;
  return [...blocks, bodyParagraph([{ text: sentence, italic: true }])];
}

/** A deadline inside a sentence: dates as written, words in lower case ("thường xuyên", "quý II/2024"). */
export function deadlineInSentence(d: DirectiveLine): string {
  return d.deadlineKind === 'date' ? d.deadline : lowerFirst(d.deadline);
}

/** "Cuộc họp kết thúc vào 16 giờ 30, ngày 02 tháng 02 năm 2017./." (the hour is left out when not recorded). */
export function closingLine(view: MeetingDocumentView): string {
  const event = t(`doc.event.${view.meeting.kind}`);
  const date = officialDate(view.meeting.date);
  const time = clockPhrase(view.meeting.endTime);
  return time === ''
    ? t('doc.minutes.closingNoTime', { event, date })
    : t('doc.minutes.closing', { event, time, date });
}
