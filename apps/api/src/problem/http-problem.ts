import { STATUS_CODES } from 'node:http';

/** RFC 9457 problem details: the standard members and any extensions. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  [extension: string]: unknown;
}

export const TITLES: Record<number, string> = {
  400: 'Invalid input',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Not allowed in the current stage',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Rule failed',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** A problem for an HTTP-level refusal (no domain code). */
export const httpProblem = (status: number, detail: string, instance: string): Problem => ({
  type: `urn:ktf:problem:http-${status}`,
  title: TITLES[status] ?? STATUS_CODES[status] ?? 'Error',
  status,
  detail,
  instance,
});
