/**
 * A string from UTF-16 code units, by the fastest decoder the platform has. shared/ declares
 * neither Node nor the DOM: both are read off globalThis, where they exist.
 *
 * Node's Buffer decodes in native code without TextDecoder's argument handling: 1.45 → 0.38 ms
 * for 270 documents of 3,000–10,500 characters. It keeps a lone surrogate as it is; TextDecoder
 * (browsers) replaces it by U+FFFD. Either way a code stays one code, so offsets do not move.
 */
interface NodeBuffer {
  from(
    buffer: ArrayBufferLike,
    byteOffset: number,
    length: number,
  ): { toString(e: string): string };
}
type Decoder = new (label: string) => { decode(a: Uint16Array): string };

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const host = globalThis as { Buffer?: NodeBuffer; TextDecoder?: Decoder };
const BUFFER = LITTLE_ENDIAN ? host.Buffer : undefined;
const UTF16 = LITTLE_ENDIAN && host.TextDecoder ? new host.TextDecoder('utf-16le') : null;

/** The string of `codes`. */
export function decodeUtf16(codes: Uint16Array): string {
  if (BUFFER)
    return BUFFER.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  if (UTF16) return UTF16.decode(codes);
  let out = '';
  for (let i = 0; i < codes.length; i += 8192)
    out += String.fromCharCode(...codes.subarray(i, Math.min(codes.length, i + 8192)));
  return out;
}
