/**
 * Thông báo kết luận (conclusion notice), model 1.4: header with place and date, "THÔNG BÁO" and the summary
 * line, the opening paragraph (when, where, who chaired, who took part), the lead-in, the numbered conclusions
 * with who leads, who supports and by when, one signature and the recipients beside it.
 */
import { t } from '../i18n/index.js';
import { endSentence, officialDate, titleInSentence } from './format.js';
import {
  bodyParagraph,
  headerBlock,
  issuerSignature,
  numberedParagraphs,
  personPhrase,
  recipientsSpec,
} from './common-outline.js';
import { deadlineInSentence } from './minutes-outline.js';
import { profileFor } from './profiles/index.js';
import type { Block, DocumentOutline } from './outline.js';
import type { DirectiveLine, MeetingDocumentView, PersonLine } from './view-model.js';

/** The outline of the conclusion notice of a meeting. */
export function noticeOutline(view: MeetingDocumentView): DocumentOutline {
  const profile = profileFor(view.issuer.profile);
  const blocks: Block[] = [
    headerBlock(profile, view.issuer, view.documentNumber, 'doc.notice.abbr', { issuedOn: view.issuedOn }),
    { type: 'title', typeName: t('doc.notice.typeName'), summary: [summaryLine(view)], note: '' },
    bodyParagraph([{ text: openingParagraph(view) }]),
  ];
  // With nothing concluded yet, the lead-in and the closing sentence would introduce nothing: leave them out.
  if (view.meeting.conclusion.length > 0 || view.directives.length > 0) {
    blocks.push(
      bodyParagraph([{ text: view.chair ? t('doc.notice.leadIn', { chair: view.chair.name }) : t('doc.notice.leadInNoChair') }], true),
      ...view.meeting.conclusion.map((p) => bodyParagraph([{ text: p }])),
    );
    for (const d of view.directives) {
      const assignment = assignmentSentence(d);
      const text = assignment === '' ? d.text : endSentence(d.text);
      blocks.push(...numberedParagraphs(d.number, text, assignment === '' ? [] : [{ text: ` ${assignment}` }]));
    }
    const closing = view.chair
      ? t('doc.notice.closing', { chair: view.chair.name })
      : t('doc.notice.closingNoChair', { meeting: titleInSentence(view.meeting.title) });
    blocks.push(bodyParagraph([{ text: closing }], true));
  }

  const recipients = recipientsSpec(view.issuer);
  const signature = issuerSignature(profile, view.issuer);
  if (recipients || signature) {
    blocks.push({ type: 'signatures', left: recipients ? { kind: 'recipients', recipients } : null, right: signature });
  }
  return { profile, title: `${t('doc.notice.fileWord')} ${view.meeting.title}`.trim(), blocks };
}

/** "Kết luận của đồng chí <chair>, <title> tại <meeting>". */
export function summaryLine(view: MeetingDocumentView): string {
  const meeting = titleInSentence(view.meeting.title);
  return view.chair
    ? t('doc.notice.summaryWithChair', { chair: chairPhrase(view.chair), meeting })
    : t('doc.notice.summaryNoChair', { meeting });
}

/** "Ngày ..., tại ..., đồng chí ... đã chủ trì ...; tham dự có các đồng chí: ...". Empty parts are left out. */
export function openingParagraph(view: MeetingDocumentView): string {
  const { meeting } = view;
  const what = titleInSentence(meeting.title);
  const clauses = [officialDate(meeting.date, true)];
  if (meeting.place !== '') clauses.push(t('doc.notice.openingPlace', { place: meeting.place }));
  clauses.push(
    view.chair
      ? t('doc.notice.openingChair', { chair: chairPhrase(view.chair), meeting: what })
      : t('doc.notice.openingNoChair', { meeting: what }),
  );
  let text = clauses.join(', ');
  const chairName = view.chair?.name;
  const attendees = view.present.filter((p) => p.name !== chairName).map(personPhrase);
  if (attendees.length > 0) text += `. ${t('doc.notice.attendees', { names: attendees.join('; ') })}`;
  if (view.guests.length > 0) text += `. ${t('doc.notice.guests', { names: view.guests.map(personPhrase).join('; ') })}`;
  return endSentence(text);
}

/** "Giao <lead> chủ trì, phối hợp với <units> thực hiện; thời hạn: <deadline>." or a part of it. */
export function assignmentSentence(d: DirectiveLine): string {
  const units = d.supportUnits.join(', ');
  const assign =
    d.leadUnit !== '' && units !== ''
      ? t('doc.notice.assignLeadSupport', { lead: d.leadUnit, units })
      : d.leadUnit !== ''
        ? t('doc.notice.assignLead', { lead: d.leadUnit })
        : units !== ''
          ? t('doc.notice.assignSupport', { units })
          : '';
  if (d.deadline === '') return assign === '' ? '' : `${assign}.`;
  const deadline = deadlineInSentence(d);
  return assign === ''
    ? `${t('doc.notice.deadlineAlone', { deadline })}.`
    : `${assign}; ${t('doc.notice.deadline', { deadline })}.`;
}

function chairPhrase(chair: PersonLine): string {
  return chair.title === '' ? chair.name : `${chair.name}, ${chair.title}`;
}
