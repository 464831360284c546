export * from './fold-vietnamese';
