import { AwardScenarioFieldsFragment } from '@bc/web/data-access';
import { emptyForm, formOf, inputOf, newRule, nextGroupKey, nextRowId, ScenarioForm, withoutGroup } from './scenario-form';

type SavedRule = AwardScenarioFieldsFragment['rules'][number];
const rule = (r: Partial<SavedRule>): SavedRule => ({
  id: 'r',
  kind: 'CAPACITY',
  basis: null,
  count: null,
  invitationIds: null,
  lineGroupKey: null,
  lineGroupKeys: null,
  lineKeys: null,
  maxPercent: null,
  minPercent: null,
  minScore: null,
  description: 'in English',
  ...r,
});
const saved = (rules: SavedRule[], extra: Partial<AwardScenarioFieldsFragment> = {}): AwardScenarioFieldsFragment =>
  ({
    id: 's1',
    rfqId: 'rfq',
    kind: 'CUSTOM',
    builtIn: false,
    name: 'Dual source',
    objective: 'MIN_COST',
    budget: null,
    status: 'OPTIMAL',
    stale: false,
    solvedAt: null,
    createdByName: 'Buyer',
    lineGroups: [],
    rules,
    result: null,
    ...extra,
  }) as AwardScenarioFieldsFragment;

describe('the scenario form from a saved scenario', () => {
  it('fills the quick fields with the simple rules and keeps every other rule as a row, in order', () => {
    const form = formOf(
      saved(
        [
          rule({ kind: 'MAX_SUPPLIERS', count: 3 }),
          rule({ kind: 'SHARE', basis: 'VALUE', maxPercent: 60 }),
          rule({ kind: 'SHARE', basis: 'QUANTITY', minPercent: 20, invitationIds: ['inv-a'], lineGroupKey: 'lot-1' }),
          rule({ kind: 'MIN_TECHNICAL', minScore: 55 }),
          rule({ kind: 'INCUMBENT_RETENTION', basis: 'QUANTITY', minPercent: 30 }),
          rule({ kind: 'WHOLE_LINES', lineKeys: ['L2'] }),
          rule({ kind: 'LOTS_TOGETHER', lineGroupKeys: ['lot-1'] }),
          rule({ kind: 'EXCLUDE_SUPPLIERS', invitationIds: ['inv-b'] }),
          rule({ kind: 'MUST_HAVES_REQUIRED' }),
        ],
        { objective: 'MAX_SCORE', budget: '90000.00', lineGroups: [{ key: 'lot-1', name: 'Housings', lineKeys: ['L1', 'L2'] }] },
      ),
    );
    expect(form).toMatchObject({ name: 'Dual source', objective: 'MAX_SCORE', budget: '90000.00', groups: [{ key: 'lot-1', name: 'Housings', lineKeys: ['L1', 'L2'] }] });
    expect(form.quick).toEqual({
      maxSuppliers: '3',
      minSuppliers: '',
      maxShare: '60',
      minReliability: '',
      incumbent: '',
      mustHaves: true,
      wholeLines: false,
      capacity: false,
      exclude: ['inv-b'],
    });
    expect(form.rules.map((r) => r.kind)).toEqual(['SHARE', 'MIN_TECHNICAL', 'INCUMBENT_RETENTION', 'WHOLE_LINES', 'LOTS_TOGETHER']);
    expect(form.rules[0]).toMatchObject({ basis: 'QUANTITY', minPercent: '20', maxPercent: '', invitationIds: ['inv-a'], lineGroupKey: 'lot-1' });
    expect(form.rules[1].minScore).toBe('55');
    expect(form.rules[3].lineKeys).toEqual(['L2']);
  });

  it('keeps a second rule of a quick kind as a row, so nothing saved is lost', () => {
    const form = formOf(saved([rule({ kind: 'MAX_SUPPLIERS', count: 3 }), rule({ kind: 'MAX_SUPPLIERS', count: 2 }), rule({ kind: 'CAPACITY' })]));
    expect(form.quick.maxSuppliers).toBe('3');
    expect(form.quick.capacity).toBe(true);
    expect(form.rules).toMatchObject([{ kind: 'MAX_SUPPLIERS', count: '2' }]);
  });

  it('sends back what it was filled with', () => {
    const rules = [
      rule({ kind: 'MIN_SUPPLIERS', count: 2 }),
      rule({ kind: 'CAPACITY' }),
      rule({ kind: 'SHARE', basis: 'QUANTITY', minPercent: 20, maxPercent: 50, invitationIds: ['inv-a'], lineGroupKey: 'lot-1' }),
      rule({ kind: 'LOTS_TOGETHER' }),
    ];
    const { input } = inputOf(formOf(saved(rules, { lineGroups: [{ key: 'lot-1', name: 'Housings', lineKeys: ['L1'] }] })));
    expect(input.rules).toEqual([
      { kind: 'MIN_SUPPLIERS', count: 2 },
      { kind: 'CAPACITY' },
      { kind: 'SHARE', basis: 'QUANTITY', minPercent: 20, maxPercent: 50, invitationIds: ['inv-a'], lineGroupKey: 'lot-1' },
      { kind: 'LOTS_TOGETHER' },
    ]);
    expect(input.lineGroups).toEqual([{ key: 'lot-1', name: 'Housings', lineKeys: ['L1'] }]);
  });
});

describe('the scenario input from the form', () => {
  it('sends the quick rules first, then each row with only its kind’s fields, and says where each came from', () => {
    const form: ScenarioForm = {
      ...emptyForm(),
      name: '  Lot A dual  ',
      budget: '1000',
      quick: { ...emptyForm().quick, maxShare: '60', minReliability: 70 },
      groups: [{ key: 'lot-1', name: ' Lot A ', lineKeys: ['L1'] }],
      rules: [
        { ...newRule(4, 'SHARE'), basis: 'QUANTITY', minPercent: '20,5', invitationIds: ['inv-a'], lineGroupKey: 'lot-1', count: '9', lineKeys: ['L1'] },
        { ...newRule(7, 'MIN_TECHNICAL'), minScore: '60' },
        newRule(8, 'WHOLE_LINES'),
      ],
    };
    const { input, sources } = inputOf(form);
    expect(input).toEqual({
      name: 'Lot A dual',
      objective: 'MIN_COST',
      budget: null,
      lineGroups: [{ key: 'lot-1', name: 'Lot A', lineKeys: ['L1'] }],
      rules: [
        { kind: 'SHARE', basis: 'VALUE', maxPercent: 60 },
        { kind: 'MIN_RELIABILITY', minScore: 70 },
        { kind: 'CAPACITY' },
        { kind: 'SHARE', basis: 'QUANTITY', minPercent: 20.5, maxPercent: null, invitationIds: ['inv-a'], lineGroupKey: 'lot-1' },
        { kind: 'MIN_TECHNICAL', minScore: 60 },
        { kind: 'WHOLE_LINES' },
      ],
    });
    expect(sources).toEqual([{ quick: 'maxShare' }, { quick: 'minReliability' }, { quick: 'capacity' }, { row: 4 }, { row: 7 }, { row: 8 }]);
  });

  it('sends the budget only with the best-score objective', () => {
    expect(inputOf({ ...emptyForm(), name: 'x', objective: 'MAX_SCORE', budget: ' 12500,50 ' }).input.budget).toBe('12500.50');
  });

  it('sends a share over all lines without a lot, and a removed lot leaves no rule naming it', () => {
    const form: ScenarioForm = {
      ...emptyForm(),
      name: 'x',
      quick: { ...emptyForm().quick, capacity: false },
      groups: [
        { key: 'lot-1', name: 'A', lineKeys: ['L1'] },
        { key: 'lot-2', name: 'B', lineKeys: ['L2'] },
      ],
      rules: [{ ...newRule(1, 'SHARE'), maxPercent: '50', lineGroupKey: 'lot-1' }, { ...newRule(2, 'LOTS_TOGETHER'), lineGroupKeys: ['lot-1', 'lot-2'] }],
    };
    expect(inputOf({ ...form, rules: [newRule(1, 'SHARE')] }).input.rules).toEqual([{ kind: 'SHARE', basis: 'VALUE', minPercent: null, maxPercent: null, lineGroupKey: null }]);
    const { input } = inputOf(withoutGroup(form, 'lot-1'));
    expect(input.lineGroups).toEqual([{ key: 'lot-2', name: 'B', lineKeys: ['L2'] }]);
    expect(input.rules).toEqual([
      { kind: 'SHARE', basis: 'VALUE', minPercent: null, maxPercent: 50, lineGroupKey: null },
      { kind: 'LOTS_TOGETHER', lineGroupKeys: ['lot-2'] },
    ]);
  });

  it('gives new lots and rows keys no other has', () => {
    expect(nextGroupKey([{ key: 'lot-1', name: '', lineKeys: [] }, { key: 'lot-3', name: '', lineKeys: [] }])).toBe('lot-2');
    expect(nextRowId([newRule(2, 'SHARE'), newRule(5, 'SHARE')])).toBe(6);
  });
});
