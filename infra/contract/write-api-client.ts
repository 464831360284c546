import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../dev/temporal-binaries';
import { CLIENT_FILES } from './api-client-files';
import { generatedClientFiles, staleClientFiles } from './api-client-sources';

/**
 * `npm run api-client`: writes the OpenAPI document and the client's types from the API's
 * code. `--check` writes nothing and fails when the checked-in files differ (CI's drift check).
 */
async function main(): Promise<void> {
  if (process.argv.includes('--check')) {
    const stale = await staleClientFiles();
    if (stale.length) {
      console.error(`api-client: ${stale.join(', ')} differ from what the API's document produces; run \`npm run api-client\` and commit the result`);
      process.exit(1);
    }
    console.log('api-client: up to date with the API');
    return;
  }
  const root = findRepoRoot();
  const files = await generatedClientFiles();
  for (const key of Object.keys(CLIENT_FILES) as (keyof typeof CLIENT_FILES)[]) {
    writeFileSync(join(root, CLIENT_FILES[key]), files[key]);
    console.log(`api-client: wrote ${CLIENT_FILES[key]}`);
  }
}

main().catch((e: unknown) => {
  console.error('api-client failed:', e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
