// Starts the suites' PostgreSQL unless `npm test` (with-test-db.mjs) or the user gave one.
import { startTestPostgres } from './test-postgres.mjs';

declare global {
  var __bcStopTestPostgres: (() => Promise<void>) | undefined;
}

export default async function globalSetup(): Promise<void> {
  const db = await startTestPostgres();
  process.env['TEST_DATABASE_URL'] = db.url;
  globalThis.__bcStopTestPostgres = db.stop;
}
