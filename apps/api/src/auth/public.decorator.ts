import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ktf:isPublic';
/** Marks an endpoint that needs no token (/health, /auth/login|refresh|logout; /docs is served outside the router). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
