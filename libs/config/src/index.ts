export * from './app-config';
export * from './temporal-connection';
export * from './codec-keys';
export * from './payload-codec';
export * from './temporal-data-converter';
