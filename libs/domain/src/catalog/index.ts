export * from './award-type';
export * from './default-award-catalog';
export * from './award-type-rules';
