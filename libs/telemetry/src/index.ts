export * from './metrics';
export * from './metrics-server';
export * from './log-context';
export * from './logger';
export * from './nest-logger';
export * from './pretty-lines';
export * from './tracing';
export * from './request-context-client';
