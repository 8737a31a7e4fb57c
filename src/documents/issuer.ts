/**
 * The issuer part of a view: a body's settings for one document type, cleaned, with the body name falling
 * back to the issuing unit's own name when the settings give none.
 */
import { cleanLineText, cleanMultilineText } from '../text/clean.js';
import type { Unit } from '../domain/types.js';
import { parseDocumentSettings, type DocumentKind, type DocumentSettings } from './settings.js';
import { paragraphsOf } from './format.js';
import type { IssuerView } from './view-model.js';

/** Builds the issuer of a document from stored settings (any shape, or none) and the issuing unit. */
export function buildIssuerView(
  settings: DocumentSettings | unknown,
  kind: DocumentKind,
  issuingUnit: Unit | null | undefined,
): IssuerView {
  const s = parseDocumentSettings(settings);
  const ownName = paragraphsOf(cleanMultilineText(s.issuingBodyName));
  const unitName = issuingUnit ? cleanLineText(issuingUnit.name) : '';
  return {
    profile: s.profile,
    superiorBody: paragraphsOf(cleanMultilineText(s.superiorBody)),
    issuingBody: ownName.length > 0 ? ownName : unitName === '' ? [] : [unitName],
    place: cleanLineText(s.place),
    symbol: cleanLineText(s.symbols[kind]),
    signer: {
      authority: s.signer.authority,
      titleLines: s.signer.titleLines.map(cleanLineText).filter((line) => line !== ''),
      name: cleanLineText(s.signer.name),
    },
    recipients: s.recipients.map(cleanRecipient).filter((line) => line !== ''),
    archive: cleanLineText(s.archive),
  };
}

// People type recipients with or without the dash and the semicolon; the builder adds them back uniformly.
function cleanRecipient(line: string): string {
  return cleanLineText(line)
    .replace(/^[-–—•+*]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim();
}
