import type { zhCN } from './zh-CN.ts';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language's strings must have: zh-CN's keys, any text. */
export type Catalog = Strings<typeof zhCN>;
