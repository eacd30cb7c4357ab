import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type InsertEvent, type ObjectLiteral, type UpdateEvent } from 'typeorm';
import type { BeforeQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { AuditEvent, hashAuditEvent } from '@bc/api/audit';
import { Clock } from '@bc/api/core';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Where the clock sits on the seed's query runner (TypeORM's `QueryRunner.data`, meant for subscribers). */
const KEY = 'showcaseClock';

/**
 * The showcase's simulated time. The seed acts through the real services, all in one transaction,
 * so left alone every record would say "now". Instead each step of a case's story runs `at` a
 * moment of its own: the application's {@link Clock} reads that moment, plus the milliseconds the
 * step has really taken (so the order within a step stays), while the step runs, so the services'
 * rules (an RFQ open until its closing time, a round until its deadline) and the times they record
 * follow the story. What the database would fill itself (a column's `DEFAULT now()`) and any
 * instant still taken from the machine's time are written as that moment too: in every
 * statement's parameters, and in the columns. Rows are written once, at the right
 * time, on insert or in the service's own update: nothing is rewritten afterwards, so the
 * append-only tables (audit trail, quote revisions, scores, rounds, awards, approvals) and their
 * triggers stay as they are, and each audit entry is hashed over the time it states.
 */
export class ShowcaseClock {
  private step: { realStart: number; at: number } | null = null;
  private last = 0;

  private readonly anchor: Date;

  /** `clock`: the application's; the story's days are counted back from the hour before the seed started by it. */
  constructor(private readonly clock: Clock) {
    this.anchor = new Date(Math.floor((clock.nowMs() - HOUR) / HOUR) * HOUR);
  }

  /** `days` (fractions allowed) before the anchor. */
  daysAgo(days: number): Date {
    return new Date(this.anchor.getTime() - days * DAY);
  }

  /**
   * Runs one step of the story at `when` (or just after the step before, should that have run
   * into it): the clock only moves forward, as the audit trail's order does.
   */
  async at<T>(when: Date, work: () => Promise<T>): Promise<T> {
    if (this.step) throw new Error('Showcase timeline: steps do not nest');
    if (when.getTime() > this.anchor.getTime()) throw new Error(`Showcase timeline: ${when.toISOString()} lies after the story's end`);
    this.step = { realStart: Date.now(), at: Math.max(when.getTime(), this.last + 1) };
    try {
      return await this.clock.during(() => this.now(), work);
    } finally {
      this.last = this.now().getTime();
      this.step = null;
    }
  }

  /** The simulated now (the application clock's between steps). */
  now(): Date {
    return this.step ? new Date(this.step.at + (Date.now() - this.step.realStart)) : this.clock.now();
  }

  /** An instant the services took during the current step, as the story tells it; any other instant as it is. */
  translate(value: Date): Date {
    if (!this.step || Number.isNaN(value.getTime())) return value;
    const elapsed = value.getTime() - this.step.realStart;
    // The transaction's own now() is a little older than the step: taken from the clock all the same.
    if (elapsed < -10 * 60_000 || value.getTime() > Date.now() + 1000) return value;
    return new Date(this.step.at + Math.max(0, elapsed));
  }

  /** Takes the clock off the seed's transaction again. */
  uninstall(em: EntityManager): void {
    if (em.queryRunner?.data) delete em.queryRunner.data[KEY];
  }

  /** Puts the clock on the seed's transaction, where {@link ShowcaseClockSubscriber} finds it. */
  install(em: EntityManager): void {
    if (!em.queryRunner) throw new Error('Showcase timeline: the seed must run in a transaction');
    em.queryRunner.data = { ...(em.queryRunner.data ?? {}), [KEY]: this };
  }

  static of(event: { queryRunner?: { data?: Record<string, unknown> } }): ShowcaseClock | null {
    const clock = event.queryRunner?.data?.[KEY];
    return clock instanceof ShowcaseClock ? clock : null;
  }
}

/**
 * The showcase's story as a plan: each case (and the directory's history) plans its steps at their
 * moments, and `run` plays all of them in the order of time, whichever case they belong to, so
 * that every record, the audit trail's order included, tells one possible story.
 */
export class ShowcaseTimeline {
  private readonly steps: Array<{ at: Date; order: number; label: string; work: () => Promise<unknown> }> = [];

  constructor(readonly clock: ShowcaseClock) {}

  /** `days` before the story's end. */
  daysAgo(days: number): Date {
    return this.clock.daysAgo(days);
  }

  plan(at: Date, label: string, work: () => Promise<unknown>): void {
    this.steps.push({ at, order: this.steps.length, label, work });
  }

  async run(): Promise<void> {
    const steps = [...this.steps].sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    this.steps.length = 0;
    for (const step of steps) {
      try {
        await this.clock.at(step.at, step.work);
      } catch (e) {
        if (e instanceof Error) e.message = `Showcase step "${step.label}" (${step.at.toISOString()}): ${e.message}`;
        throw e;
      }
    }
  }
}

/** A column the database fills with the time of the write when nothing is given. */
function stampedByDatabase(column: ColumnMetadata): boolean {
  if (column.isCreateDate || column.isUpdateDate) return true;
  const d = typeof column.default === 'function' ? String(column.default()) : '';
  return /^(now|clock_timestamp|current_timestamp)(\(\))?$/i.test(d.trim());
}

/** ISO instants inside an audit summary (e.g. `closedAt`), translated like the columns. */
function translateJson(clock: ShowcaseClock, value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return clock.translate(new Date(value)).toISOString();
  if (Array.isArray(value)) return value.map((v) => translateJson(clock, v));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translateJson(clock, v)]));
  }
  return value;
}

/**
 * Writes the showcase clock's time into every timestamp the seed's transaction writes: instants in
 * a statement's parameters (entities and the services' own SQL alike), columns left to their
 * `DEFAULT now()`, and an update's `() => 'now()'`. Does nothing in any other transaction (no clock
 * on its query runner).
 */
@Injectable()
export class ShowcaseClockSubscriber implements EntitySubscriberInterface, OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  beforeQuery(event: BeforeQueryEvent): void {
    const clock = ShowcaseClock.of(event);
    const parameters = event.parameters;
    if (!clock || !Array.isArray(parameters)) return;
    for (let i = 0; i < parameters.length; i++) if (parameters[i] instanceof Date) parameters[i] = clock.translate(parameters[i]);
  }

  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const clock = ShowcaseClock.of(event);
    if (!clock || !event.entity) return;
    this.stamp(clock, event.metadata.columns, event.entity, true);
    if (event.entity instanceof AuditEvent) {
      // The entry states the story's time: its summary's instants too, and its hash covers them.
      event.entity.summary = translateJson(clock, event.entity.summary) as Record<string, unknown>;
      event.entity.hash = hashAuditEvent(event.entity);
    }
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    const clock = ShowcaseClock.of(event);
    if (clock && event.entity) this.stamp(clock, event.metadata.columns, event.entity, false);
  }

  private stamp(clock: ShowcaseClock, columns: ColumnMetadata[], row: ObjectLiteral, inserting: boolean): void {
    for (const column of columns) {
      if (column.type !== 'timestamptz' && column.type !== 'timestamp with time zone') continue;
      const name = column.propertyName;
      const value = row[name];
      if (value instanceof Date) row[name] = clock.translate(value);
      // `() => 'now()'` in an update, or a default the database would fill on insert.
      else if ((typeof value === 'function' && /now|timestamp/i.test(String(value()))) || (inserting && value === undefined && stampedByDatabase(column))) {
        row[name] = clock.now();
      }
    }
  }
}
