import { Injectable } from '@nestjs/common';
import { pseudonymKey, usernamePseudonym } from '#ktf/auth';
import { AppConfig } from '#ktf/config';

/** Keyed digests of typed usernames (key derived from JWT_SECRET), for the throttle and the audit trail. */
@Injectable()
export class UsernamePseudonyms {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = pseudonymKey(config.JWT_SECRET);
  }

  of(typedUsername: string): string {
    return usernamePseudonym(this.key, typedUsername);
  }
}
