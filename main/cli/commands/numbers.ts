import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { findNumbers } from '../../../shared/extract/numbers.ts';
import { UsageError, type Command } from '../usage.ts';

export const numbersCommand: Command = {
  name: 'numbers',
  summary: 'print every number, percentage, ordinal and range of each input line (no database)',
  help: `Usage: duibiao numbers [FILE|-] [--jsonl]

Reads FILE (UTF-8), or standard input when FILE is - or missing, and prints for each input line
one JSON line {"found": [{"text", "value", "value_max", "kind"}]} with what the numeral layer
recognises in it: values in full magnitude (2.75万 → 27500), percentages in percent units
(百分之五 → 5, kind percent), ranges as value and value_max (20—30个 → 20, 30), ordinals (第三 → 3).

--jsonl   each input line is a JSON object whose "input" field is the text (as in a cases.jsonl
          file); its "id", when present, is printed back.`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { jsonl: { type: 'boolean', default: false } },
    });
    if (positionals.length > 1) throw new UsageError('at most one FILE');
    const file = positionals[0];
    const text =
      file && file !== '-' ? await readFile(file, 'utf8') : await readStream(process.stdin);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let failed = 0;
    lines.forEach((raw, i) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      let input = line;
      let id: unknown;
      if (values.jsonl) {
        const parsed = parseCase(line);
        if (!parsed) {
          failed++;
          ctx.err(`line ${i + 1}: not a JSON object with a string "input"`);
        }
        input = parsed?.input ?? '';
        id = parsed?.id;
      }
      const found = findNumbers(input);
      ctx.out(JSON.stringify(id === undefined ? { found } : { id, found }));
    });
    return failed ? 1 : 0;
  },
};

function parseCase(line: string): { input: string; id?: unknown } | null {
  try {
    const c = JSON.parse(line) as { input?: unknown; id?: unknown } | null;
    if (!c || typeof c !== 'object' || typeof c.input !== 'string') return null;
    return { input: c.input, id: c.id };
  } catch {
    return null;
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
