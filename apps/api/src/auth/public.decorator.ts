import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ktf:isPublic';
/** Marks an endpoint that needs no token (only /health; /docs is served outside the router). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
