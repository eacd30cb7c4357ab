// Starts the suites' PostgreSQL unless `npm test` (tools/with-test-db.mjs) or the user gave one.
// tools/ holds plain scripts shared by `npm test` and this setup; it is not an Nx project.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startTestPostgres } from '../../../../tools/test-postgres.mjs';

declare global {
  var __bcStopTestPostgres: (() => Promise<void>) | undefined;
}

export default async function globalSetup(): Promise<void> {
  const db = await startTestPostgres();
  process.env['TEST_DATABASE_URL'] = db.url;
  globalThis.__bcStopTestPostgres = db.stop;
}
