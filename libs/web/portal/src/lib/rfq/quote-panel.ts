import { Clipboard } from '@angular/cdk/clipboard';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ErrorCode, RequirementCompliance } from '@bc/shared/domain';
import {
  Api,
  AppError,
  DeclineRfqGQL,
  WithdrawDeclineGQL,
  FileUploadService,
  fileUrl,
  PortalInvitationFieldsFragment,
  SaveQuoteDraftGQL,
  SubmitQuoteGQL,
  toAppError,
  WithdrawQuoteGQL,
} from '@bc/web/data-access';
import { BcAmountPipe, BcDatePipe, BcFileSizePipe, BcQuantityPipe, LanguageService } from '@bc/web/i18n';
import { askReason, CharCount, confirm, ErrorBanner, FieldErrorMessage, fieldErrorMessage, IconAction, injectNotify, markServerError } from '@bc/web/ui';
import { TranslatePipe } from '@ngx-translate/core';
import { portalErrorMessage } from '../portal-errors';
import {
  AlternativeForm,
  alternativeForm,
  checkSubmit,
  controlForField,
  formGrandTotal,
  formLineTotal,
  LineForm,
  MAX_ALTERNATIVES,
  MAX_TEXT,
  QuoteContent,
  quoteForm,
  SubmitProblem,
  toQuoteInput,
} from '../quote-form';
import { QuoteContentView } from './quote-content-view';
import { QuoteOffers } from './quote-offers';
import { openRound } from './rounds-panel';

interface Attachment {
  id: string;
  name: string;
  sizeBytes: number;
  url: string;
}

/** The quote's commands, each named while it runs (its button waits). */
type QuoteCommand = 'save' | 'submit' | 'withdraw' | 'decline' | 'takeBack';

/** Currencies offered besides the RFQ's own (ISO 4217). */
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'PLN', 'CZK', 'SEK', 'DKK', 'NOK', 'HUF', 'JPY', 'CNY'];

/** What a server error's last field segment means, as a translation key under portalQuote.errors. */
const FIELD_ERRORS: Record<string, string> = {
  unitPrice: 'price',
  quantity: 'quantity',
  leadTimeDays: 'leadTime',
  validUntil: 'validUntil',
  currency: 'currency',
  description: 'required',
  compliance: 'required',
  value: 'offerValue',
  minValue: 'offerAmount',
  lineKeys: 'offerLineChoice',
};

/**
 * The supplier's own quote: the form (prices per line with alternatives, requirement answers,
 * terms, attachments), draft / submit / withdraw / decline, the receipt of the latest submission
 * and the history of every revision.
 */
@Component({
  selector: 'bc-quote-panel',
  imports: [
    BcFileSizePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    BcAmountPipe,
    BcDatePipe,
    BcQuantityPipe,
    ErrorBanner,
    CharCount,
    QuoteContentView,
    QuoteOffers,
    IconAction,
    NgTemplateOutlet,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './quote-panel.html',
  styleUrls: ['../portal.scss', './quote-panel.scss'],
})
export class QuotePanel {
  private readonly api = inject(Api);
  private readonly uploads = inject(FileUploadService);
  private readonly dialog = inject(MatDialog);
  private readonly notify = injectNotify();
  private readonly clipboard = inject(Clipboard);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly invitation = input.required<PortalInvitationFieldsFragment>();
  /** The server sent the invitation anew (draft saved, withdrawn, declined). */
  readonly changed = output<PortalInvitationFieldsFragment>();
  /** The invitation must be read again (after a submission, or when the RFQ closed meanwhile). */
  readonly reload = output<void>();

  protected readonly rfq = computed(() => this.invitation().rfq);
  protected readonly quote = computed(() => this.invitation().quote);
  protected readonly revisions = computed(() => [...this.quote().revisions].sort((a, b) => b.revision - a.revision));
  /** The receipt to show: the latest revision while the quote stands submitted. */
  protected readonly receipt = computed(() => (this.quote().status === 'SUBMITTED' ? (this.revisions()[0] ?? null) : null));
  protected readonly declined = computed(() => this.invitation().status === 'DECLINED');
  /** The API's canRevise: before the closing time, or while a negotiation round of the company's is open. */
  protected readonly editable = computed(() => this.invitation().canRevise && !this.declined());
  /** The company's negotiation round open now: a revision submitted in it stays sealed until it ends. */
  protected readonly round = computed(() => openRound(this.invitation().rounds));
  protected readonly canWithdraw = computed(() => this.invitation().open && this.quote().status === 'SUBMITTED');
  protected readonly canDecline = computed(() => this.invitation().open && this.invitation().status !== 'QUOTED' && !this.declined());
  protected readonly rfqLines = computed(() => [...this.rfq().lines].sort((a, b) => a.position - b.position));
  protected readonly requirements = computed(() => [...this.rfq().requirements].sort((a, b) => a.position - b.position));
  protected readonly currencies = computed(() => {
    const own = this.rfq().currency;
    return [own, ...CURRENCIES.filter((c) => c !== own)];
  });

  /** The form starts from the draft if there is one, else from the latest submitted revision. */
  protected readonly form = computed(() => {
    const invitation = this.invitation();
    return untracked(() => buildForm(invitation));
  });
  protected readonly attachments = linkedSignal(() => attachmentsOf(startingContent(this.invitation())));
  protected readonly compliances = Object.values(RequirementCompliance);
  protected readonly maxAlternatives = MAX_ALTERNATIVES;
  protected readonly maxText = MAX_TEXT;

  protected readonly busy = signal<QuoteCommand | null>(null);
  protected readonly uploading = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly errorMessage = portalErrorMessage(this.error);
  protected readonly problems = linkedSignal<PortalInvitationFieldsFragment, SubmitProblem[]>({ source: this.invitation, computation: () => [] });
  /** Set by a submission of this visit: the receipt is then announced and focused. */
  protected readonly justSubmitted = signal(false);
  /** The revision whose content is open in the history. */
  protected readonly expanded = signal<number | null>(null);
  private readonly receiptCard = viewChild<ElementRef<HTMLElement>>('receiptCard');

  constructor() {
    effect(() => {
      const card = this.receiptCard();
      if (card && this.justSubmitted()) {
        untracked(() => {
          card.nativeElement.focus();
          card.nativeElement.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
        });
      }
    });
  }

  protected lineTotal(line: LineForm): string | null {
    return formLineTotal(line);
  }

  protected lineTotalOfAlternative(alt: AlternativeForm): string | null {
    return formLineTotal(alt);
  }

  protected grandTotal(): string | null {
    return formGrandTotal(this.form());
  }

  protected currency(): string {
    return this.form().controls.currency.value;
  }

  protected addAlternative(line: LineForm): void {
    if (line.controls.alternatives.length >= MAX_ALTERNATIVES) return;
    line.controls.alternatives.push(alternativeForm({ description: '', unitPrice: '', quantity: line.controls.quantity.value, leadTimeDays: null, total: '' }));
    line.markAsDirty();
  }

  protected removeAlternative(line: LineForm, index: number): void {
    line.controls.alternatives.removeAt(index);
    line.markAsDirty();
  }

  /** What is wrong with a control, for its mat-error: the quote's own messages, else the shared ones. */
  protected problem(control: AbstractControl): FieldErrorMessage {
    const errors = control.errors ?? {};
    const own = (key: string): FieldErrorMessage => ({ key, params: {} });
    if (typeof errors['server'] === 'string') return own(errors['server']);
    if (errors['required']) return own('common.required');
    if (errors['price']) return own('portalQuote.errors.price');
    if (errors['quantity']) return own('portalQuote.errors.quantity');
    if (errors['min'] || errors['max'] || errors['pattern']) return own('portalQuote.errors.leadTime');
    return fieldErrorMessage(errors) ?? own('portalQuote.errors.invalid');
  }

  protected async upload(event: Event): Promise<void> {
    const element = event.target as HTMLInputElement;
    const files = Array.from(element.files ?? []);
    element.value = '';
    if (!files.length) return;
    this.uploading.set(true);
    this.error.set(null);
    try {
      for (const file of files) {
        const stored = await this.uploads.upload(file);
        this.attachments.update((list) => [...list, { id: stored.id, name: stored.name, sizeBytes: stored.sizeBytes, url: fileUrl(stored.id) }]);
      }
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.uploading.set(false);
    }
  }

  protected removeAttachment(id: string): void {
    this.attachments.update((list) => list.filter((a) => a.id !== id));
  }

  private input() {
    return toQuoteInput(
      this.form(),
      this.attachments().map((a) => a.id),
    );
  }

  protected async saveDraft(): Promise<void> {
    const form = this.form();
    this.problems.set([]);
    if (form.invalid) {
      form.markAllAsTouched();
      this.error.set({ code: ErrorCode.VALIDATION_FAILED, message: 'The form has errors' });
      this.focusFirstProblem();
      return;
    }
    await this.command('save', async () => {
      const invitation = (await this.api.write(SaveQuoteDraftGQL, { invitationId: this.invitation().id, input: this.input() })).saveQuoteDraft;
      this.notify('portalQuote.draftSaved');
      this.changed.emit(invitation);
    });
  }

  protected submit(): void {
    const form = this.form();
    form.markAllAsTouched();
    const problems = checkSubmit(form, this.rfq());
    this.problems.set(problems);
    if (form.invalid || problems.length) {
      this.error.set(null);
      this.focusFirstProblem();
      return;
    }
    const resubmit = this.quote().revisions.length > 0;
    confirm(this.dialog, {
      title: resubmit ? 'portalQuote.resubmitTitle' : 'portalQuote.submitTitle',
      message: 'portalQuote.submitText',
      confirm: resubmit ? 'portalQuote.resubmit' : 'portalQuote.submit',
      params: { closes: this.translateMoment(this.round()?.closesAt ?? this.invitation().closesAt) },
    }).subscribe((confirmed) => {
      if (!confirmed) return;
      void this.command('submit', async () => {
        const receipt = (await this.api.write(SubmitQuoteGQL, { invitationId: this.invitation().id, input: this.input() })).submitQuote;
        this.justSubmitted.set(true);
        this.notify('portalQuote.submitted', { revision: receipt.revision });
        this.reload.emit();
      });
    });
  }

  protected withdraw(): void {
    askReason(this.dialog, {
      title: 'portalQuote.withdrawTitle',
      text: 'portalQuote.withdrawText',
      label: 'portalQuote.withdrawReason',
      confirm: 'portalQuote.withdraw',
      destructive: true,
      optional: true,
    }).subscribe(async (reason) => {
      if (reason === undefined) return;
      await this.command('withdraw', async () => {
        const invitation = (await this.api.write(WithdrawQuoteGQL, { invitationId: this.invitation().id, reason: reason || null })).withdrawQuote;
        this.justSubmitted.set(false);
        this.notify('portalQuote.withdrawn');
        this.changed.emit(invitation);
      });
    });
  }

  protected decline(): void {
    askReason(this.dialog, {
      title: 'portalQuote.declineTitle',
      text: 'portalQuote.declineText',
      label: 'portalQuote.declineReason',
      confirm: 'portalQuote.decline',
      destructive: true,
    }).subscribe(async (reason) => {
      if (reason === undefined) return;
      await this.command('decline', async () => {
        const invitation = (await this.api.write(DeclineRfqGQL, { invitationId: this.invitation().id, reason })).declineRfq;
        this.notify('portalQuote.declined');
        this.changed.emit(invitation);
      });
    });
  }

  /** Takes the company's decline back while the RFQ is open: the quote form returns, the buyer is told. */
  protected async takeBackDecline(): Promise<void> {
    await this.command('takeBack', async () => {
      const invitation = (await this.api.write(WithdrawDeclineGQL, { invitationId: this.invitation().id })).withdrawDecline;
      this.notify('portalQuote.declineTakenBack');
      this.changed.emit(invitation);
    });
  }

  /** Copies a hash or nonce (the supplier always has both; the type allows null for the buying side's hidden ones). */
  protected copyHash(value: string | null): void {
    if (value && this.clipboard.copy(value)) this.notify('common.copied');
  }

  protected copyContent(text: string): void {
    if (this.clipboard.copy(text)) this.notify('common.copied');
  }

  /** The receipt document's file name: the RFQ and the revision, so several receipts can sit in one folder. */
  protected receiptFileName(revision: number): string {
    return `receipt-${this.rfq().reference}-${revision}.json`.replace(/[^A-Za-z0-9._-]/g, '-');
  }

  /** Saves the exact text the receipt hashes (UTF-8, no trailing newline): its SHA-256 is the receipt. */
  protected downloadReceipt(r: { revision: number; canonicalContent: string }): void {
    const blob = new Blob([r.canonicalContent], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.receiptFileName(r.revision);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected toggle(revision: number): void {
    this.expanded.update((current) => (current === revision ? null : revision));
  }

  /** Runs one of the quote's commands: `busy` names it meanwhile, and a failure goes to `fail`. */
  private async command(which: QuoteCommand, work: () => Promise<void>): Promise<void> {
    this.busy.set(which);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  /** Shows the error; a field error also goes next to its field, a closed RFQ reloads the page. */
  private fail(error: unknown): void {
    const appError = toAppError(error);
    this.error.set(appError);
    if (appError.code === ErrorCode.RFQ_CLOSED || appError.code === ErrorCode.ROUND_CLOSED) {
      this.reload.emit();
      return;
    }
    if (appError.code !== ErrorCode.VALIDATION_FAILED || !appError.field) return;
    if (appError.field === 'input.lines') this.problems.set(['noLineQuoted']);
    else if (appError.field === 'input.answers') this.problems.set(['mustHave']);
    const control = controlForField(this.form(), appError.field);
    if (control && !('controls' in control)) {
      // One line of an offer's condition (`…lineKeys.1`) is shown at the offer's lines.
      const segment = appError.field.replace(/(\.lineKeys)\.\d+$/, '$1').split('.').pop() ?? '';
      markServerError(control, { server: `portalQuote.errors.${FIELD_ERRORS[segment] ?? 'invalid'}` });
    }
    this.focusFirstProblem();
  }

  /** After a refused save or submit: the first field at fault (or the first problem named) gets the focus. */
  private focusFirstProblem(): void {
    afterNextRender(
      () => {
        const root = this.host.nativeElement;
        const target =
          root.querySelector<HTMLElement>('.mat-form-field-invalid input, .mat-form-field-invalid textarea, .mat-form-field-invalid mat-select') ??
          root.querySelector<HTMLElement>('.bc-problem');
        if (!target) return;
        if (target.classList.contains('bc-problem')) target.tabIndex = -1;
        target.focus();
        target.scrollIntoView?.({ block: 'center' });
      },
      { injector: this.injector },
    );
  }

  private translateMoment(iso: string): string {
    return new Intl.DateTimeFormat(this.language.lang(), {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(iso));
  }
}

function startingContent(invitation: PortalInvitationFieldsFragment): QuoteContent | null {
  const latest = [...invitation.quote.revisions].sort((a, b) => b.revision - a.revision)[0];
  return invitation.quote.draft ?? latest?.content ?? null;
}

function buildForm(invitation: PortalInvitationFieldsFragment) {
  const form = quoteForm(invitation.rfq, startingContent(invitation), new Date());
  if (!invitation.canRevise || invitation.status === 'DECLINED') form.disable();
  return form;
}

function attachmentsOf(content: QuoteContent | null): Attachment[] {
  return (content?.attachments ?? []).map((a) => ({ id: a.fileId, name: a.name, sizeBytes: a.sizeBytes, url: a.url ?? fileUrl(a.fileId) }));
}
