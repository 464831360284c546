export * from './working-calendar';
export * from './holiday-seed';
export * from './percentile';
