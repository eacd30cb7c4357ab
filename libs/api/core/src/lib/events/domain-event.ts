import type { EntityManager } from 'typeorm';
import type { SessionInfo } from '../context/request-context';

/**
 * A kind of domain event and the shape of its payload. The payload is stored as JSON: ids and
 * plain values only, never entities (a handler reads what it needs, once the change is committed).
 */
export class EventType<P extends object> {
  /** Only for typing: the payload's shape. */
  declare readonly payload?: P;

  constructor(readonly name: string) {}
}

/** Declares an event type, e.g. `defineEvent<{ proposalId: string }>('award.granted')`. */
export function defineEvent<P extends object>(name: string): EventType<P> {
  return new EventType<P>(name);
}

/** Who acted, as the handlers see it: the session without its id. */
export type EventActor = Omit<SessionInfo, 'sessionId'>;

/**
 * The events each transaction has written, by its entity manager: several contexts may share
 * one transaction (the demo seeder's), and whoever commits it hands them to the handlers.
 */
const published = new WeakMap<EntityManager, string[]>();

/** Writes the event in the transaction of `em`: it exists exactly when the change commits. */
export async function recordEvent<P extends object>(em: EntityManager, type: EventType<P>, payload: P, actor: SessionInfo | undefined, requestId: string): Promise<string> {
  const who: EventActor | null = actor ? { userId: actor.userId, organizationId: actor.organizationId, roles: actor.roles, userName: actor.userName } : null;
  const [{ id }] = (await em.query(`INSERT INTO domain_event (type, payload, actor, request_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
    type.name,
    JSON.stringify(payload),
    who ? JSON.stringify(who) : null,
    requestId,
  ])) as Array<{ id: string }>;
  published.set(em, [...(published.get(em) ?? []), id]);
  return id;
}

/** The ids of the events the transaction of `em` wrote (once: they are handed over). */
export function takePublished(em: EntityManager): string[] {
  const ids = published.get(em) ?? [];
  published.delete(em);
  return ids;
}
