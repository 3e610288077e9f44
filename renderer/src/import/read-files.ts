import type { ImportSource } from '../../../shared/api.ts';

/** Base64 of arbitrary bytes, in chunks (String.fromCharCode has an argument limit). */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Files picked in the page (which cannot see paths) as `bytes` import sources. */
export async function filesToSources(
  files: Iterable<Blob & { name: string }>,
): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    sources.push({ kind: 'bytes', name: file.name, base64: bytesToBase64(bytes) });
  }
  return sources;
}
