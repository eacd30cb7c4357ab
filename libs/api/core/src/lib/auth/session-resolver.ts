import type { SessionInfo } from '../context/request-context';

/** Implemented by the identity module: turns a session cookie into who is signed in. */
export interface SessionResolver {
  resolve(token: string): Promise<SessionInfo | undefined>;
}

export const SESSION_RESOLVER = Symbol('SESSION_RESOLVER');
export const SESSION_COOKIE = 'bc_session';
