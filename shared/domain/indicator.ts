export type Direction = 'higher' | 'lower' | 'neutral';
export type UnitKind =
  | 'percent'
  | 'points'
  | 'money'
  | 'count'
  | 'area'
  | 'length'
  | 'mass'
  | 'energy'
  | 'days'
  | 'text'
  | 'other';

export interface Indicator {
  id: string;
  zh: string;
  en: string;
  category: string;
  unitKind: UnitKind;
  /** 'higher': more is better; 'lower': a cap (CPI, unemployment). */
  direction: Direction;
  aliases: string[];
}
