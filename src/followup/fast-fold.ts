/**
 * The same folding as text/fold.ts foldForSearch (diacritics dropped, đ→d, lower case, spaces collapsed and
 * trimmed), done character by character through a lookup table. Folding 20,000 directive texts with
 * normalize('NFD') and regular expressions takes seconds; the table makes it tens of milliseconds. Each table
 * entry is computed once, on first sight, by foldForSearch itself, so both always agree.
 */
import { foldForSearch } from '../text/fold.js';

const UNKNOWN = -1;
const DROP = -2;
const SPACE = -3;
const MULTI = -4;
const SPACE_CODE = 32;

// One entry per UTF-16 code unit: the folded code unit, or one of the markers above.
const table = new Int32Array(65536).fill(UNKNOWN);
const multi = new Map<number, string>();

function learn(code: number): number {
  const char = String.fromCharCode(code);
  let entry: number;
  if (code >= 0xd800 && code <= 0xdfff) entry = code; // surrogate halves pass through unchanged
  else if (/\s/.test(char)) entry = SPACE;
  else {
    const folded = foldForSearch(char);
    if (folded === '') entry = DROP;
    else if (folded.length === 1) entry = folded.charCodeAt(0);
    else {
      multi.set(code, folded);
      entry = MULTI;
    }
  }
  table[code] = entry;
  return entry;
}

// Reused output buffer (folding never makes text longer except for rare multi-character folds, handled by growing).
let buffer = new Uint16Array(4096);

/** Folds text for searching; same result as foldForSearch, many times faster on long texts. */
export function foldFast(text: string): string {
  if (buffer.length < text.length * 2 + 16) buffer = new Uint16Array(text.length * 2 + 16);
  let out = buffer;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let entry = code < 128 && code > SPACE_CODE ? (code >= 65 && code <= 90 ? code + 32 : code) : table[code]!;
    if (entry === UNKNOWN) entry = learn(code);
    if (entry === DROP) continue;
    if (entry === SPACE) {
      pendingSpace = n > 0;
      continue;
    }
    if (pendingSpace) {
      out[n++] = SPACE_CODE;
      pendingSpace = false;
    }
    if (entry === MULTI) {
      const folded = multi.get(code)!;
      if (n + folded.length + (text.length - i) >= out.length) {
        const bigger = new Uint16Array((n + folded.length + text.length) * 2);
        bigger.set(out.subarray(0, n));
        out = buffer = bigger;
      }
      for (let j = 0; j < folded.length; j += 1) out[n++] = folded.charCodeAt(j);
    } else out[n++] = entry;
  }
  return codesToString(out, n);
}

// Browsers and Node both have TextDecoder, which turns the buffer into a string fastest; the pure core is compiled
// without DOM types, so it is looked up on globalThis, with String.fromCharCode as the fallback.
type Utf16Decoder = { decode(input: Uint16Array): string };
const DecoderClass = (globalThis as unknown as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
const decoder: Utf16Decoder | null = DecoderClass === undefined ? null : new DecoderClass('utf-16le');

function codesToString(codes: Uint16Array, length: number): string {
  if (decoder !== null) return decoder.decode(codes.subarray(0, length));
  // fromCharCode takes its arguments on the stack: convert in chunks so very long texts do not overflow it.
  const CHUNK = 8192;
  let text = '';
  for (let i = 0; i < length; i += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return text;
}
