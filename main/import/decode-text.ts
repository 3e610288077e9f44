import chardet from 'chardet';

export interface DecodedText {
  text: string;
  encoding: string;
}

export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Decodes a text file's bytes: a BOM wins; then UTF-16 without BOM (zero bytes at alternate
 * offsets); then strict UTF-8; then chardet's guess from the first 64 KB (Big5, Shift_JIS …);
 * GB18030, the superset of GBK that Chinese Windows editors write, when the guess is unusable.
 */
export function decodeText(bytes: Uint8Array, override?: string): DecodedText {
  if (override) return { text: new TextDecoder(override).decode(bytes), encoding: override };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (bytes.includes(0)) throw new ImportError('binary content (zero bytes), not a text document');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const encoding = guessLegacyEncoding(bytes);
    return { text: new TextDecoder(encoding).decode(bytes), encoding };
  }
}

/** GBK and GB2312 are read as GB18030, their superset; other guesses only when TextDecoder knows them. */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, 64 * 1024))?.toLowerCase();
  if (!guess || /^(gb|utf-8|iso-8859-1|windows-1252|ascii)/.test(guess)) return 'gb18030';
  try {
    new TextDecoder(guess);
    return guess;
  } catch {
    return 'gb18030';
  }
}

/** Whether TextDecoder can decode with this encoding label (for per-file overrides). */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16 has a zero in one half of most pairs and almost never in the other.
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
