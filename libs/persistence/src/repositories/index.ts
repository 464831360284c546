export * from './reference.repository';
export * from './nomination.repository';
export * from './audit.repository';
export * from './decision.repository';
export * from './transition-recorder';
