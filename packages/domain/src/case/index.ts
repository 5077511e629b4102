export * from './case';
export * from './case.use-cases';
export * from './case-report';
export type * from './ports';
