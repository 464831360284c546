export * from './vote-rule';
export * from './tally';
