export * from './decision-number';
