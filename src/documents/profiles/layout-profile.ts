/**
 * Every layout number of one document format in one object, so a format can be checked against its regulation
 * in one place and replaced when the regulation changes. Lengths are twips (1/20 pt, 567 per cm), font sizes
 * half-points (28 = 14 pt), rule thickness eighths of a point (Word's unit for borders).
 */
import type { MessageKey } from '../../i18n/index.js';
import type { Authority, ProfileId } from '../settings.js';

export interface PageLayout {
  /** A4 portrait: 11906 x 16838 twips. */
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Distance from the top edge to the page number (it sits in the top margin). */
  readonly headerDistance: number;
  readonly footerDistance: number;
}

export interface FontSizes {
  readonly superiorBody: number;
  readonly issuingBody: number;
  readonly numberLine: number;
  /** State: national name; Party: "ĐẢNG CỘNG SẢN VIỆT NAM". */
  readonly topRightName: number;
  readonly motto: number;
  readonly asterisk: number;
  readonly placeDate: number;
  readonly typeName: number;
  readonly summary: number;
  readonly body: number;
  readonly table: number;
  readonly signatureTitle: number;
  readonly signatureName: number;
  readonly recipientsLabel: number;
  readonly recipientsList: number;
  readonly pageNumber: number;
}

export interface LayoutProfile {
  readonly id: ProfileId;
  readonly page: PageLayout;
  /** One font for everything, written into all four font slots (ascii, hAnsi, cs, eastAsia). */
  readonly font: string;
  /** Language tag written on every run and in the default style. */
  readonly language: string;
  readonly size: FontSizes;
  readonly body: {
    readonly firstLineIndent: number;
    readonly spacingBefore: number;
    /** At least 6 pt (120 twips) between paragraphs. */
    readonly spacingAfter: number;
    /** Line spacing in 240ths of a line (240 single, 360 one and a half). */
    readonly line: number;
  };
  readonly header: {
    /** Widths of the two header columns; they add up to the text width. */
    readonly leftWidth: number;
    readonly rightWidth: number;
    /** What the top right holds: national name and motto (State) or the Party's name (Party). */
    readonly topRight: 'national' | 'party';
    readonly topRightNameKey: MessageKey;
    readonly mottoKey: MessageKey | null;
    /** Party documents put an asterisk under the issuing body instead of a rule. */
    readonly issuingMark: 'rule' | 'asterisk';
    /** Whether the minutes carry the place and date line in their header (model 1.9 does not). */
    readonly minutesPlaceDate: boolean;
  };
  readonly rules: {
    readonly thickness: number;
    /** Rule under the motto (State) or the Party name: as long as that text. */
    readonly topRightRule: number;
    /** Rules under the issuing body and under the summary line: this share of the text's width (1/3 to 1/2). */
    readonly shortRuleRatio: number;
    /** Average advance of a bold capital and of bold mixed-case text, in ems, to estimate a line's width. */
    readonly capsEmPerChar: number;
    readonly mixedEmPerChar: number;
    readonly minShortRule: number;
  };
  readonly numberLine: {
    /** "Số: 05/BB-VP" (State) or "Số 127-TB/TU" (Party). */
    readonly afterWord: string;
    readonly beforeSymbol: string;
    readonly leadingZero: boolean;
    /** Spaces left for the clerk to write the number by hand when none is given. */
    readonly blank: string;
  };
  /** "I." (State) or "I-" (Party) after the Roman numeral of a section. */
  readonly sectionSuffix: string;
  readonly authorityPrefix: Readonly<Record<Authority, string>>;
  readonly minutes: {
    readonly secretaryLabelKey: MessageKey;
    readonly signLeftKey: MessageKey;
    readonly signRightKey: MessageKey;
  };
  /** Empty lines left for the handwritten signature (and the seal). */
  readonly signatureSpaceLines: number;
  readonly table: {
    readonly cellMargin: number;
    readonly borderSize: number;
  };
}

/** Width available for text between the left and right margins. */
export function textWidth(profile: LayoutProfile): number {
  return profile.page.width - profile.page.margin.left - profile.page.margin.right;
}
