export * from './notification';
export type * from './ports';
export * from './use-cases';
