/** Builds a WHERE clause and its parameters together, so they cannot drift apart. */
export class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  constructor(...always: string[]) {
    this.clauses.push(...always);
  }

  add(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...values);
    return this;
  }

  /** `column IN (?, ?, …)` for a list of values. */
  in(column: string, values: readonly unknown[]): this {
    return this.add(`${column} IN (${values.map(() => '?').join(',')})`, ...values);
  }

  toString(): string {
    return this.clauses.length ? this.clauses.join(' AND ') : '1';
  }
}

/** Full reports state a figure more authoritatively than digests and news items (d = documents). */
export const DOCUMENT_TYPE_RANK = `CASE d.type WHEN '政府工作报告' THEN 0 WHEN '政府工作报告摘编' THEN 1 WHEN '经济工作会议' THEN 2 ELSE 3 END`;
