export * from './vote-rule';
export * from './tally';
export * from './council-scope';
