import type { ChildProcess } from 'node:child_process';

/**
 * Ends a child process as a supervisor would: SIGTERM (a graceful shutdown), SIGKILL if it has not
 * exited after `graceMs`, or SIGKILL at once (a crash) with `graceMs` 0. Resolves once it has exited.
 */
export async function stopChild(child: ChildProcess | undefined, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = graceMs > 0 ? setTimeout(() => child.kill('SIGKILL'), graceMs) : undefined;
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(graceMs > 0 ? 'SIGTERM' : 'SIGKILL');
  });
}
