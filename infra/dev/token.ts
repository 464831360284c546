import { signToken } from '#ktf/auth';
import { loadConfig } from '#ktf/config';
import { findSeedUser, SEED_USERS } from '#ktf/persistence';

/** `npm run -s token -- <username>`: a bearer token for a seeded user, on one line. */
function main(): void {
  const username = process.argv[2];
  const user = username ? findSeedUser(username) : undefined;
  if (!user) {
    console.error(`usage: npm run -s token -- <username>\nseeded users: ${SEED_USERS.map((u) => u.username).join(', ')}`);
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgres://unused' });
  const token = signToken(
    { id: user.id, roles: user.roles, unitId: user.unitId, name: user.fullName },
    { secret: config.JWT_SECRET, issuer: config.JWT_ISSUER },
  );
  process.stdout.write(`${token}\n`);
}

main();
