/** The checked-in files the typed client is made of, relative to the repository root. */
export const CLIENT_FILES = {
  document: 'libs/api-client/openapi.json',
  types: 'libs/api-client/src/openapi-types.ts',
} as const;
