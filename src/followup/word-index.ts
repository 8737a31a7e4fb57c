/**
 * The register's text index: the distinct words of all rows' folded text, each with the rows it occurs in (an
 * inverted index), and for each row one bit per letter a-z it contains.
 *
 * A query word never holds a space or the field separator, so it occurs in a row's text exactly when it occurs
 * inside one of the row's words. The rows of a query word are therefore the rows of the distinct words that contain
 * it: a scan of the vocabulary (a few thousand words, since a Vietnamese text is made of syllables) instead of a
 * substring search through tens of thousands of long texts. Searching "no" in 20,000 texts of 560 letters took
 * 10-12 ms that way, because "n" starts so many Vietnamese syllables; a one-letter word is answered from the
 * letter bits.
 */

import { HASH_SEED, hashStep, Vocabulary } from './word-vocabulary.js';

const SPACE = 32;
/** Joins the fields of a row's search text; no query word holds it, so no word spans two fields. */
export const FIELD_SEPARATOR = '\u0001';
const FIELD_SEPARATOR_CODE = FIELD_SEPARATOR.charCodeAt(0);
const LETTER_A = 97;
const LETTER_Z = 122;

export interface WordIndex {
  /** The distinct words; a word's id is its position here. */
  readonly words: readonly string[];
  /** The rows of word w, ascending: postings[starts[w]] up to postings[starts[w + 1]] (excluded). */
  readonly starts: Int32Array;
  readonly postings: Int32Array;
  /** The word ids of row r: rowWords[rowStarts[r]] up to rowWords[rowStarts[r + 1]] (kept to rebuild after an edit). */
  readonly rowStarts: Int32Array;
  readonly rowWords: Int32Array;
  /** Bit (letter - 'a') set when row r contains that letter. */
  readonly letters: Int32Array;
}

/** An earlier index and, for each new row, the row of it with the same text (-1 when the text is new or changed). */
export interface WordIndexReuse {
  previous: WordIndex;
  previousRowOf: Int32Array;
}

/** Indexes the folded texts of the rows; with `reuse`, rows whose text did not change are not split again. */
export function buildWordIndex(folded: readonly string[], reuse?: WordIndexReuse): WordIndex {
  return new WordIndexBuilder(folded, reuse).finish();
}

// Rows indexed between two checks of the time left: about a millisecond of work.
const ROWS_PER_CHECK = 64;

/**
 * Builds a word index in steps, so a screen can build it in idle moments without holding the page for the
 * several hundred milliseconds 20,000 directives take at once; `finish` completes it whenever it is needed.
 */
export class WordIndexBuilder {
  private readonly vocabulary: Vocabulary;
  private readonly rowStarts: Int32Array;
  private readonly letters: Int32Array;
  private rowWords: Int32Array<ArrayBuffer>;
  private lastRowOfWord: Int32Array<ArrayBuffer>;
  private size = 0;
  private nextRow = 0;
  private result: WordIndex | null = null;

  constructor(
    private readonly folded: readonly string[],
    private readonly reuse?: WordIndexReuse,
  ) {
    // Word ids stay those of the earlier index, so its rows' word lists can be copied as they are.
    this.vocabulary = new Vocabulary(reuse?.previous.words ?? []);
    this.rowStarts = new Int32Array(folded.length + 1);
    this.letters = new Int32Array(folded.length);
    this.rowWords = new Int32Array(Math.max(1024, reuse?.previous.rowWords.length ?? folded.length * 64));
    this.lastRowOfWord = new Int32Array(Math.max(1024, this.vocabulary.words.length * 2)).fill(-1);
  }

  /** Indexes rows until `stop()` says so (checked every few rows); true once every row is indexed. */
  step(stop: () => boolean): boolean {
    while (this.nextRow < this.folded.length) {
      const until = Math.min(this.folded.length, this.nextRow + ROWS_PER_CHECK);
      for (; this.nextRow < until; this.nextRow += 1) this.indexRow(this.nextRow);
      if (stop()) break;
    }
    return this.nextRow === this.folded.length;
  }

  /** The whole index: indexes the rows not done yet, then lists the rows of each word. */
  finish(): WordIndex {
    if (this.result !== null) return this.result;
    this.step(() => false);
    const { words } = this.vocabulary;
    const used = this.rowWords.subarray(0, this.size);
    const starts = new Int32Array(words.length + 1);
    for (let k = 0; k < used.length; k += 1) starts[used[k]! + 1]! += 1;
    for (let w = 0; w < words.length; w += 1) starts[w + 1]! += starts[w]!;
    const next = starts.slice(0, words.length);
    const postings = new Int32Array(used.length);
    for (let r = 0; r < this.folded.length; r += 1) {
      for (let k = this.rowStarts[r]!; k < this.rowStarts[r + 1]!; k += 1) {
        const w = used[k]!;
        postings[next[w]!] = r;
        next[w]! += 1;
      }
    }
    this.result = { words, starts, postings, rowStarts: this.rowStarts, rowWords: used.slice(), letters: this.letters };
    return this.result;
  }

  private indexRow(r: number): void {
    const old = this.reuse === undefined ? -1 : this.reuse.previousRowOf[r]!;
    if (old >= 0) {
      const previous = this.reuse!.previous;
      const from = previous.rowStarts[old]!;
      const to = previous.rowStarts[old + 1]!;
      this.ensureRoom(to - from);
      this.rowWords.set(previous.rowWords.subarray(from, to), this.size);
      this.size += to - from;
      this.letters[r] = previous.letters[old]!;
      this.rowStarts[r + 1] = this.size;
      return;
    }
    const text = this.folded[r]!;
    let mask = 0;
    let start = 0;
    let hash = HASH_SEED;
    for (let i = 0; i <= text.length; i += 1) {
      const code = i < text.length ? text.charCodeAt(i) : SPACE;
      if (code !== SPACE && code !== FIELD_SEPARATOR_CODE) {
        if (code >= LETTER_A && code <= LETTER_Z) mask |= 1 << (code - LETTER_A);
        hash = hashStep(hash, code);
        continue;
      }
      if (i > start) this.addWord(r, this.vocabulary.idOf(text, start, i, hash));
      start = i + 1;
      hash = HASH_SEED;
    }
    this.letters[r] = mask;
    this.rowStarts[r + 1] = this.size;
  }

  private addWord(r: number, id: number): void {
    if (id >= this.lastRowOfWord.length) this.lastRowOfWord = grow(this.lastRowOfWord, id + 1, -1);
    // Each word once per row, however often the row repeats it.
    if (this.lastRowOfWord[id] === r) return;
    this.lastRowOfWord[id] = r;
    this.ensureRoom(1);
    this.rowWords[this.size] = id;
    this.size += 1;
  }

  private ensureRoom(count: number): void {
    if (this.size + count > this.rowWords.length) this.rowWords = grow(this.rowWords, this.size + count);
  }
}

/**
 * For each row, how many of the query words (folded, no spaces) its text contains, counted in order: a row holds
 * them all exactly when the result is `terms.length` at that row.
 */
export function countTermsPerRow(index: WordIndex, terms: readonly string[]): Int32Array {
  const rowCount = index.letters.length;
  const stamp = new Int32Array(rowCount);
  for (let j = 0; j < terms.length; j += 1) {
    const term = terms[j]!;
    const code = term.charCodeAt(0);
    if (term.length === 1 && code >= LETTER_A && code <= LETTER_Z) {
      const bit = 1 << (code - LETTER_A);
      for (let r = 0; r < rowCount; r += 1) if (stamp[r] === j && (index.letters[r]! & bit) !== 0) stamp[r] = j + 1;
      continue;
    }
    const { words, starts, postings } = index;
    for (let w = 0; w < words.length; w += 1) {
      if (!words[w]!.includes(term)) continue;
      for (let k = starts[w]!; k < starts[w + 1]!; k += 1) {
        const r = postings[k]!;
        if (stamp[r] === j) stamp[r] = j + 1;
      }
    }
  }
  return stamp;
}

function grow(array: Int32Array<ArrayBuffer>, atLeast: number, fill = 0): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(atLeast, array.length * 2));
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}
