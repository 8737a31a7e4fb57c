/**
 * State format: Decree 30/2020/ND-CP, Annex I (A4, Times New Roman, two-column header with national name and
 * motto). Where the decree gives a range the value chosen is noted.
 */
import type { LayoutProfile } from './layout-profile.js';

export const STATE_PROFILE: LayoutProfile = {
  id: 'state',
  page: {
    width: 11906,
    height: 16838,
    // Top and bottom 20 mm (range 20-25), left 30 mm (30-35), right 15 mm (15-20).
    margin: { top: 1134, right: 851, bottom: 1134, left: 1701 },
    headerDistance: 567,
    footerDistance: 567,
  },
  font: 'Times New Roman',
  language: 'vi-VN',
  size: {
    superiorBody: 26, // 13 pt, regular (12-13)
    issuingBody: 26, // 13 pt, bold (12-13)
    numberLine: 26, // 13 pt
    topRightName: 24, // national name 12 pt bold (12-13): 12 keeps it on one line in its column
    motto: 26, // 13 pt bold (13-14)
    asterisk: 26,
    placeDate: 28, // 14 pt italic (13-14)
    typeName: 28, // 14 pt bold (13-14)
    summary: 28, // 14 pt bold
    body: 28, // 14 pt (13-14)
    table: 24, // 12 pt inside tables
    signatureTitle: 28, // 14 pt bold
    signatureName: 28, // 14 pt bold
    recipientsLabel: 24, // 12 pt bold italic
    recipientsList: 22, // 11 pt
    pageNumber: 26, // 13 pt (13-14)
  },
  body: { firstLineIndent: 567, spacingBefore: 0, spacingAfter: 120, line: 276 },
  header: {
    // 3954 + 5400 = 9354, the text width; the national name at 12 pt bold is about 5010 twips wide.
    leftWidth: 3954,
    rightWidth: 5400,
    topRight: 'national',
    topRightNameKey: 'doc.state.nationalName',
    mottoKey: 'doc.state.motto',
    issuingMark: 'rule',
    minutesPlaceDate: false,
  },
  rules: {
    thickness: 6,
    // The motto at 13 pt bold measures about 3183 twips in Times New Roman metrics.
    topRightRule: 3190,
    shortRuleRatio: 0.4,
    capsEmPerChar: 0.62,
    mixedEmPerChar: 0.48,
    minShortRule: 1134,
  },
  numberLine: { afterWord: ': ', beforeSymbol: '/', leadingZero: true, blank: '       ' },
  sectionSuffix: '.',
  authorityPrefix: { none: '', tm: 'TM.', kt: 'KT.', tl: 'TL.', tuq: 'TUQ.', q: 'Q.' },
  minutes: {
    secretaryLabelKey: 'doc.minutes.secretary.state',
    signLeftKey: 'doc.minutes.signLeft.state',
    signRightKey: 'doc.minutes.signRight.state',
  },
  signatureSpaceLines: 4,
  table: { cellMargin: 80, borderSize: 4 },
};
