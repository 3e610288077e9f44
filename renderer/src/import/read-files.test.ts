import { describe, expect, it } from 'vitest';
import { bytesToBase64, filesToSources } from './read-files.ts';

describe('reading picked files', () => {
  it('encodes bytes as base64, including large buffers', () => {
    const big = new Uint8Array(200_000).map((_, i) => i % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('turns files into bytes sources', async () => {
    const gbk = new Uint8Array([0xd6, 0xa3, 0xd6, 0xdd]); // 郑州 in GBK
    const files = [new File(['二七区 7%'], '二七.txt'), new File([gbk], 'gbk.txt')];
    const sources = await filesToSources(files);
    expect(sources).toEqual([
      { kind: 'bytes', name: '二七.txt', base64: Buffer.from('二七区 7%').toString('base64') },
      { kind: 'bytes', name: 'gbk.txt', base64: '1qPW3Q==' },
    ]);
  });
});
