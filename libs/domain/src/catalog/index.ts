export * from './award-type';
export * from './default-award-catalog';
