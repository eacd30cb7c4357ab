// Runs a command with TEST_DATABASE_URL pointing at a real PostgreSQL (see test-postgres.mjs),
// so that every test project of one `npm test` shares one server.
import { spawn } from 'node:child_process';
import { startTestPostgres } from './test-postgres.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node apps/api/test/support/with-test-db.mjs <command> [args…]');
  process.exit(2);
}
const db = await startTestPostgres();
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: db.url } });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', async (code, signal) => {
  await db.stop();
  process.exit(code ?? (signal ? 1 : 0));
});
