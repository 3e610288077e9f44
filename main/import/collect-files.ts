import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { ImportSource } from '../../shared/api.ts';
import { SUPPORTED_EXTENSIONS } from './formats/extensions.ts';

/** One unit of an import batch: a file on disk or bytes sent by a page. */
export type ImportItem = (
  | { kind: 'path'; name: string; path: string }
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'missing'; name: string; error: string }
) & { encoding?: string };

/** Expands folders (recursively, supported files only, in name order) into one item per file. */
export async function collectItems(sources: readonly ImportSource[]): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for (const source of sources) {
    if (source.kind === 'bytes') {
      items.push({
        kind: 'bytes',
        name: basename(source.name),
        bytes: Buffer.from(source.base64, 'base64'),
        encoding: source.encoding,
      });
      continue;
    }
    const path = resolve(source.path);
    try {
      const info = await stat(path);
      if (info.isDirectory()) {
        items.push(
          ...(await filesUnder(path)).map((item) => ({ ...item, encoding: source.encoding })),
        );
      } else items.push({ kind: 'path', name: basename(path), path, encoding: source.encoding });
    } catch {
      items.push({ kind: 'missing', name: source.path, error: 'no such file or folder' });
    }
  }
  return items;
}

async function filesUnder(dir: string): Promise<ImportItem[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: ImportItem[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.')) out.push(...(await filesUnder(path)));
    else if (e.isFile() && SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) {
      out.push({ kind: 'path', name: e.name, path });
    }
  }
  return out;
}
