import { computed, inject, Injectable, signal } from '@angular/core';
import { TaskKind } from '@bc/shared/domain';
import { AppError, toAppError } from '../errors/app-error';
import { Api } from '../graphql/api';
import type { MyTasksQuery } from '../graphql/generated';
import { operations } from '../graphql/operations';

export type MyTask = MyTasksQuery['myTasks']['items'][number];

/**
 * The signed-in user's tasks (`myTasks`), shared by the My tasks page and the counts in the
 * navigation. The shell refreshes it on every navigation and after every change (DataChanges).
 */
@Injectable({ providedIn: 'root' })
export class TasksStore {
  private readonly api = inject(Api);
  private readonly state = signal<MyTasksQuery['myTasks'] | null>(null);
  private inFlight: Promise<void> | null = null;

  readonly items = computed<readonly MyTask[]>(() => this.state()?.items ?? []);
  readonly total = computed(() => this.state()?.total ?? 0);
  readonly loaded = computed(() => this.state() !== null);
  readonly loading = signal(false);
  readonly error = signal<AppError | null>(null);

  /** How many tasks of these kinds wait (0 before the first load). */
  countOf(kinds: readonly TaskKind[]): number {
    return (this.state()?.counts ?? []).filter((c) => kinds.includes(c.kind as TaskKind)).reduce((sum, c) => sum + c.count, 0);
  }

  /** Reads the tasks again; calls made while one read runs share it. */
  refresh(): Promise<void> {
    this.inFlight ??= this.read().finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  /** Forgets the tasks (signing out). */
  clear(): void {
    this.state.set(null);
  }

  private async read(): Promise<void> {
    this.loading.set(true);
    try {
      const { MyTasksGQL } = await operations();
      this.state.set((await this.api.read(MyTasksGQL)).myTasks);
      this.error.set(null);
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.loading.set(false);
    }
  }
}
