import { createEvent } from 'ics';
import type { OutboxAttachment } from './outbox-message.entity';

/** A person as the calendar names them: the organizer (the responsible buyer) or the attendee (the reader). */
export interface CalendarPerson {
  name: string;
  email: string;
}

export interface DeadlineEvent {
  /** Stable across changes of the same deadline, so calendars update the entry instead of adding one (see `calendarUid`). */
  uid: string;
  title: string;
  description?: string;
  at: Date;
  url?: string;
  /** Increase on every change of the deadline (RFC 5545 SEQUENCE); a cancellation needs a higher one than the last update. */
  sequence?: number;
  /** Reminder this many hours before (none if 0). */
  remindHoursBefore?: number;
  /**
   * REQUEST (default) adds or updates the entry, CANCEL removes it (RFC 5546). Both need an organizer and
   * an attendee, or Outlook and Google Calendar show the file as a new, unrelated event.
   */
  method?: 'REQUEST' | 'CANCEL';
  organizer: CalendarPerson;
  attendee: CalendarPerson;
}

/**
 * A UID that is globally unique (RFC 5545 3.8.4.7 asks for a domain of ours on the right): the host of
 * the public URL, e.g. `rfq-…-closing@portal.nordwind.example`.
 */
export function calendarUid(localPart: string, publicUrl: string): string {
  let host = 'localhost';
  try {
    host = new URL(publicUrl).hostname || host;
  } catch {
    // The configuration checks PUBLIC_URL at start; a unit test may pass anything.
  }
  return `${localPart}@${host}`;
}

/**
 * Folds content lines at 75 octets (RFC 5545 3.1). The `ics` package folds at 75 *characters*, so a
 * line with umlauts or typographic quotes comes out longer than 75 octets, which strict parsers refuse.
 * Unfold what it did, then fold again by UTF-8 octets, never inside a character.
 */
export function foldIcsLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      let limit = 75;
      for (const ch of line) {
        const size = Buffer.byteLength(ch, 'utf8');
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
          limit = 74; // the continuation's leading space is the 75th octet
        }
        current += ch;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** A display name as a quoted parameter value: DQUOTE cannot be escaped there (RFC 5545 3.2). */
const paramName = (name: string) => name.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');

/** A deadline as an iCalendar (RFC 5545/5546) attachment, in UTC. */
export function deadlineIcs(event: DeadlineEvent, filename = 'deadline.ics'): OutboxAttachment {
  const method = event.method ?? 'REQUEST';
  const start = event.at.getTime();
  const { error, value } = createEvent({
    productId: '-//Buying Center//Deadlines//EN',
    method,
    uid: event.uid,
    sequence: event.sequence ?? 0,
    title: event.title,
    description: event.description,
    url: event.url,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start,
    endInputType: 'utc',
    endOutputType: 'utc',
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: paramName(event.organizer.name), email: event.organizer.email },
    // Nobody is asked to answer a deadline: no RSVP, the reader is informed.
    attendees: [{ name: paramName(event.attendee.name), email: event.attendee.email, rsvp: false, partstat: 'ACCEPTED', role: 'NON-PARTICIPANT' }],
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms:
      event.remindHoursBefore && method !== 'CANCEL'
        ? [{ action: 'display', description: event.title, trigger: { hours: event.remindHoursBefore, before: true } }]
        : undefined,
  });
  if (error || !value) throw new Error(`Could not build the calendar entry: ${error?.message ?? 'empty'}`);
  return { filename, contentType: `text/calendar; charset=utf-8; method=${method}`, content: foldIcsLines(value), encoding: 'utf-8' };
}
