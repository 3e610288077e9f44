import { describe, expect, it } from 'vitest';
import { charTokens } from './char-tokens.ts';

describe('charTokens', () => {
  it('makes every character a token and drops whitespace, full-width space included', () => {
    expect(charTokens('投资 增长\n15%\u3000以上')).toBe('投 资 增 长 1 5 % 以 上');
  });

  it('keeps a character outside the BMP whole', () => {
    expect(charTokens('𠀀好')).toBe('𠀀 好');
  });

  it('gives nothing for blank text', () => {
    expect(charTokens(' \n\t')).toBe('');
  });
});
