/**
 * `npm run security`: runs @doyensec/electronegativity over the Electron shell (main/electron) and
 * fails on any finding not listed, with its reason, in build/electronegativity-exceptions.json.
 *
 * The Electron version is given with -e: without it the tool tries to fetch Electron's release list.
 * (It still tries to fetch translations and the release list for an optional global check; offline
 * that costs a few seconds and changes nothing.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCAN_DIR = 'main/electron';
const ELECTRON_VERSION = '45.4.1';
const EXCEPTIONS_FILE = 'build/electronegativity-exceptions.json';
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const TIMEOUT_MS = 180_000;

/** Findings that must be fixed in code; an exception for them is itself an error. */
const NEVER_EXCEPTED = new Set([
  'AUXCLICK_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'NODE_INTEGRATION_JS_CHECK',
  'SANDBOX_JS_CHECK',
  'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK',
  // A missing, weak or caveated CSP: main/electron/app-protocol.ts names the app's origin instead.
  'CSP_GLOBAL_CHECK',
]);

/** The report's CSV rows (quoted fields may hold commas, newlines and doubled quotes), blank lines dropped. */
export function parseCsv(text) {
  return parse(text, { relax_column_count: true, skip_empty_lines: true });
}

function toRepoPath(file) {
  if (!file || file === 'N/A' || !isAbsolute(file)) return file;
  return relative(root, file).split(sep).join('/');
}

/** One run of the CLI; resolves to the findings, or null when its CSV came out garbled. */
async function scanOnce(workDir) {
  const pkg = createRequire(import.meta.url).resolve('@doyensec/electronegativity/package.json');
  const cli = join(dirname(pkg), 'dist', 'index.js');
  const out = join(workDir, `findings-${Date.now()}.csv`);
  const args = [cli, '-i', join(root, SCAN_DIR), '-e', ELECTRON_VERSION, '-o', out];
  // LANG fixes the descriptions' language (the tool localises them from $LANG).
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LANG: 'en-US', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  const code = await new Promise((done) => child.on('close', done));
  clearTimeout(timer);

  let csv;
  try {
    csv = readFileSync(out, 'utf8');
  } catch {
    throw new Error(`electronegativity wrote no report (exit ${code}). Its output:\n${log}`);
  }
  // Its CSV writer writes the header and the rows with two unsynchronised writes: check the order.
  let header;
  let rows;
  try {
    [header, ...rows] = parseCsv(csv);
  } catch {
    return null; // interleaved writes can break the quoting too
  }
  if (header?.map((h) => h.trim()).join(', ') !== CSV_HEADER) return null;
  if (rows.some((r) => r.length !== 8)) return null;
  return rows.map(([check, severity, confidence, file, location, sample, description]) => ({
    check: check.trim(),
    severity,
    confidence,
    file: toRepoPath(file),
    location,
    sample: sample === 'N/A' ? null : sample,
    description,
  }));
}

async function scan() {
  const workDir = mkdtempSync(join(tmpdir(), 'duibiao-electronegativity-'));
  try {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const findings = await scanOnce(workDir);
      if (findings) return findings;
      console.warn(`electronegativity: garbled CSV report (attempt ${attempt}); running it again.`);
    }
    throw new Error('electronegativity wrote a garbled CSV report three times.');
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function loadExceptions() {
  const { exceptions } = JSON.parse(readFileSync(join(root, EXCEPTIONS_FILE), 'utf8'));
  const problems = [];
  for (const [i, e] of exceptions.entries()) {
    const label = `${EXCEPTIONS_FILE} entry ${i + 1} (${e.check ?? '?'})`;
    if (!e.check || !e.file || !e.reason?.trim())
      problems.push(`${label}: needs check, file and reason`);
    if (NEVER_EXCEPTED.has(e.check))
      problems.push(`${label}: ${e.check} must be fixed, not listed`);
  }
  return { exceptions, problems };
}

const matches = (exception, finding) =>
  exception.check === finding.check &&
  exception.file === finding.file &&
  (exception.sample === undefined || exception.sample === finding.sample);

const describe = (f) =>
  `${f.check} [${f.severity}/${f.confidence}] ${f.file}:${f.location} — ${f.description}` +
  (f.sample ? `\n      ${f.sample}` : '');

async function main() {
  const { exceptions, problems } = loadExceptions();
  const findings = await scan();
  const unlisted = findings.filter((f) => !exceptions.some((e) => matches(e, f)));
  const stale = exceptions.filter((e) => !findings.some((f) => matches(e, f)));

  if (problems.length || unlisted.length || stale.length) {
    console.error(`electronegativity: ${SCAN_DIR} (Electron ${ELECTRON_VERSION}) — FAILED`);
    for (const p of problems) console.error(`  invalid exception: ${p}`);
    for (const f of unlisted) console.error(`  unlisted finding: ${describe(f)}`);
    for (const e of stale) {
      console.error(
        `  stale exception (no such finding any more; remove it): ${e.check} ${e.file}`,
      );
    }
    console.error(`Fix the code, or add a reviewed entry with its reason to ${EXCEPTIONS_FILE}.`);
    process.exit(1);
  }
  const listed = [...new Set(findings.map((f) => f.check))].join(', ') || 'none';
  console.log(
    `electronegativity: ${SCAN_DIR} (Electron ${ELECTRON_VERSION}): ${findings.length} finding(s), ` +
      `all reviewed exceptions (${listed}).`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
