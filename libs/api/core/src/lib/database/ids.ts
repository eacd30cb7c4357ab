import { isUUID } from 'class-validator';
import { notFound } from '../errors/app-error';

/** An id that is not a UUID cannot name anything: answer as for one that names nothing. */
export function assertId(id: string, what: string): string {
  if (!isUUID(id)) throw notFound(what);
  return id;
}
