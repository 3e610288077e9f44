/**
 * Where normalisation writes: the normalised codes, their offsets in the original, the sentence
 * ends and the offsets of watched characters. normalize decides what is kept; this module stores it.
 *
 * The stores go to fixed buffers held in module constants, a chunk at a time: V8 folds a constant
 * typed array's base and length into the code, so the copy loop keeps its counters in registers.
 * Before, the buffers were read from an object (reused across calls, grown for a longer text):
 * normalisation measured 15.6–16.3 → 12.8–13.2 ms per 270 seeds, run interleaved in one process.
 * A text whose output outgrows a chunk has its chunks appended to buffers that grow.
 */
import { inSet, type CharSet } from '../text/char-set.ts';

/**
 * What normalize notes the offsets of, in three lists: [0] and [1], the characters of a set each;
 * [2], pairs: the offsets of a character of pairs[0] followed by one of pairs[1] (where a word of
 * the two sets' words may start, tested on its first two characters). The pairs have their own
 * list: their reader (the gazetteer's count) passed over every digit of the first list's, and the
 * first list's readers over every pair (measured ~1.5% of extraction).
 */
export type Watch = readonly [CharSet?, CharSet?, (readonly [CharSet, CharSet])?];

/** The output of one call: views of buffers the next call reuses (see normalizeTransient). */
export interface Output {
  codes: Uint16Array;
  map: Int32Array;
  ends: Int32Array;
  watchedA: Int32Array;
  watchedB: Int32Array;
  watchedC: Int32Array;
}

export const SPACE = 32;
export const NEWLINE = 10;
export const STAR = 42;

function mapCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000 || c === 0xa0 || c === 13 || c === 9 || c === 0x200b || c === 0xfeff)
    return SPACE;
  return c;
}

/** mapCode of every code unit: full-width ASCII → half-width, every kind of space → ' '. */
export const MAPPED = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) MAPPED[c] = mapCode(c);

/** A code unit's entry in its table: the mapped code (low 16 bits) and these flags. */
export const IS_END = 1 << 16;
export const IS_SPACE_OR_STAR = 1 << 17;
/** Bits 18 and 19: the character is in the first, the second watched set. */
const WATCHED_BIT = 18;
/** Bits 20 and 21: the character is in the first, the second set of the watched pairs. */
const PAIR_FIRST_BIT = 20;
const PAIR_SECOND_BIT = 21;
/** 。!? (！？ map to !?): where sentences end. */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 33 || c === 63;

const TABLES = new WeakMap<Watch, Int32Array>();
/** The code-unit table for the sets watched: MAPPED with the flags above. */
export function tableFor(watch: Watch): Int32Array {
  let table = TABLES.get(watch);
  if (!table) {
    table = new Int32Array(65536);
    for (let c = 0; c < 65536; c++) {
      const m = MAPPED[c] as number;
      table[c] =
        m |
        (isSentenceEnd(m) ? IS_END : 0) |
        (m === SPACE || m === STAR ? IS_SPACE_OR_STAR : 0) |
        (watch[0] && inSet(watch[0], m) ? 1 << WATCHED_BIT : 0) |
        (watch[1] && inSet(watch[1], m) ? 1 << (WATCHED_BIT + 1) : 0) |
        (watch[2] && inSet(watch[2][0], m) ? 1 << PAIR_FIRST_BIT : 0) |
        (watch[2] && inSet(watch[2][1], m) ? 1 << PAIR_SECOND_BIT : 0);
    }
    TABLES.set(watch, table);
  }
  return table;
}

/** Codes per chunk. */
const CHUNK = 1 << 16;
const CODES = new Uint16Array(CHUNK);
const MAP = new Int32Array(CHUNK + 1);
const ENDS = new Int32Array(CHUNK);
const WATCHED_A = new Int32Array(CHUNK);
const WATCHED_B = new Int32Array(CHUNK);
/** A pair's offset is noted when its second code is written (the first may be in the chunk before). */
const WATCHED_C = new Int32Array(CHUNK);

/** The writer's counters: kept in a typed array so that they are numbers in fixed slots. */
const AT = new Int32Array(12);
/** Codes in the chunk; of them watched (A, B, C: the pairs) and sentence ends. */
const O = 0;
const WA = 1;
const WB = 2;
const NE = 3;
/** What the chunks before this one held: codes, watched (A, B, C), sentence ends. */
const O_BEFORE = 4;
const WA_BEFORE = 5;
const WB_BEFORE = 6;
const NE_BEFORE = 7;
/** The last code written (0 before any). */
const LAST = 8;
/** 1 when the last code written may open a watched pair. */
const PAIR_OPEN = 9;
const WC = 10;
const WC_BEFORE = 11;
const GATHERED = [
  [O, O_BEFORE],
  [WA, WA_BEFORE],
  [WB, WB_BEFORE],
  [NE, NE_BEFORE],
  [WC, WC_BEFORE],
] as const;

/** Where the chunks of a long text are gathered. */
let long: Output = {
  codes: new Uint16Array(0),
  map: new Int32Array(0),
  ends: new Int32Array(0),
  watchedA: new Int32Array(0),
  watchedB: new Int32Array(0),
  watchedC: new Int32Array(0),
};

/** Starts a text: nothing written. */
export function begin(): void {
  AT.fill(0);
}

/** The last code written, 0 before any. */
export const lastWritten = (): number => AT[LAST] as number;

/**
 * Writes `code`, from original offset `origin`; `entry` is its table entry (flags: a sentence end,
 * watched), 0 for none.
 */
export function put(code: number, origin: number, entry: number): void {
  if (AT[O] === CHUNK) flush();
  const o = AT[O] as number;
  const wa = AT[WA] as number;
  const wb = AT[WB] as number;
  const wc = AT[WC] as number;
  const closes = (AT[PAIR_OPEN] as number) & (entry >>> PAIR_SECOND_BIT);
  WATCHED_C[wc] = o - 1;
  AT[WC] = wc + closes;
  WATCHED_A[wa] = o;
  AT[WA] = wa + ((entry >>> WATCHED_BIT) & 1);
  AT[PAIR_OPEN] = (entry >>> PAIR_FIRST_BIT) & 1;
  WATCHED_B[wb] = o;
  AT[WB] = wb + ((entry >>> (WATCHED_BIT + 1)) & 1);
  if ((entry & IS_END) !== 0) {
    const ne = AT[NE] as number;
    ENDS[ne] = o;
    AT[NE] = ne + 1;
  }
  CODES[o] = code;
  MAP[o] = origin;
  AT[O] = o + 1;
  AT[LAST] = code;
}

/**
 * Writes the characters of original[from, last) that are neither a space, a star nor a sentence
 * end, as their mapped codes, up to the first that is one; returns where it stopped. The hot loop
 * of normalisation: most characters pass here and nowhere else.
 */
export function putPlain(original: string, from: number, last: number, table: Int32Array): number {
  if (AT[O] === CHUNK) flush();
  let o = AT[O] as number;
  let wa = AT[WA] as number;
  let wb = AT[WB] as number;
  let wc = AT[WC] as number;
  let open = AT[PAIR_OPEN] as number;
  // Without a branch: an offset is always written, and kept when the character is watched (the
  // one before it, when the two make a watched pair).
  const stop = Math.min(last, from + CHUNK - o);
  let i = from;
  for (; i < stop; i++) {
    const x = table[original.charCodeAt(i)] as number;
    if ((x & (IS_SPACE_OR_STAR | IS_END)) !== 0) break;
    WATCHED_C[wc] = o - 1;
    wc += open & (x >>> PAIR_SECOND_BIT);
    WATCHED_A[wa] = o;
    wa += (x >>> WATCHED_BIT) & 1;
    open = (x >>> PAIR_FIRST_BIT) & 1;
    WATCHED_B[wb] = o;
    wb += (x >>> (WATCHED_BIT + 1)) & 1;
    CODES[o] = x & 0xffff;
    MAP[o++] = i;
  }
  if (o > (AT[O] as number)) AT[LAST] = CODES[o - 1] as number;
  AT[O] = o;
  AT[WA] = wa;
  AT[WB] = wb;
  AT[WC] = wc;
  AT[PAIR_OPEN] = open;
  return i;
}

/**
 * Appends the chunk to the buffers of a long text and empties it. Offsets in a chunk (sentence
 * ends, watched characters) count from the chunk's start until then: an addition fewer in the copy
 * loop, which measured 0.5 ms of 13 per 270 seeds.
 */
function flush(): void {
  const o = AT[O] as number;
  const shift = AT[O_BEFORE] as number;
  long = {
    codes: fit(long.codes, shift, CODES.subarray(0, o)),
    map: fit(long.map, shift, MAP.subarray(0, o), 1),
    ends: fit(long.ends, AT[NE_BEFORE] as number, shifted(ENDS, AT[NE] as number, shift)),
    watchedA: fit(
      long.watchedA,
      AT[WA_BEFORE] as number,
      shifted(WATCHED_A, AT[WA] as number, shift),
    ),
    watchedB: fit(
      long.watchedB,
      AT[WB_BEFORE] as number,
      shifted(WATCHED_B, AT[WB] as number, shift),
    ),
    watchedC: fit(
      long.watchedC,
      AT[WC_BEFORE] as number,
      shifted(WATCHED_C, AT[WC] as number, shift),
    ),
  };
  for (const [count, before] of GATHERED) {
    AT[before] = (AT[before] as number) + (AT[count] as number);
    AT[count] = 0;
  }
}

/** The first `count` offsets of `chunk`, moved by `shift` (in place: the chunk is emptied next). */
function shifted(chunk: Int32Array, count: number, shift: number): Int32Array {
  for (let k = 0; k < count; k++) chunk[k] = (chunk[k] as number) + shift;
  return chunk.subarray(0, count);
}

/** `into` with `part` written at `at`, grown (doubling, `extra` slots spare) when too short. */
function fit<T extends Uint16Array | Int32Array>(into: T, at: number, part: T, extra = 0): T {
  let out = into;
  if (out.length < at + part.length + extra) {
    out = new (into.constructor as new (n: number) => T)(
      Math.max(at + part.length + extra, 2 * into.length),
    );
    out.set(into.subarray(0, at));
  }
  out.set(part, at);
  return out;
}

/** Ends the text (`length`: the original's): what was written. */
export function finish(length: number): Output {
  if (AT[O_BEFORE] === 0) {
    const o = AT[O] as number;
    MAP[o] = length;
    return {
      codes: CODES.subarray(0, o),
      map: MAP.subarray(0, o + 1),
      ends: ENDS.subarray(0, AT[NE]),
      watchedA: WATCHED_A.subarray(0, AT[WA]),
      watchedB: WATCHED_B.subarray(0, AT[WB]),
      watchedC: WATCHED_C.subarray(0, AT[WC]),
    };
  }
  flush();
  const o = AT[O_BEFORE] as number;
  long.map[o] = length;
  return {
    codes: long.codes.subarray(0, o),
    map: long.map.subarray(0, o + 1),
    ends: long.ends.subarray(0, AT[NE_BEFORE]),
    watchedA: long.watchedA.subarray(0, AT[WA_BEFORE]),
    watchedB: long.watchedB.subarray(0, AT[WB_BEFORE]),
    watchedC: long.watchedC.subarray(0, AT[WC_BEFORE]),
  };
}
