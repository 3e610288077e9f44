import { describe, expect, it } from 'vitest';
import { tidyMetric } from './metric-tidy.ts';

describe('the metric as shown and grouped on', () => {
  it.each([
    ['洛阳市实现生产总值', '生产总值'],
    ['湖北省提出城镇新增就业', '城镇新增就业'],
    ['高新区规模以上工业增加值增长', '规模以上工业增加值增长'],
    ['经开区先进制造业增加值增长', '先进制造业增加值增长'],
    ['地区生产总值同比增长', '地区生产总值增长'],
    ['生产总值比上年增长', '生产总值增长'],
    ['一般公共预算收入同口径增长', '一般公共预算收入增长'],
    ['存款余额比年初增长', '存款余额增长'],
    ['市场主体逆势增长', '市场主体增长'],
    ['一般公共预算收入完成', '一般公共预算收入'],
    ['村级集体经济收入全部', '村级集体经济收入'],
    ['地区生产总值增加到', '地区生产总值'],
    ['城乡居民人均可支配收入分别增长', '城乡居民人均可支配收入增长'],
    ['实施省重点项目', '省重点项目'],
    ['抓好新建续建“小微园区”项目', '新建续建“小微园区”项目'],
    ['数据中心、研发总部等高质量项目', '高质量项目'],
    ['文化产业增加值占生产总值的', '文化产业增加值占生产总值比重'],
    // A rate named as a table's row names it reads as prose names it.
    ['地区生产总值增速', '地区生产总值增长'],
    ['进出口总额增幅', '进出口总额增长'],
    ['规模以上工业增加值增速高于全省', '规模以上工业增加值增速高于全省'],
    // An abbreviation in brackets says nothing the name does not.
    ['地区生产总值(GDP)增长', '地区生产总值增长'],
    ['居民消费价格指数(CPI)上涨', '居民消费价格指数上涨'],
  ])('%s → %s', (raw, tidy) => {
    expect(tidyMetric(raw, 5, '%')).toBe(tidy);
  });

  it('keeps what names the thing: a verb a bare noun needs, 等 in a word, 新增 and 累计', () => {
    expect(tidyMetric('实施项目', 393, '个')).toBe('实施项目');
    expect(tidyMetric('高等院校', 3, '所')).toBe('高等院校');
    expect(tidyMetric('安全生产、环境保护等指标', null, null)).toBe('安全生产、环境保护等指标');
    expect(tidyMetric('新增高新技术企业', 1000, '家')).toBe('新增高新技术企业');
    expect(tidyMetric('累计建成高标准农田', 8330, '万亩')).toBe('累计建成高标准农田');
  });

  it('writes a fall as a growth with a negative value, and a capped quantity without it', () => {
    expect(tidyMetric('社会消费品零售总额下降', -0.6, '%')).toBe('社会消费品零售总额增长');
    expect(tidyMetric('单位地区生产总值能耗下降', -3, '%')).toBe('单位地区生产总值能耗');
    expect(tidyMetric('单位地区生产总值能耗降低', null, null)).toBe('单位地区生产总值能耗');
    expect(tidyMetric('战略性新兴产业增加值占规上工业增加值比重提高', 2.4, '个百分点')).toBe(
      '战略性新兴产业增加值占规上工业增加值比重',
    );
  });
});
