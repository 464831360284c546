export * from './decision-number';
export * from './delegation';
