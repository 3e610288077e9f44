import { describe, expect, it } from 'vitest';
import { fill, renderMessage } from './strings.ts';

describe('messages', () => {
  it('fill each placeholder, keep unknown ones, and render @words in the message’s language', () => {
    const params = { entity: '郑州市', what: '@number', n: 3 };
    expect(fill('{entity}的{what}有{n}处{missing}', params)).toBe('郑州市的数字有3处{missing}');
    expect(fill('{entity}: {what} ({n})', params, 'en')).toBe('郑州市: number (3)');
    expect(fill('no placeholders', params)).toBe('no placeholders');
    expect(fill('{what}{what}', { what: '@nothing' })).toBe('@nothing@nothing');
  });

  it('render a finding’s title in Chinese and in English', () => {
    const params = {
      entity: '郑州市',
      year: 2023,
      what: '@wording',
      left: '牢记',
      right: '牢牢把握',
    };
    expect(renderMessage('version.title', params)).toBe(
      '郑州市2023年两个版本措辞不同：「牢记」与「牢牢把握」',
    );
    expect(renderMessage('version.title', params, 'en')).toBe(
      '郑州市 2023: two versions differ in wording: “牢记” vs “牢牢把握”',
    );
  });
});
