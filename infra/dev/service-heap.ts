/**
 * V8 heap flags the API and the worker start with: here for `npm start`, the bench and every
 * test stack; written out the same in docker-compose.yml and the image's commands (a test
 * compares them). Left to itself, V8 keeps a service's heap tight (its next limit a little
 * above what survived the last collection): at one request at a time the worker's main thread
 * and its workflow thread each ran a mark-compact every ~3 s (5–12 ms pauses, incremental steps
 * up to 10 ms) and the API its own, so a vote that met one took 45–65 ms, the p99 of votes once
 * a stack had been up a minute. Started with room (the old generation's first limit 256 MB,
 * 16 MB young semi-spaces) they collect every few minutes at that rate. The heap grows into it
 * only as it is used: resident memory rises by what the heap holds, not by the limit.
 */
export const SERVICE_HEAP_ARGS: readonly string[] = ['--initial-old-space-size=256', '--min-semi-space-size=16'];
