export * from './conflicts';
export * from './event-types';
export * from './dataset';
export * from './calendar-day';
