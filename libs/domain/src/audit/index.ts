export * from './canonical-json';
export * from './audit-record';
export * from './chain-verifier';
export * from './audit-bundle';
export * from './audit-labels';
