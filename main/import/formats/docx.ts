import mammoth from 'mammoth';
import { ImportError } from '../decode-text.ts';
import { htmlToText } from './html.ts';
import { zipEntries } from './zip-entries.ts';

/** Refuse archives that would inflate past this (a zip bomb), before anything is inflated. */
const MAX_UNCOMPRESSED = 200 * 1024 * 1024;

/** Text of a Word document, via mammoth's HTML (which keeps paragraphs and tables apart). */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  if (isCompoundFile(bytes)) {
    throw new ImportError(
      'the document is password-protected or in the old binary .doc format; save it as .docx',
    );
  }
  const entries = zipEntries(bytes);
  if (!entries)
    throw new ImportError('not a Word document (.docx is a zip archive; this file is not one)');
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ImportError('not a Word document (no word/document.xml inside)');
  }
  const total = entries.reduce((n, e) => n + e.uncompressedSize, 0);
  if (total > MAX_UNCOMPRESSED) {
    throw new ImportError(
      `the document would expand to ${Math.round(total / 1048576)} MB; refused as unsafe`,
    );
  }
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(value);
  } catch (error) {
    throw new ImportError(
      `the Word document is damaged (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** OLE compound file: what Word writes for encrypted documents and for old .doc files. */
function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((b, i) => bytes[i] === b);
}
