/**
 * Prints the numeral layer's findings as jsonl, one line per input line (the format of
 * ../shared/numerals/score.mjs). Input: a cases.jsonl file (its `input` fields) or plain text lines.
 *
 *   node main/eval/numbers-jsonl.ts FILE > pred.jsonl
 */
import { readFileSync } from 'node:fs';
import { findNumbers } from '../../shared/extract/numbers.ts';

const file = process.argv[2];
const lines = readFileSync(file && file !== '-' ? file : 0, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
for (const line of lines) {
  let input = line;
  let id: string | undefined;
  if (line.startsWith('{')) {
    const c = JSON.parse(line) as { id?: string; input?: string };
    input = c.input ?? '';
    id = c.id;
  }
  console.log(JSON.stringify({ ...(id ? { id } : {}), found: findNumbers(input) }));
}
