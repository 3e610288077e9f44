import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUtf16 } from './utf16.ts';

const codesOf = (s: string): Uint16Array =>
  Uint16Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));

describe('decoding UTF-16 code units', () => {
  it('gives back the string the codes were read from, a view into a larger buffer included', () => {
    const text = '郑州市生产总值增长８％，😀 2023 2024。\n';
    const buffer = new Uint16Array(100);
    buffer.set(codesOf(text), 7);
    expect(decodeUtf16(buffer.subarray(7, 7 + text.length))).toBe(text);
    expect(decodeUtf16(new Uint16Array(0))).toBe('');
  });

  it('keeps one code for each code, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 0xffff }), { maxLength: 300 }), (codes) => {
        const s = decodeUtf16(Uint16Array.from(codes));
        expect(s.length).toBe(codes.length);
        codes.forEach((c, i) => {
          if (c < 0xd800 || c > 0xdfff) expect(s.charCodeAt(i)).toBe(c);
        });
      }),
    );
  });
});
