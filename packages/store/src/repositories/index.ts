export * from './district-plan-repository';
export { createExchangeLog } from './exchange/exchange-log';
export * from './exchange/publication-sinks';
export * from './inspector-repository';
export * from './item-repository';
export { createOutbox } from './notification/outbox';
export * from './plan-repository';
export * from './target-repository';
export {
  INLINE_HISTORY_BYTES,
  INLINE_HISTORY_ENTRIES,
} from './versioned-entities';
