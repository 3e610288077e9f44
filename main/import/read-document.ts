import { extname } from 'node:path';
import { decodeText, ImportError } from './decode-text.ts';

export interface ReadDocument {
  text: string;
  encoding: string;
  format: string;
}

const TEXT_FORMATS: Record<string, string> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
};

export const SUPPORTED_EXTENSIONS = Object.keys(TEXT_FORMATS);

/** Turns a file's bytes into text, by its extension. */
export function readDocument(name: string, bytes: Uint8Array): ReadDocument {
  const ext = extname(name).toLowerCase();
  const format = TEXT_FORMATS[ext];
  if (!format) {
    throw new ImportError(
      `unsupported file type "${ext || '(none)'}"; Duibiao reads ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  if (bytes.length === 0) throw new ImportError('the file is empty');
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new ImportError('the file holds no text');
  return { text, encoding, format };
}
