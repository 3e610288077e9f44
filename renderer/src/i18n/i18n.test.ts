import { describe, expect, it } from 'vitest';
import { en } from './locales/en.ts';
import { zhCN } from './locales/zh-CN.ts';
import { i18n } from './index.ts';
import { periodLabel, viewLabel } from './labels.ts';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

describe('i18n catalogues', () => {
  it('has an English string for every Chinese key, and no extra ones', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const lookup = (obj: object, key: string) =>
      key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj) as string;
    for (const key of keys(zhCN)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(zhCN, key)));
    }
  });

  it('labels periods and views in Chinese by default and in English on switch', async () => {
    const zh = i18n.getFixedT('zh-CN');
    expect(periodLabel(zh, '2023')).toBe('2023年');
    expect(periodLabel(zh, '2018-2022')).toBe('2018–2022年');
    expect(periodLabel(zh, '十四五')).toBe('十四五');
    expect(viewLabel(zh, '2023', 'target')).toBe('2023年 目标');
    expect(viewLabel(zh, '2022', 'actual')).toBe('2022年 完成');
    expect(viewLabel(zh, null, null)).toBe('全部时期 目标与完成');
    const english = i18n.getFixedT('en');
    expect(viewLabel(english, '2023-2027', 'target')).toBe('2023–2027 targets');
  });
});
