export * from './checkpoint';
export * from './log';
export * from './merkle';
export * from './witness';
