export * from './fold-vietnamese';
export * from './storable-text';
