import { describe, expect, it } from 'vitest';
import { WHITESPACE, charSet, codeSet, firstChars, inSet, lastChars, union } from './char-set.ts';

describe('character sets', () => {
  it('hold the characters they are made of and no other', () => {
    const set = charSet('，。a');
    expect(['，', '。', 'a'].every((c) => inSet(set, c.charCodeAt(0)))).toBe(true);
    expect(['、', 'b', '市'].some((c) => inSet(set, c.charCodeAt(0)))).toBe(false);
    expect(inSet(codeSet([0xffff]), 0xffff)).toBe(true);
  });

  it('read the first or the last characters of words, and unite', () => {
    expect(inSet(firstChars(['达到', '超过']), '超'.charCodeAt(0))).toBe(true);
    expect(inSet(firstChars(['达到', '超过']), '到'.charCodeAt(0))).toBe(false);
    expect(inSet(lastChars(['达到', '超过']), '到'.charCodeAt(0))).toBe(true);
    expect(inSet(union(charSet('a'), charSet('b')), 'b'.charCodeAt(0))).toBe(true);
  });

  it('never hold a read past the end of a string (NaN) or code 0', () => {
    const set = codeSet([0, 1, 32]);
    expect(inSet(set, ''.charCodeAt(0))).toBe(false);
    expect(inSet(set, 0)).toBe(false);
    expect(inSet(set, 1)).toBe(true);
  });

  it('read whitespace as \\s does', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++)
      if (inSet(WHITESPACE, c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
