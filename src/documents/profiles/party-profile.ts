/**
 * Party format, after Guidance 36-HD/VPTW (2018). Guidance 05-HD/VPTW (2026) is said to replace it and its text
 * is not at hand: when it is, change the numbers here and nowhere else.
 */
import type { LayoutProfile } from './layout-profile.js';

export const PARTY_PROFILE: LayoutProfile = {
  id: 'party',
  page: {
    width: 11906,
    height: 16838,
    margin: { top: 1134, right: 851, bottom: 1134, left: 1701 },
    headerDistance: 567,
    footerDistance: 567,
  },
  font: 'Times New Roman',
  language: 'vi-VN',
  size: {
    superiorBody: 28, // 14 pt regular
    issuingBody: 28, // 14 pt bold
    numberLine: 28, // 14 pt
    topRightName: 30, // "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold
    motto: 28, // unused: the Party format has no motto
    asterisk: 28,
    placeDate: 28, // 14 pt italic
    typeName: 32, // 16 pt bold (15-16)
    summary: 28, // 14 pt bold
    body: 28, // 14 pt (14-15)
    table: 24,
    signatureTitle: 28,
    signatureName: 28,
    recipientsLabel: 24,
    recipientsList: 22,
    pageNumber: 28,
  },
  body: { firstLineIndent: 567, spacingBefore: 0, spacingAfter: 120, line: 276 },
  header: {
    // 4354 + 5000 = 9354; "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold is about 4130 twips wide.
    leftWidth: 4354,
    rightWidth: 5000,
    topRight: 'party',
    topRightNameKey: 'doc.party.name',
    mottoKey: null,
    issuingMark: 'asterisk',
    minutesPlaceDate: false,
  },
  rules: {
    thickness: 6,
    topRightRule: 4140,
    shortRuleRatio: 0.4,
    capsEmPerChar: 0.62,
    mixedEmPerChar: 0.48,
    minShortRule: 1134,
  },
  numberLine: { afterWord: ' ', beforeSymbol: '-', leadingZero: false, blank: '       ' },
  sectionSuffix: '-',
  // Party documents write the authority with a slash (T/M BAN THƯỜNG VỤ, K/T BÍ THƯ).
  authorityPrefix: { none: '', tm: 'T/M', kt: 'K/T', tl: 'T/L', tuq: 'T/UQ', q: 'Q.' },
  minutes: {
    secretaryLabelKey: 'doc.minutes.secretary.party',
    signLeftKey: 'doc.minutes.signLeft.party',
    signRightKey: 'doc.minutes.signRight.party',
  },
  signatureSpaceLines: 4,
  table: { cellMargin: 80, borderSize: 4 },
};
