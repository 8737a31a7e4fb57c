/**
 * Small docx helpers shared by every block: runs in the profile's font and language, body paragraphs, and the
 * short solid rules drawn as the top border of an empty paragraph (Word and LibreOffice both draw those, and
 * they need no drawing objects).
 */
import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { LayoutProfile } from './profiles/index.js';
import type { TextRunSpec } from './outline.js';

export interface RunStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** A run in Times New Roman (all four font slots) tagged Vietnamese. */
export function run(profile: LayoutProfile, text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: profile.font,
    size: style.size,
    // Only "on" is written: "off" is the default, and writing it on every run doubles the size of long tables.
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    language: { value: profile.language },
  });
}

/** Runs of a paragraph spec in the given size. */
export function runs(profile: LayoutProfile, specs: readonly TextRunSpec[], size: number): TextRun[] {
  return specs.map((spec) => run(profile, spec.text, { size, bold: spec.bold ?? false, italic: spec.italic ?? false }));
}

export type Align = 'left' | 'center' | 'justify';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, justify: AlignmentType.JUSTIFIED } as const;

/** A paragraph with no indent and no spacing, for header, signature and table cells. */
export function tightParagraph(
  profile: LayoutProfile,
  text: string,
  style: RunStyle,
  align: Align,
  spacing: { before?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: { before: spacing.before ?? 0, after: spacing.after ?? 0 },
    children: [run(profile, text, style)],
  });
}

/** A justified body paragraph with first-line indent and the profile's spacing. */
export function bodyDocxParagraph(profile: LayoutProfile, children: readonly TextRun[], keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: profile.body.firstLineIndent },
    spacing: { before: profile.body.spacingBefore, after: profile.body.spacingAfter, line: profile.body.line },
    keepNext,
    children: [...children],
  });
}

/** A centred solid rule `length` twips long inside `room` twips: an empty, 1 pt high paragraph with a top border. */
export function ruleParagraph(profile: LayoutProfile, length: number, room: number, after = 0): Paragraph {
  const side = Math.max(0, Math.floor((room - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after, line: 20, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: profile.rules.thickness, color: '000000', space: 0 } },
    children: [],
  });
}
