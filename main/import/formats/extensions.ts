/** File extensions Duibiao reads, and the format each is read as (kept apart from the parsers). */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, 'txt' | 'md' | 'html' | 'docx' | 'pdf'>> =
  {
    '.txt': 'txt',
    '.text': 'txt',
    '.md': 'md',
    '.markdown': 'md',
    '.html': 'html',
    '.htm': 'html',
    '.docx': 'docx',
    '.pdf': 'pdf',
  };

export const SUPPORTED_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);
