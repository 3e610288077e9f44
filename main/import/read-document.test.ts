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
