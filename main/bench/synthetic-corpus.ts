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

/** A place a synthetic report is about: its name, the short form reports use, and how titles write it. */
interface CorpusPlace {
  name: string;
  short: string;
  title: string;
}

const STEM_FIRST = '安平宁永兴长新丰河山阳清广城江川源泉林乐德和华昌荣泰富康定远武文通会';
const STEM_SECOND = '丰平宁安城阳山河川江源泉林乐德和华昌荣泰富康定远武文通会兴长新东西南北';

/**
 * Every province and prefecture-level city of the gazetteer, and as many counties and districts
 * under the cities as it takes for `count` reports to give each place one report a year for ten
 * years, as a national decade has. County names are made up from common place-name characters
 * (none in the gazetteer), unique, and titled under their city (茂名市安丰县). Up to ~5,000 places.
 */
export function nationalPlaces(count: number): CorpusPlace[] {
  const wanted = Math.max(1, Math.ceil(count / 10));
  const provinces = PLACES.filter((p) => p.level === '省');
  const cities = PLACES.filter((p) => p.level === '市');
  const out: CorpusPlace[] = [...provinces, ...cities].map((p) => ({
    name: p.name,
    short: p.aliases[0] ?? p.name,
    title: p.name,
  }));
  const taken = new Set(PLACES.flatMap((p) => [p.name, ...p.aliases]));
  const names = ['县', '区', '市'].flatMap((suffix) =>
    [...STEM_FIRST].flatMap((a) => [...STEM_SECOND].map((b) => ({ stem: a + b, suffix }))),
  );
  const free = names.filter(({ stem, suffix }) => !taken.has(stem) && !taken.has(stem + suffix));
  for (let i = 0; out.length < wanted && i < free.length; i++) {
    const { stem, suffix } = free[i]!;
    const city = cities[i % cities.length]!;
    out.push({ name: stem + suffix, short: stem, title: `${city.name}${stem}${suffix}` });
  }
  return out.slice(0, wanted);
}

/**
 * Writes `count` synthetic reports built by recombining the seed reports' lines, with other
 * places' names, other years and perturbed figures: a stand-in for a national corpus, where each
 * place (province, city, county) has one report a year.
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
  const places = nationalPlaces(count);
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const place = places[i % places.length]!;
    const year = 2014 + (Math.floor(i / places.length) % 10);
    const template = lines[i % lines.length]!;
    // Most of a seed's lines, a few borrowed from another: reports of ~20 KB, like real ones.
    const other = lines[(i + 1 + Math.floor(rand() * 4)) % lines.length]!;
    const body = [
      ...template.filter((_, n) => n < 3 || rand() < 0.85),
      ...other.filter(() => rand() < 0.15),
    ]
      .map((line) => rewrite(line, place.name, place.short, year, rand))
      .join('\n');
    const text = `${year}年${place.title}政府工作报告\n${body}\n`;
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
