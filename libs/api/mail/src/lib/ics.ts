import { createEvent } from 'ics';
import type { OutboxAttachment } from './outbox-message.entity';

export interface DeadlineEvent {
  /** Stable across changes of the same deadline, so calendars update the entry instead of adding one. */
  uid: string;
  title: string;
  description?: string;
  at: Date;
  url?: string;
  /** Increase on every change of the deadline (RFC 5545 SEQUENCE). */
  sequence?: number;
  /** Reminder this many hours before (none if 0). */
  remindHoursBefore?: number;
}

/** A deadline as an iCalendar (RFC 5545) attachment, in UTC. */
export function deadlineIcs(event: DeadlineEvent, filename = 'deadline.ics'): OutboxAttachment {
  const start = event.at.getTime();
  const { error, value } = createEvent({
    productId: '-//Buying Center//Deadlines//EN',
    method: 'PUBLISH',
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
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms: event.remindHoursBefore
      ? [{ action: 'display', description: event.title, trigger: { hours: event.remindHoursBefore, before: true } }]
      : undefined,
  });
  if (error || !value) throw new Error(`Could not build the calendar entry: ${error?.message ?? 'empty'}`);
  return { filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: value, encoding: 'utf-8' };
}
