import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACES } from '../../shared/catalog/places.ts';

/** A deterministic pseudo-random generator (mulberry32), so every run indexes the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED_PLACES = [
  '郑州经济技术开发区',
  '管城回族区',
  '郑州市',
  '二七区',
  '经开区',
  '管城区',
  '郑州',
  '二七',
  '管城',
];

/**
 * Writes `count` synthetic reports built by recombining the seed reports' lines, with other
 * places' names, other years and perturbed figures: a stand-in for a national corpus.
 */
export function writeSyntheticCorpus(
  seedDir: string,
  outDir: string,
  count: number,
  seed = 1,
): { files: number; bytes: number } {
  const rand = random(seed);
  const lines = readdirSync(seedDir)
    .filter((n) => n.endsWith('.txt'))
    .map((n) =>
      readFileSync(join(seedDir, n), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    );
  const cities = PLACES.filter((p) => p.level === '市');
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const city = cities[i % cities.length]!;
    const short = city.name.replace(/市$/, '');
    const district = i % 3 === 0 ? null : `${short}${'东西南北中新'[i % 6]}区`;
    const place = district ?? city.name;
    const year = 2014 + (i % 10);
    const template = lines[i % lines.length]!;
    // Most of a seed's lines, a few borrowed from another: reports of ~20 KB, like real ones.
    const other = lines[(i + 1 + Math.floor(rand() * 4)) % lines.length]!;
    const body = [
      ...template.filter((_, n) => n < 3 || rand() < 0.85),
      ...other.filter(() => rand() < 0.15),
    ]
      .map((line) => rewrite(line, place, short, year, rand))
      .join('\n');
    const text = `${year}年${place}政府工作报告\n${body}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(outDir, `${String(i).padStart(6, '0')}.txt`), text);
  }
  return { files: count, bytes };
}

function rewrite(
  line: string,
  place: string,
  short: string,
  year: number,
  rand: () => number,
): string {
  let out = line.replace(/20(1\d|2\d)年/g, (_, yy: string) => `${year - (23 - Number(yy))}年`);
  for (const name of SEED_PLACES)
    out = out.replaceAll(name, name.endsWith('区') || name.endsWith('市') ? place : short);
  return out.replace(/\d+(\.\d+)?(?=[%％个家项亿万元人])/g, (n) => {
    const value = Number(n) * (0.5 + rand());
    return n.includes('.') ? value.toFixed(1) : String(Math.max(1, Math.round(value)));
  });
}
