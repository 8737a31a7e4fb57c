/**
 * The distinct words of the register's folded texts, each with a number (its id), looked up while a text is
 * scanned: the scan hashes each word as it goes (FNV-1a) and only a word seen for the first time is cut out of the
 * text. Splitting 20,000 texts into words with slice() and a Map took about 250 ms.
 */

/** The hash of an empty word. */
export const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** The hash of a word extended by one character. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, HASH_PRIME);
}

function hashOf(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i += 1) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/** Word → id: an open-addressing table of ids by hash, a candidate compared with the text character by character. */
export class Vocabulary {
  readonly words: string[] = [];
  private hashes: number[] = [];
  private table = new Int32Array(1 << 12).fill(-1);

  constructor(known: readonly string[]) {
    for (const word of known) this.add(word, hashOf(word));
  }

  /** The id of text[start, end), added to the vocabulary if new; `hash` is its hash (hashStep from HASH_SEED). */
  idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === hash && sameWord(this.words[id]!, text, start, end)) return id;
    }
    return this.add(text.slice(start, end), hash);
  }

  private add(word: string, hash: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.hashes.push(hash);
    // Kept at most half full, so a lookup probes few slots.
    if (this.words.length * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.place(id);
    return id;
  }

  private rehash(size: number): void {
    this.table = new Int32Array(size).fill(-1);
    for (let id = 0; id < this.words.length; id += 1) this.place(id);
  }

  private place(id: number): void {
    const mask = this.table.length - 1;
    let slot = this.hashes[id]! & mask;
    while (this.table[slot]! >= 0) slot = (slot + 1) & mask;
    this.table[slot] = id;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k += 1) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
