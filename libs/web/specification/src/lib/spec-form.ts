import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { BcValidators } from '@bc/web/ui';
import { RequirementKind } from '@bc/shared/domain';
import { SaveSpecificationInput, SpecVersionFieldsFragment } from '@bc/web/data-access';

export type AttributeForm = FormGroup<{ name: FormControl<string>; value: FormControl<string> }>;
export type LineForm = FormGroup<{
  key: FormControl<string | null>;
  description: FormControl<string>;
  quantity: FormControl<number | null>;
  unit: FormControl<string>;
  attributes: FormArray<AttributeForm>;
}>;
export type RequirementForm = FormGroup<{
  key: FormControl<string | null>;
  text: FormControl<string>;
  kind: FormControl<RequirementKind>;
  weight: FormControl<number | null>;
}>;

type Line = SpecVersionFieldsFragment['lines'][number];
type Requirement = SpecVersionFieldsFragment['requirements'][number];

export function attributeForm(name = '', value = ''): AttributeForm {
  return new FormGroup({
    name: new FormControl(name, { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    value: new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
  });
}

export function lineForm(line?: Line): LineForm {
  return new FormGroup({
    key: new FormControl<string | null>(line?.key ?? null),
    description: new FormControl(line?.description ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(2000)],
    }),
    quantity: new FormControl<number | null>(line ? Number(line.quantity) : 1, [Validators.required, Validators.min(0.001), BcValidators.decimal(11, 3)]),
    unit: new FormControl(line?.unit ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(20)] }),
    attributes: new FormArray((line?.attributes ?? []).map((a) => attributeForm(a.name, a.value))),
  });
}

export function requirementForm(requirement?: Requirement): RequirementForm {
  return new FormGroup({
    key: new FormControl<string | null>(requirement?.key ?? null),
    text: new FormControl(requirement?.text ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(2000)] }),
    kind: new FormControl(requirement?.kind ?? RequirementKind.MUST_HAVE, { nonNullable: true }),
    weight: new FormControl<number | null>(requirement?.weight ?? null, [Validators.min(1), Validators.max(100), Validators.pattern(/^\d+$/)]),
  });
}

/** The editor's content as the API's input for a new version based on `baseVersionId`. */
export function toSaveInput(
  baseVersionId: string | null,
  lines: FormArray<LineForm>,
  requirements: FormArray<RequirementForm>,
  attachmentIds: string[],
  note: string,
): SaveSpecificationInput {
  return {
    baseVersionId,
    note: note.trim() || undefined,
    attachmentIds,
    lines: lines.getRawValue().map((l) => ({
      ...(l.key ? { key: l.key } : {}),
      description: l.description.trim(),
      quantity: String(l.quantity),
      unit: l.unit.trim(),
      attributes: l.attributes.map((a) => ({ name: a.name.trim(), value: a.value.trim() })),
    })),
    requirements: requirements.getRawValue().map((r) => ({
      ...(r.key ? { key: r.key } : {}),
      text: r.text.trim(),
      kind: r.kind,
      ...(r.kind === RequirementKind.NICE_TO_HAVE ? { weight: r.weight ?? 1 } : {}),
    })),
  };
}
