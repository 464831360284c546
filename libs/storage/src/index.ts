export * from './document-storage';
