import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, ImportError } from './decode-text.ts';

const SAMPLE = '2023年地区生产总值增长7%，规模以上工业增加值增长8%。';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(bom)).toEqual({ text: SAMPLE, encoding: 'utf-8-bom' });
  });

  it('reads GBK and GB18030 files as GB18030', () => {
    expect(decodeText(iconv.encode(SAMPLE, 'gbk'))).toEqual({ text: SAMPLE, encoding: 'gb18030' });
    const rare = SAMPLE + '𠀀'; // outside GBK: needs GB18030's four-byte form
    expect(decodeText(iconv.encode(rare, 'gb18030')).text).toBe(rare);
  });

  it('reads UTF-16 with a BOM in either byte order', () => {
    expect(decodeText(iconv.encode(SAMPLE, 'utf-16le', { addBOM: true }))).toEqual({
      text: SAMPLE,
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode(SAMPLE, 'utf-16be', { addBOM: true }))).toEqual({
      text: SAMPLE,
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a BOM from its zero bytes', () => {
    const ascii = 'GDP growth 7% in 2023; industry 8%. '.repeat(4);
    expect(decodeText(iconv.encode(ascii, 'utf-16le'))).toEqual({
      text: ascii,
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode(ascii, 'utf-16be'))).toEqual({
      text: ascii,
      encoding: 'utf-16be',
    });
  });

  it('recognises other legacy encodings by their byte statistics', () => {
    const traditional =
      '二零二三年地區生產總值增長百分之七，規模以上工業增加值增長百分之八。居民人均可支配收入與經濟增長同步。';
    expect(decodeText(iconv.encode(traditional, 'big5'))).toEqual({
      text: traditional,
      encoding: 'big5',
    });
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeText(png)).toThrow(ImportError);
  });

  it('honours an explicit encoding', () => {
    expect(decodeText(iconv.encode(SAMPLE, 'gbk'), 'gbk').text).toBe(SAMPLE);
  });
});
