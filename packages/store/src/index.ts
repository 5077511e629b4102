export * from './blob-store';
export * from './client';
export * from './embedded';
export * from './errors';
export * from './helpers';
export * from './keys';
export * from './table';
