import { describe, expect, it } from 'vitest';
import {
  PLACES,
  PLACE_TERMS,
  parentOf,
  placeNameAtEnd,
  placeTermAt,
  placeTermEntryAt,
  resolvePlace,
} from './places.ts';

describe('gazetteer', () => {
  it('puts the seeds’ districts and zone under 郑州市, and 郑州市 under 河南省', () => {
    for (const d of ['二七区', '管城回族区', '郑州经济技术开发区'])
      expect(parentOf(d)).toBe('郑州市');
    expect(parentOf('郑州市')).toBe('河南省');
  });

  it.each([
    ['二七', '二七区'],
    ['管城区', '管城回族区'],
    ['郑州经开区', '郑州经济技术开发区'],
    ['郑州', '郑州市'],
    ['河南', '河南省'],
    ['广西', '广西壮族自治区'],
    ['锡盟', '锡林郭勒盟'],
    ['恩施州', '恩施土家族苗族自治州'],
  ])('resolves %s to %s', (alias, name) => {
    expect(resolvePlace(alias)?.name).toBe(name);
  });

  it('expands zone abbreviations with general patterns', () => {
    expect(resolvePlace('经开区', '郑州市')?.name).toBe('郑州经济技术开发区');
    expect(resolvePlace('洛阳高新区')?.name).toBe('洛阳高新技术产业开发区');
    expect(resolvePlace('长垣市')).toMatchObject({ name: '长垣市', level: '市' });
    expect(resolvePlace('高质量')).toBeNull();
  });

  it.each([
    ['2019年安丰县', '安丰县'],
    ['2022年度长宁县', '长宁县'],
    ['关于安丰县', '安丰县'],
    ['在乌拉特前旗', '乌拉特前旗'],
    ['林荣市安丰区', '安丰区'],
    ['长阳土家族自治县', '长阳土家族自治县'],
    ['在和平区', '和平区'],
    ['向阳区', '向阳区'],
  ])('reads the place name outside the gazetteer that ends %s as %s', (phrase, name) => {
    expect(placeNameAtEnd(phrase)).toBe(name);
  });

  it('finds no place name where the level word has less than two characters before it', () => {
    expect(placeNameAtEnd('2019年县')).toBeNull();
    expect(placeNameAtEnd('地区生产总值')).toBeNull();
  });

  it('gives autonomous prefectures and leagues the level of a city', () => {
    expect(resolvePlace('锡林郭勒盟')?.level).toBe('市');
    expect(resolvePlace('恩施土家族苗族自治州')?.level).toBe('市');
    expect(resolvePlace('乌拉特前旗')?.level).toBe('区县');
  });

  it.each(['柳泉镇', '城关镇', '大王庄乡', '解放路街道'])('reads %s as a township', (name) => {
    expect(resolvePlace(name)).toMatchObject({ name, level: '乡镇' });
    expect(placeNameAtEnd(`——2026年1月5日在${name}`)).toBe(name);
  });

  it.each(['推进新型城镇', '建设特色小镇', '统筹城乡', '鼓励人才返乡'])(
    'reads no township in the common word that closes %s',
    (phrase) => {
      expect(placeNameAtEnd(phrase)).toBeNull();
      expect(resolvePlace(phrase.slice(2))).toBeNull();
    },
  );

  it('finds the longest term at an offset with the place it names and that place’s number', () => {
    const at = placeTermEntryAt('在郑州市管城区', 1);
    expect(at?.term).toBe('郑州市');
    expect(at?.place.name).toBe('郑州市');
    expect(PLACES[at?.id ?? -1]).toBe(at?.place);
    expect(placeTermEntryAt('在郑州市管城区', 4)?.place.name).toBe('管城回族区');
    expect(placeTermEntryAt('在郑州市', 0)).toBeNull();
    // Every term: the place is resolvePlace's, its number is its slot in PLACES, one per place.
    for (const term of PLACE_TERMS) {
      const entry = placeTermEntryAt(`前${term}后`, 1);
      expect(entry?.term).toBe(placeTermAt(`前${term}后`, 1));
      if (entry?.term !== term) continue;
      expect(entry.place).toBe(resolvePlace(term));
      expect(PLACES.indexOf(entry.place)).toBe(entry.id);
    }
  });

  it('names a new area after a place of the gazetteer as a zone of it (兰州新区)', () => {
    expect(resolvePlace('兰州新区')).toEqual({
      name: '兰州新区',
      level: '开发区',
      parent: '兰州市',
      aliases: [],
    });
    // Known zones stay as the gazetteer has them; 高新区 is no new area of 高; a full name before
    // 新区 and a bare 新区 name none.
    expect(resolvePlace('郑东新区')?.parent).toBe('郑州市');
    expect(resolvePlace('兰州高新区')?.name).toBe('兰州高新技术产业开发区');
    expect(resolvePlace('兰州市新区')?.parent ?? null).toBeNull();
    expect(resolvePlace('新区')).toBeNull();
  });

  it('reads a gazetteer term that opens a new area as the area (福州 of 福州新区)', () => {
    expect(placeTermAt('福州新区地区生产总值', 0)).toBe('福州新区');
    expect(placeTermAt('支持福州新区建设', 2)).toBe('福州新区');
    expect(placeTermAt('福州市新区', 0)).toBe('福州市');
    expect(placeTermAt('福州高新区', 0)).toBe('福州');
    // The index's entry stays the gazetteer's term (the document's count reads the area itself).
    expect(placeTermEntryAt('福州新区', 0)?.term).toBe('福州');
  });
});
