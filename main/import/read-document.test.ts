import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { ImportError } from './decode-text.ts';
import { readDocument } from './read-document.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const TWIN = readFileSync(join(fixtures, 'report.txt'), 'utf8');
const paragraphs = TWIN.split('\n').filter((l) => l.trim());

/** What an analyst compares: the figures and how they were read, not where they sit. */
function figures(text: string) {
  return extract(text).facts.map((f) => ({
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    comparator: f.comparator,
    kind: f.kind,
    period: f.period,
    indicator: f.indicator,
  }));
}

const expected = figures(TWIN);

async function docxBytes(): Promise<Uint8Array> {
  const [title, ...rest] = paragraphs;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: title!, bold: true })],
          }),
          ...rest.map((p) => new Paragraph({ children: [new TextRun(p)] })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocument yields the same figures as the UTF-8 twin', () => {
  it('finds figures in the twin at all', () => {
    expect(expected.length).toBeGreaterThanOrEqual(8);
    expect(expected).toContainEqual(
      expect.objectContaining({ indicator: 'gdp_growth', value: 7, kind: 'target' }),
    );
  });

  it.each([
    ['GBK', 'gbk', 'gb18030'],
    ['GB18030', 'gb18030', 'gb18030'],
    ['UTF-16 LE with BOM', 'utf-16le', 'utf-16le'],
  ])('from a %s .txt', async (_label, encoding, detected) => {
    const bytes = iconv.encode(TWIN, encoding, { addBOM: encoding.startsWith('utf-16') });
    const doc = await readDocument('report.txt', bytes);
    expect(doc.encoding).toBe(detected);
    expect(doc.text).toBe(TWIN);
    expect(figures(doc.text)).toEqual(expected);
  });

  it('from a GBK web page that declares its charset, without its scripts and navigation', async () => {
    const html = `<!doctype html><html><head><meta charset="gb2312"><title>报告</title>
      <script>var x = "增长99%";</script><style>p{color:red}</style></head>
      <body><nav>首页 | 新闻 2024年1月1日</nav><h1>${paragraphs[0]}</h1>
      ${paragraphs
        .slice(1)
        .map((p) => `<p>${p.replace('%', '&#37;')}</p>`)
        .join('\n')}</body></html>`;
    const doc = await readDocument('report.html', iconv.encode(html, 'gbk'));
    expect(doc.format).toBe('html');
    expect(doc.text).not.toContain('99%');
    expect(doc.text).not.toContain('首页');
    expect(figures(doc.text)).toEqual(expected);
  });

  it('from a Word document', async () => {
    const doc = await readDocument('report.docx', await docxBytes());
    expect(doc.format).toBe('docx');
    expect(figures(doc.text)).toEqual(expected);
  });

  it('from a PDF made by LibreOffice, with the PDF spacing and line wraps undone', async () => {
    const doc = await readDocument('report.pdf', readFileSync(join(fixtures, 'report.pdf')));
    expect(doc.format).toBe('pdf');
    expect(doc.text).toContain('地区生产总值增长7%，规模以上工业增加值增长8%');
    expect(figures(doc.text)).toEqual(expected);
  });

  it('keeps the cells of a Word table apart', async () => {
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [new TableRow({ children: [cell('地区生产总值'), cell('增长7%')] })],
            }),
          ],
        },
      ],
    });
    const { text } = await readDocument('t.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toMatch(/地区生产总值\s+增长7%/);
  });
});

describe('readDocument keeps a table’s grid, so that its figures are read by column', () => {
  const cell = (text: string, span: { rowSpan?: number; columnSpan?: number } = {}) =>
    new TableCell({ children: text.split('/').map((t) => new Paragraph(t)), ...span });

  it('writes a Word table a row per line, cells by tabs, merged cells keeping their columns', async () => {
    const table = new Table({
      rows: [
        new TableRow({
          children: [cell('类别'), cell('指标'), cell('单位'), cell('2023年', { columnSpan: 2 })],
        }),
        new TableRow({ children: [cell(''), cell(''), cell(''), cell('实际'), cell('增长%')] }),
        new TableRow({
          children: [
            cell('经济', { rowSpan: 2 }),
            cell('地区生产/总值'),
            cell('亿元'),
            cell('356.2'),
            cell('4.1'),
          ],
        }),
        new TableRow({ children: [cell('一般公共预算收入'), cell('亿元'), cell('20'), cell('')] }),
      ],
    });
    const doc = new Document({
      sections: [
        { children: [new Paragraph('2024年是关键之年。'), table, new Paragraph('全年平稳。')] },
      ],
    });
    const { text } = await readDocument('t.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toContain(
      [
        '类别\t指标\t单位\t2023年\t2023年',
        '\t\t\t实际\t增长%',
        '经济\t地区生产 总值\t亿元\t356.2\t4.1',
        '\t一般公共预算收入\t亿元\t20\t',
      ].join('\n'),
    );
    expect(
      extract(text).facts.map((f) => [f.quote, f.metric, f.unit, f.kind, f.period, f.indicator]),
    ).toEqual([
      ['356.2', '地区生产总值', '亿元', 'actual', '2023', 'gdp'],
      ['4.1', '地区生产总值增长', '%', 'actual', '2023', 'gdp_growth'],
      ['20', '一般公共预算收入', '亿元', 'actual', '2023', 'budget_revenue'],
    ]);
  });

  it('writes a web page’s table the same way, a cell spanning rows leaving its place empty below', async () => {
    const html =
      '<html><body><p>表1</p><table><thead><tr><th>地区</th><th>增速（%）</th></tr></thead>' +
      '<tbody><tr><td rowspan="2">安丰区</td><td>6.1</td></tr><tr><td>5.9</td></tr></tbody></table>' +
      '<p>完</p></body></html>';
    const { text } = await readDocument('t.html', new TextEncoder().encode(html));
    expect(text).toBe('表1\n\n地区\t增速（%）\n安丰区\t6.1\n\t5.9\n\n完');
  });
});

describe('readDocument refuses bad input with a specific reason', () => {
  const refuse = async (name: string, bytes: Uint8Array | Buffer) => {
    const error = await readDocument(name, new Uint8Array(bytes)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  };

  it('names unsupported types and empty files', async () => {
    expect(await refuse('report.xlsx', Buffer.from('x'))).toMatch(/^unsupported file type ".xlsx"/);
    expect(await refuse('empty.txt', Buffer.alloc(0))).toBe('the file is empty');
    expect(await refuse('blank.md', Buffer.from(' \n\n '))).toBe('the file holds no text');
  });

  it('tells a corrupt or truncated PDF from a file that is no PDF at all', async () => {
    const pdf = readFileSync(join(fixtures, 'report.pdf'));
    expect(await refuse('fake.pdf', Buffer.from('hello'))).toBe('not a PDF file (no %PDF header)');
    expect(await refuse('cut.pdf', pdf.subarray(0, 2000))).toMatch(
      /^the PDF is damaged or truncated/,
    );
  });

  it('tells a damaged, encrypted or old-format Word file apart', async () => {
    expect(await refuse('fake.docx', Buffer.from('not a zip'))).toMatch(/^not a Word document/);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await refuse('locked.docx', ole)).toMatch(
      /password-protected or in the old binary \.doc format/,
    );
    const good = await docxBytes();
    expect(await refuse('cut.docx', good.subarray(0, good.length - 200))).toMatch(
      /^not a Word document/,
    );
  });

  it('refuses a zip bomb from its declared sizes, before inflating it', async () => {
    const good = Buffer.from(await docxBytes());
    // Rewrite every central-directory entry to declare 1 GB uncompressed.
    for (
      let at = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      at >= 0;
      at = good.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
    ) {
      good.writeUInt32LE(1024 * 1024 * 1024, at + 24);
    }
    expect(await refuse('bomb.docx', good)).toMatch(/would expand to \d+ MB; refused as unsafe/);
  });
});
