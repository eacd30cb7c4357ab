import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Api, OpenDataSettingsGQL } from '@bc/web/data-access';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The case's OCDS downloads (issue 17): its release package and its record, for whoever reads the
 * case's awards, once the case has left its RFQ stage. Without the organization's ocid prefix
 * there is nothing to download, and the card says who sets it.
 */
@Component({
  selector: 'bc-case-open-data',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="bc-section bc-case-open-data" aria-labelledby="bc-open-data-heading">
      <h2 id="bc-open-data-heading">{{ 'openData.caseTitle' | translate }}</h2>
      @if (prefix() === null) {
        <p class="bc-muted">{{ 'openData.casePrefixMissing' | translate }}</p>
      } @else if (prefix()) {
        <p class="bc-muted">{{ 'openData.caseIntro' | translate }}</p>
        <div class="bc-downloads">
          <a mat-stroked-button [href]="'/api/cases/' + caseId() + '/ocds/release-package.json'" download>
            <mat-icon svgIcon="download" aria-hidden="true" />{{ 'openData.releasePackage' | translate }}
          </a>
          <a mat-stroked-button [href]="'/api/cases/' + caseId() + '/ocds/record-package.json'" download>
            <mat-icon svgIcon="download" aria-hidden="true" />{{ 'openData.recordPackage' | translate }}
          </a>
        </div>
      }
    </section>
  `,
  styles: `
    // The case page's sections, as its own stylesheet has them (this card is its own component).
    .bc-section {
      margin-top: 2rem;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 0.75rem;
    }
    .bc-muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .bc-downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class CaseOpenData implements OnInit {
  private readonly api = inject(Api);
  readonly caseId = input.required<string>();
  /** The organization's ocid prefix: undefined while it is read, null when none is set. */
  protected readonly prefix = signal<string | null | undefined>(undefined);

  ngOnInit(): void {
    this.api.read(OpenDataSettingsGQL).then(
      (r) => this.prefix.set(r.openDataSettings.ocidPrefix ?? null),
      () => this.prefix.set(undefined),
    );
  }
}
