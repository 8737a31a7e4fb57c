/**
 * A document as an ordered list of blocks with their words already composed. The Word builder and the print
 * view render the same outline, so both always say the same thing; only the drawing differs.
 */
import type { LayoutProfile } from './profiles/index.js';

export interface TextRunSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export interface HeaderBlock {
  readonly type: 'header';
  readonly superiorBody: readonly string[];
  readonly issuingBody: readonly string[];
  readonly numberLine: string;
  /** "Bến Tre, ngày 05 tháng 01 năm 2020", or null where the format has no date line (minutes). */
  readonly placeDate: string | null;
}

export interface TitleBlock {
  readonly type: 'title';
  /** "BIÊN BẢN", "THÔNG BÁO", "BÁO CÁO". */
  readonly typeName: string;
  /** The summary line(s) under it, bold, with a short rule below. */
  readonly summary: readonly string[];
  /** A smaller italic line under the rule (the report's period). */
  readonly note: string;
}

export interface SectionBlock {
  readonly type: 'section';
  readonly text: string;
}

/** 'body': justified with first-line indent; 'centered': centred, no indent. */
export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly runs: readonly TextRunSpec[];
  readonly style: 'body' | 'centered';
  readonly keepNext?: boolean;
}

export interface SignatureSpec {
  /** Lines in capitals, bold: authority prefix and title ("TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"). */
  readonly heading: readonly string[];
  /** Empty when not known: the space for the signature stays, the name line is left out. */
  readonly name: string;
}

export interface RecipientsSpec {
  /** Lines already written "- Thường trực Tỉnh ủy;" ... "- Lưu: VT.". */
  readonly lines: readonly string[];
}

/** The closing row: recipients or a signature on the left, a signature on the right. */
export interface SignaturesBlock {
  readonly type: 'signatures';
  readonly left: { readonly kind: 'signature'; readonly signature: SignatureSpec } | { readonly kind: 'recipients'; readonly recipients: RecipientsSpec } | null;
  readonly right: SignatureSpec | null;
}

export interface RecipientsBlock {
  readonly type: 'recipients';
  readonly recipients: RecipientsSpec;
}

export interface TableColumn {
  readonly title: string;
  /** Width in twips; the columns of a table add up to the text width. */
  readonly width: number;
  readonly align: 'left' | 'center' | 'justify';
}

export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  /** A last row printed bold (totals). */
  readonly totalRow: readonly string[] | null;
}

export type Block =
  | HeaderBlock
  | TitleBlock
  | SectionBlock
  | ParagraphBlock
  | SignaturesBlock
  | RecipientsBlock
  | TableBlock;

export interface DocumentOutline {
  readonly profile: LayoutProfile;
  /** Document title in the file's properties. */
  readonly title: string;
  readonly blocks: readonly Block[];
}
