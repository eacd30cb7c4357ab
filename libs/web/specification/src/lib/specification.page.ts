import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormArray, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ErrorCode, Permission, PRE_RFQ_STAGES, RequirementKind, SpecificationStatus } from '@bc/shared/domain';
import { AppError, CaseFieldsFragment, fileUrl, SessionStore, SpecVersionFieldsFragment } from '@bc/web/data-access';
import { BcDatePipe, BcFileSizePipe } from '@bc/web/i18n';
import { CharCount, ErrorBanner, FieldError, IconAction, ScrollRegion, TextColumn, TextInput, markServerError, showServerFieldError } from '@bc/web/ui';
import { ActionState, injectAsk, injectNotify } from '@bc/web/case-kit';
import { TranslatePipe } from '@ngx-translate/core';
import { SpecDiff, SpecDiffView } from './spec-diff-view';
import { SpecVersionView } from './spec-version-view';
import { SpecificationFacade } from './specification.facade';
import { attributeForm, LineForm, lineForm, RequirementForm, requirementForm, toSaveInput } from './spec-form';

interface Attachment {
  id: string;
  name: string;
  sizeBytes: number;
}

@Component({
  selector: 'bc-specification-page',
  imports: [ScrollRegion, 
    BcFileSizePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
    BcDatePipe,
    ErrorBanner,
    FieldError,
    CharCount,
    SpecDiffView,
    SpecVersionView,
    TextInput,
    IconAction,
    TextColumn,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [SpecificationFacade],
  templateUrl: './specification.page.html',
  styleUrls: ['./page.scss', './specification.page.scss'],
})
export class SpecificationPage {
  private readonly facade = inject(SpecificationFacade);
  private readonly session = inject(SessionStore);
  private readonly ask = injectAsk();
  private readonly notify = injectNotify();

  /** The route's `:id` (the case). */
  readonly id = input.required<string>();

  protected readonly purchaseCase = this.facade.purchaseCase;
  protected readonly latest = computed(() => this.purchaseCase()?.specification ?? null);
  protected readonly versions = computed(() => [...(this.purchaseCase()?.specificationVersions ?? [])].sort((a, b) => b.version - a.version));
  /** The specification is written and approved before the RFQ; later it is frozen for good. */
  protected readonly closed = computed(() => {
    const c = this.purchaseCase();
    return !!c && !PRE_RFQ_STAGES.includes(c.stage);
  });
  protected readonly canEdit = computed(() => this.session.can(Permission.SPECIFICATION_EDIT) && !this.closed());
  protected readonly canApprove = computed(
    () =>
      this.session.can(Permission.SPECIFICATION_APPROVE) &&
      this.latest()?.status === SpecificationStatus.DRAFT &&
      !this.closed(),
  );

  protected readonly lines = new FormArray<LineForm>([]);
  protected readonly requirements = new FormArray<RequirementForm>([]);
  protected readonly note = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] });
  protected readonly attachments = signal<Attachment[]>([]);
  private readonly attachmentsChanged = signal(false);

  protected readonly kinds = Object.values(RequirementKind);
  protected readonly niceToHave = RequirementKind.NICE_TO_HAVE;
  protected readonly fileUrl = fileUrl;

  private readonly state = new ActionState(undefined, true);
  protected readonly loading = this.state.loading;
  protected readonly saving = this.state.busy;
  protected readonly uploading = signal(false);
  protected readonly errorMessage = this.state.errorMessage;

  protected readonly compareFrom = new FormControl<string | null>(null);
  protected readonly compareTo = new FormControl<string | null>(null);
  protected readonly diff = signal<SpecDiff | null>(null);
  protected readonly diffLabel = signal<{ from: number; to: number } | null>(null);
  protected readonly comparing = signal(false);
  /** An earlier version opened from the history, to read in full. */
  protected readonly viewed = signal<SpecVersionFieldsFragment | null>(null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected dirty(): boolean {
    return this.lines.dirty || this.requirements.dirty || this.note.dirty || this.attachmentsChanged();
  }

  protected async load(id = this.id()): Promise<void> {
    await this.state.load(async () => this.fill(await this.facade.load(id)));
  }

  /** The editor starts from the latest version (or one empty line when there is none). */
  private fill(c: CaseFieldsFragment): void {
    const spec = c.specification;
    this.lines.clear();
    this.requirements.clear();
    for (const line of spec?.lines ?? []) this.lines.push(lineForm(line));
    for (const req of spec?.requirements ?? []) this.requirements.push(requirementForm(req));
    if (!spec) this.lines.push(lineForm());
    this.attachments.set((spec?.attachments ?? []).map((a) => ({ id: a.id, name: a.name, sizeBytes: a.sizeBytes })));
    this.note.reset('');
    this.lines.markAsPristine();
    this.requirements.markAsPristine();
    this.attachmentsChanged.set(false);
    if (!this.canEdit()) {
      this.lines.disable();
      this.requirements.disable();
      this.note.disable();
    }
    const versions = this.versions();
    if (versions.length >= 2) {
      this.compareTo.setValue(versions[0].id);
      this.compareFrom.setValue(versions[1].id);
    }
  }

  protected addLine(): void {
    this.lines.push(lineForm());
    this.lines.markAsDirty();
  }

  protected removeLine(index: number): void {
    this.lines.removeAt(index);
    this.lines.markAsDirty();
  }

  protected addAttribute(line: LineForm): void {
    line.controls.attributes.push(attributeForm());
    this.lines.markAsDirty();
  }

  protected removeAttribute(line: LineForm, index: number): void {
    line.controls.attributes.removeAt(index);
    this.lines.markAsDirty();
  }

  protected addRequirement(): void {
    this.requirements.push(requirementForm());
    this.requirements.markAsDirty();
  }

  protected removeRequirement(index: number): void {
    this.requirements.removeAt(index);
    this.requirements.markAsDirty();
  }

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (!files.length) return;
    await this.state.during(this.uploading, async () => {
      for (const file of files) {
        const stored = await this.facade.upload(file);
        this.attachments.update((list) => [...list, { id: stored.id, name: stored.name, sizeBytes: stored.sizeBytes }]);
        this.attachmentsChanged.set(true);
      }
    });
  }

  protected removeAttachment(id: string): void {
    this.attachments.update((list) => list.filter((a) => a.id !== id));
    this.attachmentsChanged.set(true);
  }

  protected async save(): Promise<void> {
    const c = this.purchaseCase();
    if (!c) return;
    if (this.lines.invalid || this.requirements.invalid || this.note.invalid || this.lines.length === 0) {
      this.lines.markAllAsTouched();
      this.requirements.markAllAsTouched();
      this.note.markAsTouched();
      this.state.error.set({ code: ErrorCode.VALIDATION_FAILED, message: 'The form has errors' });
      return;
    }
    await this.state.during(this.state.busy, async () => {
      const input = toSaveInput(
        this.latest()?.id ?? null,
        this.lines,
        this.requirements,
        this.attachments().map((a) => a.id),
        this.note.value,
      );
      const saved = await this.facade.save(c.id, input);
      this.notify('spec.saved', { version: saved.version });
      await this.load(c.id);
    }, (error) => this.placeAtField(error));
  }

  /** `input.lines.2.quantity` shows at line 3's quantity; the banner is for what belongs to no field. */
  private placeAtField(error: AppError): boolean {
    const segments = error.field?.split('.') ?? [];
    const target = segments.includes('lines') ? this.lines : segments.includes('requirements') ? this.requirements : null;
    if (target) return showServerFieldError(target, error);
    if (segments.at(-1) !== 'note') return false;
    markServerError(this.note);
    return true;
  }

  protected approve(): void {
    const latest = this.latest();
    if (!latest) return;
    this.ask.confirm({
      title: 'spec.approveTitle',
      message: 'spec.approveText',
      confirm: 'spec.approve',
      params: { version: latest.version },
    }, async () => {
      await this.state.run(async () => {
        await this.facade.approve(latest.id);
        this.notify('spec.approved', { version: latest.version });
        await this.load();
      });
    });
  }

  protected async view(id: string): Promise<void> {
    await this.state.during(null, async () => this.viewed.set(await this.facade.version(id)));
  }

  protected async compare(): Promise<void> {
    const from = this.compareFrom.value;
    const to = this.compareTo.value;
    if (!from || !to || from === to) return;
    await this.state.during(this.comparing, async () => {
      this.diff.set(await this.facade.diff(from, to));
      const number = (id: string) => this.versions().find((v) => v.id === id)?.version ?? 0;
      this.diffLabel.set({ from: number(from), to: number(to) });
    });
  }
}
