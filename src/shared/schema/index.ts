export * from './conflicts';
export * from './countries';
export * from './event-types';
export * from './dataset';
export * from './calendar-day';
export * from './dataset-shards';
export * from './split-into-shards';
export * from './event-references';
