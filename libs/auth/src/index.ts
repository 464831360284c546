export * from './tokens';
export * from './password-hasher';
export * from './password-policy';
export * from './refresh-tokens';
export * from './cookies';
export * from './sign-in-backoff';
export * from './usernames';
