/** Extensions the importer reads; a dropped folder contributes only these. */
export const IMPORT_EXTENSIONS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.docx',
  '.pdf',
  '.html',
  '.htm',
];

export function importable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries returns at most 100 entries per call: call until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function collect(entry: FileSystemEntry, out: File[], inFolder: boolean): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    // A file dropped on its own is always sent (the core says why it cannot read it).
    if (!inFolder || importable(file.name)) out.push(file);
  } else if (entry.isDirectory) {
    const entries = await readAll((entry as FileSystemDirectoryEntry).createReader());
    for (const child of entries) await collect(child, out, true);
  }
}

/** The files of a drop: plain files, and every importable file inside dropped folders. */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return Array.from(data.files);
  const out: File[] = [];
  for (const entry of entries) await collect(entry!, out, false);
  return out;
}
