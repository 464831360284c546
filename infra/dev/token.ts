import { loadConfig } from '#ktf/config';
import { findSeedUser, SEED_USERS } from '#ktf/persistence';
import { devToken } from './dev-token';

/** `npm run -s token -- <username>`: a bearer token for a seeded user, on one line. */
function main(): void {
  const username = process.argv[2];
  if (!username || !findSeedUser(username)) {
    console.error(`usage: npm run -s token -- <username>\nseeded users: ${SEED_USERS.map((u) => u.username).join(', ')}`);
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgres://unused' });
  process.stdout.write(`${devToken(username, { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER })}\n`);
}

main();
