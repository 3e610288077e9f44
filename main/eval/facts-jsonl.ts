/** Prints the engine's facts for the given files as jsonl (one fact per line), for the referee. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../../shared/extract/index.ts';
import { toFactJson } from '../../shared/extract/fact-json.ts';

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  for (const f of extract(text).facts) console.log(JSON.stringify(toFactJson(basename(file), f)));
}
