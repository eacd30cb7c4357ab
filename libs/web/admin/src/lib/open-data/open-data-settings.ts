import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode, OCID_PREFIX_PATTERN } from '@bc/shared/domain';
import { Api, OpenDataSettingsFieldsFragment, OpenDataSettingsGQL, Submission, UpdateOpenDataSettingsGQL } from '@bc/web/data-access';
import { BcDatePipe } from '@bc/web/i18n';
import { injectNotify, LoadStatus, markServerError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { PolicyActions } from '../policy/policy-actions';

/**
 * The organization's open data settings (issue 17), a section of the policy page: the ocid prefix
 * registered with the Open Contracting Partnership, whether contact persons are published, and
 * whether the released packages are served in public. The server checks the prefix again and
 * answers OCID_PREFIX_INVALID / OCID_PREFIX_MISSING on the field.
 */
@Component({
  selector: 'bc-open-data-settings',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe, BcDatePipe, LoadStatus, PolicyActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './open-data-settings.html',
  styleUrls: ['../admin-page.scss', '../policy/policy.page.scss', './open-data-settings.scss'],
})
export class OpenDataSettingsSection implements OnInit {
  private readonly api = inject(Api);
  private readonly notify = injectNotify();

  protected readonly form = new FormGroup({
    ocidPrefix: new FormControl('', { nonNullable: true, validators: [Validators.pattern(OCID_PREFIX_PATTERN)] }),
    includeContacts: new FormControl(false, { nonNullable: true }),
    publicPublishing: new FormControl(false, { nonNullable: true }),
  });
  protected readonly settings = signal<OpenDataSettingsFieldsFragment | null>(null);
  protected readonly reading = new Submission();
  protected readonly saving = new Submission();
  protected readonly errorMessage = computed(() => this.reading.errorMessage() ?? this.saving.errorMessage());
  protected readonly origin = typeof location === 'undefined' ? '' : location.origin;

  ngOnInit(): void {
    void this.reading.run(async () => this.show((await this.api.read(OpenDataSettingsGQL)).openDataSettings));
  }

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (value.publicPublishing && !value.ocidPrefix) {
      this.form.controls.ocidPrefix.setErrors({ needed: true });
      this.form.controls.ocidPrefix.markAsTouched();
      return;
    }
    await this.saving.run(
      async () => {
        this.show((await this.api.write(UpdateOpenDataSettingsGQL, { input: { ...value, ocidPrefix: value.ocidPrefix.trim() } })).updateOpenDataSettings);
        this.notify('openData.saved');
      },
      (error) => {
        if (error.code === ErrorCode.OCID_PREFIX_INVALID || error.code === ErrorCode.OCID_PREFIX_MISSING || error.field?.endsWith('ocidPrefix')) markServerError(this.form.controls.ocidPrefix);
        return false; // the banner says it too
      },
    );
  }

  protected show(settings: OpenDataSettingsFieldsFragment): void {
    this.settings.set(settings);
    this.form.reset({ ocidPrefix: settings.ocidPrefix ?? '', includeContacts: settings.includeContacts, publicPublishing: settings.publicPublishing });
  }
}
