import { createInterface } from 'node:readline';
import { normalizeUsername, PasswordHasher, passwordProblem, pseudonymKey, usernamePseudonym } from '#ktf/auth';
import { AppConfig, loadConfig } from '#ktf/config';
import { AccountRepository, connectDatabase } from '#ktf/persistence';
import { embeddedPostgresUrl } from '../dev/embedded-postgres';

const USAGE = `usage: npm run -s user:set-password -- <username>

Sets a user's sign-in password (argon2id), ends their sessions and clears their backoff; the
change is audited (never the password). On a terminal it asks twice without echo; otherwise it
reads one line from standard input:

  printf '%s\\n' "$NEW_PASSWORD" | npm run -s user:set-password -- officer.vp

Database: DATABASE_URL, else the embedded Postgres of a running \`npm start\` (KTF_POSTGRES_PORT, default 5433).`;

class UsageError extends Error {}

/** `npm run -s user:set-password -- <username>` */
async function main(): Promise<void> {
  const username = process.argv[2];
  if (!username || username.startsWith('-') || process.argv.length > 3) throw new UsageError(USAGE);
  const embedded = !process.env.DATABASE_URL;
  const databaseUrl = process.env.DATABASE_URL || embeddedPostgresUrl(Number(process.env.KTF_POSTGRES_PORT || 5433));
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl });

  const password = process.stdin.isTTY ? await promptTwice(`New password for ${username}: `) : await readOneLine();
  const problem = passwordProblem(password, config.AUTH_PASSWORD_MIN_LENGTH);
  if (problem) throw new UsageError(problem);

  const ds = await connectDatabase({ url: databaseUrl, poolSize: 1, applicationName: 'ktf-set-password' }).catch((e: unknown) => {
    const where = embedded ? 'the embedded Postgres of `npm start` (is it running?) — or set DATABASE_URL' : 'DATABASE_URL';
    throw new Error(`cannot reach ${where}: ${e instanceof Error ? e.message : String(e)}`);
  });
  try {
    const accounts = new AccountRepository(ds);
    const account = await accounts.byUsername(normalizeUsername(username));
    if (!account) throw new Error(`no user ${username}`);
    const { endedSessions } = await accounts.setPassword(
      account.id,
      await hasherOf(config).hash(password),
      { origin: 'set', actorId: null, actorRole: 'operator', via: 'cli' },
      usernamePseudonym(pseudonymKey(config.JWT_SECRET), account.username),
    );
    console.log(`password set for ${account.username}${endedSessions ? ` (${endedSessions} session(s) signed out)` : ''}`);
  } finally {
    await ds.destroy();
  }
}

const hasherOf = (c: AppConfig) =>
  new PasswordHasher({ memoryKib: c.AUTH_ARGON2_MEMORY_KIB, timeCost: c.AUTH_ARGON2_TIME_COST, parallelism: c.AUTH_ARGON2_PARALLELISM });

/** The first line of standard input (a script's pipe), without its line ending. */
async function readOneLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

async function promptTwice(prompt: string): Promise<string> {
  const [first, second] = await readHiddenLines([prompt, 'Again: ']);
  if (first !== second) throw new UsageError('the two passwords differ; nothing changed');
  return first;
}

/**
 * Reads one line per prompt from the terminal in raw mode, echoing nothing. One raw session
 * for all of them, so lines pasted at once are not lost between prompts. Ctrl-C cancels.
 */
function readHiddenLines(prompts: string[]): Promise<string[]> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    const lines: string[] = [];
    let value = '';
    let afterCr = false;
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      if (error) {
        process.stderr.write('\n');
        reject(error);
      } else resolve(lines);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        const crlf = afterCr && ch === '\n';
        afterCr = ch === '\r';
        if (crlf) continue;
        if (ch === '\r' || ch === '\n') {
          lines.push(value);
          value = '';
          process.stderr.write('\n');
          if (lines.length === prompts.length) return finish();
          process.stderr.write(prompts[lines.length]);
        } else if (ch === '\u0003' || (ch === '\u0004' && value === '')) {
          return finish(new UsageError('cancelled; nothing changed'));
        } else if (ch === '\u007f' || ch === '\b') {
          value = [...value].slice(0, -1).join('');
        } else if (ch >= ' ') {
          value += ch;
        }
      }
    };
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    process.stderr.write(prompts[0]);
    stdin.on('data', onData);
    stdin.resume();
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(e instanceof UsageError ? 2 : 1);
});
