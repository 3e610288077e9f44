import { describe, expect, it } from 'vitest';
import { periodLabel, viewLabel } from './zh.ts';

describe('period and kind labels', () => {
  it('labels single years and ranges', () => {
    expect(periodLabel('2023')).toBe('2023年');
    expect(periodLabel('2018-2022')).toBe('2018–2022年');
    expect(periodLabel('十四五')).toBe('十四五');
  });

  it('labels a view in Chinese', () => {
    expect(viewLabel('2023', 'target')).toBe('2023年 目标');
    expect(viewLabel('2022', 'actual')).toBe('2022年 完成');
    expect(viewLabel('2023-2027', 'target')).toBe('2023–2027年 目标');
    expect(viewLabel(null, null)).toBe('全部时期 目标与完成');
  });
});
