/**
 * A quick "cannot contain" test for the register search: each row keeps a 2,048-bit Bloom filter of the
 * three-letter sequences of its folded text. A word of three letters or more can only occur in a row whose filter
 * has the bits of all the word's sequences, so most rows are ruled out with a few bit tests before the real
 * substring search. False positives are possible (the substring search decides); false negatives are not.
 */

/** 32-bit words per row (2,048 bits: few false positives for rows of a few hundred letters). */
export const FILTER_WORDS = 64;
const MASK = FILTER_WORDS * 32 - 1;

function bitOf(a: number, b: number, c: number): number {
  return ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> 0) & MASK;
}

/** Sets the bits of every three-character sequence of `text` in the row's words starting at `base`. */
export function addTrigrams(text: string, filter: Int32Array, base: number): void {
  if (text.length < 3) return;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const bit = bitOf(a, b, c);
    filter[base + (bit >>> 5)]! |= 1 << (bit & 31);
    a = b;
    b = c;
  }
}

/** The bits a row must have to possibly contain all the (folded) words; empty when no word has 3 letters. */
export function requiredBits(words: readonly string[]): Int32Array {
  const bits: number[] = [];
  for (const word of words) {
    for (let i = 2; i < word.length; i += 1) bits.push(bitOf(word.charCodeAt(i - 2), word.charCodeAt(i - 1), word.charCodeAt(i)));
  }
  return Int32Array.from(new Set(bits));
}

/** False when the row certainly lacks one of the words; true when it may have them all. */
export function mayContain(filter: Int32Array, base: number, bits: Int32Array): boolean {
  for (let k = 0; k < bits.length; k += 1) {
    const bit = bits[k]!;
    if ((filter[base + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
