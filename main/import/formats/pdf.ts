import { getDocumentProxy } from 'unpdf';
import { ImportError } from '../decode-text.ts';
import { pageText, type PdfItem } from './pdf-layout.ts';

// pdf.js options unpdf's types do not list: no eval of font programs (defence in depth), no console noise.
const PDF_OPTIONS = { isEvalSupported: false, verbosity: 0 } as Parameters<
  typeof getDocumentProxy
>[1];

/** Text of a PDF in reading order, page by page (pdf.js through unpdf). */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  if (!startsWithPdfHeader(bytes)) throw new ImportError('not a PDF file (no %PDF header)');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), PDF_OPTIONS);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new ImportError('the PDF is password-protected');
    throw new ImportError(
      `the PDF is damaged or truncated (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({
          str: item.str,
          hasEOL: item.hasEOL,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
        });
      }
      pages.push(pageText(items));
    }
    const text = pages.join('\n');
    if (!text.trim())
      throw new ImportError('the PDF has no text layer (a scan?); Duibiao reads text PDFs only');
    return text;
  } finally {
    await pdf.cleanup();
  }
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
