import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeTransient, toOriginal } from './normalize.ts';
import { charSet, inSet, positionsIn, type CharSet } from '../text/char-set.ts';

const back = (original: string, text: string, sub: string): string => {
  const n = normalize(original);
  const at = n.text.indexOf(sub);
  expect(n.text).toBe(text);
  const [s, e] = toOriginal(n, at, at + sub.length);
  return original.slice(s, e);
};

/** The offsets the first watched list holds: of `chars`, and of `first` followed by `second`. */
/** Where a character of `first` is followed by one of `second`. */
function pairList(t: string, first: CharSet, second: CharSet): number[] {
  return Array.from(positionsIn(t, first)).filter((i) => inSet(second, t.charCodeAt(i + 1)));
}

describe('normalisation keeps a map to the original', () => {
  it('turns full-width digits and signs half-width', () => {
    expect(back('增长１２．５％，', '增长12.5%,', '12.5%')).toBe('１２．５％');
  });

  it('drops Markdown emphasis inside a figure', () => {
    expect(back('地区生产总值**增长8%**,', '地区生产总值增长8%,', '增长8%')).toBe('增长8%');
  });

  it('drops spaces that PDF extraction puts into Chinese text', () => {
    expect(back('新增市级科技型企 业1912家', '新增市级科技型企业1912家', '企业1912家')).toBe(
      '企 业1912家',
    );
    expect(normalize('增长 12.3 %').text).toBe('增长12.3%');
    expect(normalize('2023 2024').text).toBe('2023 2024');
  });

  it('joins a line broken mid-word and keeps real paragraphs apart', () => {
    const long = '城镇开发边界增加400多平方公里，产业用地增加近200平方';
    expect(normalize(`${long.repeat(2)}\n\n公里，高新区`).text).toBe(
      `${long.repeat(2).replace(/，/g, ',')}公里,高新区`,
    );
    expect(normalize('三、2023年工作安排\n重点抓好六个方面工作。').text).toBe(
      '三、2023年工作安排\n重点抓好六个方面工作。',
    );
    expect(normalize('——先进制造业高地建设取得重大突\n\n破。主导产业').text).toBe(
      '——先进制造业高地建设取得重大突破。主导产业',
    );
    // A numbered heading stays a line of its own before a short lead-in (五年来，).
    expect(normalize('一、过去五年工作回顾\n五年来，全市经济稳步增长。').text).toBe(
      '一、过去五年工作回顾\n五年来,全市经济稳步增长。',
    );
    expect(normalize('（三）今后五年\n今年，力争增长6%。').text).toBe(
      '(三)今后五年\n今年,力争增长6%。',
    );
  });

  it('reads the opening of the next line without its `**` pairs and spaces', () => {
    // Lines wrapped at 20 characters.
    const wrapped = ['甲'.repeat(20), '乙'.repeat(20), '丙'.repeat(20)];
    // A word cut in two, its second half in part bold: one word.
    expect(normalize('产业用地增加近200平方\n公**里**。高新区').text).toBe(
      '产业用地增加近200平方公里。高新区',
    );
    // A numbered heading written with a space (1 、) stays a line of its own.
    expect(normalize([...wrapped, '戊'.repeat(20), '1 、加快建设'].join('\n')).text).toContain(
      `${'戊'.repeat(20)}\n1、加快建设`,
    );
  });

  it('measures a hard-wrapped line with the Markdown marks it was wrapped with', () => {
    // Four lines wrapped at 20 characters; the fourth holds two `**` pairs, 16 characters without them.
    const text = [
      '甲'.repeat(20),
      '乙'.repeat(20),
      '丙'.repeat(20),
      `${'丁'.repeat(19)}。`,
      '生产总值**增长8%**,规模以上工业增',
      '加值增长10%。',
    ].join('\n');
    expect(normalize(text).text.split('\n')).toEqual([
      `${'甲'.repeat(20)}${'乙'.repeat(20)}${'丙'.repeat(20)}${'丁'.repeat(19)}。`,
      '生产总值增长8%,规模以上工业增加值增长10%。',
    ]);
  });

  it('opens a paragraph at a lead-in after a blank line, and joins a sentence end across one', () => {
    // A news item's particulars, then its first paragraph: 一季度， leads it, it continues nothing.
    expect(normalize('发布日期：2024-04-22  来源：临川市统计局\n\n一季度，全市增长5%。').text).toBe(
      '发布日期:2024-04-22来源:临川市统计局\n一季度,全市增长5%。',
    );
    // The same lead-in right below the short line continues it, as a wrapped line's end would.
    expect(normalize('全市经济运行总体平稳，一\n季度，增长5%。').text).toBe(
      '全市经济运行总体平稳,一季度,增长5%。',
    );
  });

  it.each([
    [
      '临川市一季度经济运行情况\n一季度，全市增长5%。',
      '临川市一季度经济运行情况\n一季度,全市增长5%。',
    ],
    [
      '禾川市2024年经济运行情况\n青溪县、鹿鸣县增长6%。',
      '禾川市2024年经济运行情况\n青溪县、鹿鸣县增长6%。',
    ],
    // Only after the first line: further down, a short line is a wrapped one.
    [
      '临川市经济运行情况\n\n全市经济运行平稳\n一季度，增长5%。',
      '临川市经济运行情况\n全市经济运行平稳一季度,增长5%。',
    ],
  ])(
    "opens a paragraph at a lead-in or a list's first item right below the title: %s",
    (text, out) => {
      expect(normalize(text).text).toBe(out);
    },
  );

  it('reads a page’s number on a line of its own as no part of the text, joining across it', () => {
    const line = '规模以上工业增加值增长7.6%，固定资产投资增长6.2%，一般';
    for (const mark of ['— 2 —', '- 12 -', '－3－', '第3页', '第 3 页 共 20 页']) {
      const text = `${line.repeat(2)}\n${line}\n\n${mark}\n\n公共预算收入增长4%。`;
      const n = normalize(text);
      expect(n.text).toBe(`${line.repeat(3)}公共预算收入增长4%。`.replace(/，/g, ','));
      const from = n.map[n.text.indexOf('公共')] as number;
      expect(text.slice(from, from + 2)).toBe('公共');
    }
    // A dash with a figure in a sentence is text.
    expect(normalize('增长 — 2 —个百分点').text).toBe('增长—2—个百分点');
    // Nor do page numbers count among the lines the wrap width is read from: many short pages
    // would leave the wrapped lines too few to tell it.
    const pages = Array.from({ length: 20 }, (_, k) => `— ${k + 1} —`).join('\n\n');
    expect(normalize(`${line}\n${line}\n${line}\n公共预算收入增长4%。\n\n${pages}`).text).toBe(
      `${line.repeat(3)}公共预算收入增长4%。`.replace(/，/g, ','),
    );
  });

  it('maps the end of the text to the original length', () => {
    const n = normalize('  ＡＢ  \n');
    expect(n.map[n.text.length]).toBe(7);
  });

  it('pairs Markdown stars left to right, and reads spaces across the pairs it drops', () => {
    // An odd run keeps its last star: it is not emphasis.
    expect(normalize('***增长***8%').text).toBe('*增长*8%');
    // One space stays between ASCII words, mapped to the first space of the run.
    const n = normalize('GDP ** 2023 ** 年');
    expect(n.text).toBe('GDP 2023年');
    expect(n.map[3]).toBe(3);
    expect(normalize('2023**\u3000**2024').text).toBe('2023 2024');
    expect(normalize('收入 *增长* 6%').text).toBe('收入*增长*6%');
    // A line of nothing but pairs and spaces adds no paragraph break of its own.
    expect(normalize('第一段\n**  **\n第二段。').text).toBe('第一段\n第二段。');
  });

  it('notes where sentences end, on lines with and without spaces and Markdown', () => {
    for (const text of ['增长5%。下降？好！\n新增**3家**。', '企 业2家！\n\n收入增长\n6%?好。']) {
      const n = normalize(text);
      const ends = [...n.text.matchAll(/[。!?]/g)].map((m) => m.index);
      expect([...n.sentenceEnds]).toEqual(ends);
    }
  });

  it('notes where the characters of the watched sets stand in the normalised text', () => {
    const digits = charSet('0123456789百');
    const marks = charSet('，,；\n市');
    const watched = (text: string): void => {
      const n = normalize(text, [digits, marks]);
      expect(Array.from(n.watched[0] as Int32Array)).toEqual(
        Array.from(positionsIn(n.text, digits)),
      );
      expect(Array.from(n.watched[1] as Int32Array)).toEqual(
        Array.from(positionsIn(n.text, marks)),
      );
    };
    // Full-width forms count as what they map to; dropped spaces and ** are not noted.
    watched('郑州市增长１２％，百分之五；\n\n**新增3家** 市 场\n2023 2024，企 业2家');
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('1', '２', '百', '市', '，', '，', ' ', '*', '\n', '增长', '。', '　'),
          {
            maxLength: 60,
          },
        ),
        (parts) => watched(parts.join('')),
      ),
    );
  });

  it('reads a text longer than its write buffers (65,536 codes) as it reads its halves', () => {
    const digits = charSet('0123456789百');
    const marks = charSet('，,；\n市');
    const parts = [
      '郑州市增长１２％，',
      '企 业',
      '**新增3家**',
      '。',
      '百分之五；',
      '2023 2024',
      '！',
      '市　场',
    ];
    const half = (from: number): string => {
      let s = '';
      for (let k = from; s.length < 90_000; k++) s += parts[k % parts.length] + (k % 7 ? '' : '\n');
      return s;
    };
    const a = half(0);
    const b = half(3);
    const watch = [digits, marks, [charSet('郑企'), charSet('州业')]] as const;
    const whole = normalize(`${a}\n\n${b}`, watch);
    const na = normalize(a, watch);
    const nb = normalize(b, watch);
    expect(whole.text.length).toBeGreaterThan(2 * 65_536);
    expect(whole.text).toBe(`${na.text}\n${nb.text}`);
    const shift = (xs: ArrayLike<number>, by: number): number[] => Array.from(xs, (x) => x + by);
    expect(Array.from(whole.map)).toEqual([
      ...Array.from(na.map.subarray(0, na.text.length)),
      a.length,
      ...shift(nb.map, a.length + 2),
    ]);
    const nbAt = na.text.length + 1;
    expect(Array.from(whole.sentenceEnds)).toEqual([
      ...Array.from(na.sentenceEnds),
      ...shift(nb.sentenceEnds, nbAt),
    ]);
    expect(Array.from(whole.watched[0] as Int32Array)).toEqual([
      ...Array.from(na.watched[0] as Int32Array),
      ...shift(nb.watched[0] as Int32Array, nbAt),
    ]);
    expect(Array.from(whole.watched[1] as Int32Array)).toEqual([
      ...Array.from(na.watched[1] as Int32Array),
      na.text.length,
      ...shift(nb.watched[1] as Int32Array, nbAt),
    ]);
    expect(Array.from(whole.watched[2] as Int32Array)).toEqual([
      ...Array.from(na.watched[2] as Int32Array),
      ...shift(nb.watched[2] as Int32Array, nbAt),
    ]);
    expect(Array.from(whole.watched[2] as Int32Array)).toEqual(
      pairList(whole.text, watch[2][0], watch[2][1]),
    );
  });

  it('notes pairs where a character of one set is followed by one of another, in a third list', () => {
    const digits = charSet('0123456789');
    const first = charSet('郑二');
    const second = charSet('州七');
    const watched = (text: string): void => {
      const n = normalize(text, [digits, undefined, [first, second]]);
      expect(Array.from(n.watched[0] as Int32Array)).toEqual(
        Array.from(positionsIn(n.text, digits)),
      );
      expect(Array.from(n.watched[2] as Int32Array)).toEqual(pairList(n.text, first, second));
    };
    // A pair across the end of a write buffer's chunk (65,536 codes).
    const edge = normalize(`${'x'.repeat(65_535)}郑州`, [digits, undefined, [first, second]]);
    expect(Array.from(edge.watched[2] as Int32Array)).toEqual([65_535]);
    // Across a dropped space and Markdown (郑 州, 二**七), not across a paragraph break.
    watched('郑州市二七区12家，郑 州二**七\n\n郑\n\n州');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('郑', '州', '二', '七', '1', '２', ' ', '*', '\n', '。', '市'), {
          maxLength: 60,
        }),
        (parts) => watched(parts.join('')),
      ),
    );
  });

  it('gives each result its own map, while the transient form reuses its buffers', () => {
    const marks = charSet('，');
    const first = normalize('增长１２％，下降３％', [marks]);
    const map = Array.from(first.map);
    const watched = Array.from(first.watched[0] as Int32Array);
    normalize('地区生产总值 增长 8%，全年**新增**3家，', [marks]);
    expect(Array.from(first.map)).toEqual(map);
    expect(Array.from(first.watched[0] as Int32Array)).toEqual(watched);

    const transient = normalizeTransient('增长１２％，下降３％', [marks]);
    expect(Array.from(transient.map)).toEqual(map);
    expect(Array.from(transient.watched[0] as Int32Array)).toEqual(watched);
  });
});
