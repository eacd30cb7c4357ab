import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AppPage, pagesFor, PROFILE_PATH, reloadOnDataChange, SessionStore, TasksStore } from '@bc/web/data-access';
import { LanguageService } from '@bc/web/i18n';
import { Locale } from '@bc/shared/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map } from 'rxjs';

/**
 * The frame of every signed-in page: toolbar with the user menu, navigation to the pages the
 * user's permissions allow, and the page itself in <main>.
 */
@Component({
  selector: 'bc-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatMenuModule,
    MatButtonModule,
    MatIconModule,
    MatDividerModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);
  private readonly tasks = inject(TasksStore);

  protected readonly user = this.session.user;
  protected readonly organization = this.session.organization;
  protected readonly pages = computed(() => pagesFor(this.session.permissions()));
  protected readonly profilePath = PROFILE_PATH;
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  constructor() {
    // The counts in the navigation follow every page change and every change of data.
    void this.tasks.refresh();
    const navigations = inject(Router)
      .events.pipe(filter((e) => e instanceof NavigationEnd))
      .subscribe(() => void this.tasks.refresh());
    inject(DestroyRef).onDestroy(() => navigations.unsubscribe());
    reloadOnDataChange(() => this.tasks.refresh());
  }

  /** How many tasks wait on a page's entry (0: none shown). */
  protected countOf(page: AppPage): number {
    if (!page.counts) return 0;
    return page.counts.length === 0 ? this.tasks.total() : this.tasks.countOf(page.counts);
  }

  protected useLanguage(language: Locale): void {
    this.language.use(language);
  }

  protected signOut(): void {
    void this.session.signOut();
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    this.document.getElementById('main')?.focus();
  }
}
