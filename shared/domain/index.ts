export * from './fact.ts';
export * from './indicator.ts';
export * from './document.ts';
