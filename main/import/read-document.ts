import { extname } from 'node:path';
import { decodeText, ImportError, isKnownEncoding } from './decode-text.ts';
import { docxToText } from './formats/docx.ts';
import { htmlToText } from './formats/html.ts';
import { FORMAT_BY_EXTENSION, SUPPORTED_EXTENSIONS } from './formats/extensions.ts';
import { pdfToText } from './formats/pdf.ts';

export interface ReadDocument {
  text: string;
  encoding: string;
  format: string;
}

type Reader = (bytes: Uint8Array, encoding?: string) => Promise<{ text: string; encoding: string }>;

const asText: Reader = async (bytes, encoding) => decodeText(bytes, encoding);
const asHtml: Reader = async (bytes, encoding) => {
  const decoded = decodeText(bytes, encoding ?? declaredCharset(bytes));
  return { text: htmlToText(decoded.text), encoding: decoded.encoding };
};
const asDocx: Reader = async (bytes) => ({ text: await docxToText(bytes), encoding: 'docx' });
const asPdf: Reader = async (bytes) => ({ text: await pdfToText(bytes), encoding: 'pdf' });

const READERS: Record<(typeof FORMAT_BY_EXTENSION)[string], Reader> = {
  txt: asText,
  md: asText,
  html: asHtml,
  docx: asDocx,
  pdf: asPdf,
};

/** Turns a file's bytes into text, by its extension; `encoding` overrides detection for text files. */
export async function readDocument(
  name: string,
  bytes: Uint8Array,
  encoding?: string,
): Promise<ReadDocument> {
  const ext = extname(name).toLowerCase();
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format) {
    throw new ImportError(
      `unsupported file type "${ext || '(none)'}"; Duibiao reads ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (encoding && !isKnownEncoding(encoding))
    throw new ImportError(`unknown encoding "${encoding}"`);
  const { text, encoding: used } = await READERS[format](bytes, encoding);
  if (!text.trim()) throw new ImportError('the file holds no text');
  return { text, encoding: used, format };
}

/** The charset a saved page declares in its <meta>, which outranks guessing (GBK pages say gb2312). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const name = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!name) return undefined;
  if (name === 'gb2312' || name === 'gbk' || name === 'gb18030') return 'gb18030';
  try {
    new TextDecoder(name);
    return name;
  } catch {
    return undefined;
  }
}
