import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TASK_CLOSING_SOON_HOURS } from '@bc/shared/domain';
import { errorTranslation, MyTask, pagesFor, SessionStore, TASKS_PATH, TasksStore } from '@bc/web/data-access';
import { BcDatePipe, BcPluralPipe } from '@bc/web/i18n';
import { EmptyState, ErrorBanner } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { taskLink } from './task-link';

/**
 * Every user's start page (`/tasks`): what waits for them across all the roles they hold, in
 * the API's order (the urgency rule `compareTasks`), each with where to do it. The list is the
 * navigation's TasksStore, so the page and the counts never disagree.
 */
@Component({
  selector: 'bc-tasks-page',
  imports: [BcPluralPipe, RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, BcDatePipe, EmptyState, ErrorBanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tasks.page.html',
  styleUrl: './tasks.page.scss',
})
export class TasksPage {
  protected readonly store = inject(TasksStore);
  private readonly session = inject(SessionStore);

  protected readonly cards = computed(() => {
    const soon = Date.now() + TASK_CLOSING_SOON_HOURS * 3_600_000;
    return this.store.items().map((task, index) => ({
      task,
      id: `bc-task-${index}`,
      link: taskLink(task),
      urgent: !!task.dueAt && Date.parse(task.dueAt) <= soon,
    }));
  });
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? errorTranslation(error) : null;
  });
  /** The user's other pages, offered when nothing waits. */
  protected readonly otherPages = computed(() => pagesFor(this.session.permissions()).filter((p) => p.path !== TASKS_PATH));

  constructor() {
    void this.store.refresh();
  }

  protected heading(task: MyTask): string {
    return [task.rfqReference ?? task.caseReference, task.title].filter(Boolean).join(' · ');
  }
}
