import { stopServer } from './global-setup';

/** Stops the app started by the global setup and drops its database (or removes its folder). */
export default async function globalTeardown(): Promise<void> {
  await stopServer();
}
