/**
 * Text cleaning applied to every string before it is stored or exported.
 *
 * Why: text arrives pasted from web pages (sometimes NFD, from macOS or some CMSs), from PDFs (which carry
 * control characters that make Word refuse a file) and from old editors. We store one canonical form.
 */

// C0 controls except tab (09), line feed (0A) and carriage return (0D); DEL; C1 controls.
// Also U+FFFE/U+FFFF and lone surrogates are not valid in XML 1.0 (Word's format), so they go too.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Zero-width and bidi-control characters that PDFs and chat apps leave behind; they break search silently.
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;

/** Normalises to NFC and removes characters that are invalid in stored or exported text; keeps line breaks. */
export function cleanMultilineText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(LONE_SURROGATES, '')
    .replace(INVISIBLES, '');
}

/** Like cleanMultilineText, but for one-line fields: line breaks and tabs become single spaces, ends trimmed. */
export function cleanLineText(input: string): string {
  return cleanMultilineText(input).replace(/[\n\t]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}
