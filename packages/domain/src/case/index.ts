export * from './case';
export * from './case.use-cases';
export type * from './ports';
