export * from './exchange';
export type * from './ports';
export * from './use-cases';
