export * from './audit-hash';
export * from './audit-writer';
