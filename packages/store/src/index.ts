export * from './blob-store';
export * from './client';
export * from './errors';
export * from './helpers';
export * from './keys';
export * from './repositories';
export * from './table';
