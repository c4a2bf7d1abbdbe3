import { Type, type Static } from '@sinclair/typebox';
import { IsoDate, PageQuery, RegionCode, StringEnum, Uuid } from './common.js';

export const REGISTRY_FIELDS = ['name', 'code', 'legalRep', 'phone', 'address', 'founded', 'type', 'industry', 'party'] as const;
export const REGISTRY_LEDGERS = ['enterprise', 'social_organisation', 'park', 'commercial_building'] as const;
export const PARTY_COVERAGES = ['own_branch', 'joint_branch', 'none', 'unknown'] as const;
export const VERIFICATION_STATES = ['unverified', 'verified', 'conflict', 'not_found'] as const;

const Field = StringEnum(REGISTRY_FIELDS);

/** An uploaded department file: base64 content, the department it came from, header fixes (remembered). */
export const RegistryImportInput = Type.Object({
  fileName: Type.String({ minLength: 1, maxLength: 200 }),
  department: Type.String({ minLength: 1, maxLength: 60 }),
  contentBase64: Type.String({ minLength: 1, maxLength: 20_000_000 }),
  /** header text → field (or null to ignore the column); saved for the department. */
  mapping: Type.Optional(Type.Record(Type.String({ maxLength: 60 }), Type.Union([Field, Type.Null()]))),
}, { additionalProperties: false });
export type RegistryImportInput = Static<typeof RegistryImportInput>;

export const RegistryColumn = Type.Object({ header: Type.String(), field: Type.Union([Field, Type.Null()]), samples: Type.Array(Type.String()) });

export const RegistryImportPreview = Type.Object({
  sheet: Type.String(),
  encoding: Type.String(),
  headerRow: Type.Integer(),
  rows: Type.Integer(),
  columns: Type.Array(RegistryColumn),
  unknown: Type.Array(Type.String()),
  problems: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), message: Type.String() })),
});
export type RegistryImportPreview = Static<typeof RegistryImportPreview>;

export const RegistryImportReport = Type.Object({
  importId: Uuid,
  rows: Type.Integer(),
  newEntities: Type.Integer(),
  changedEntities: Type.Integer(),
  goneEntities: Type.Integer(),
  reviewQueue: Type.Integer(),
  entities: Type.Integer(),
});
export type RegistryImportReport = Static<typeof RegistryImportReport>;

export const RegistryFieldSource = Type.Object({ value: Type.String(), department: Type.String(), sourceRowId: Type.Union([Uuid, Type.Null()]) });

export const RegistryEntity = Type.Object({
  id: Uuid,
  name: Type.String(),
  creditCode: Type.Union([Type.String(), Type.Null()]),
  legalRepresentative: Type.Union([Type.String(), Type.Null()]),
  phoneMasked: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  foundedOn: Type.Union([IsoDate, Type.Null()]),
  kind: Type.String(),
  ledger: StringEnum(REGISTRY_LEDGERS),
  committee: Type.String(),
  regionCode: Type.String(),
  regionName: Type.String(),
  partyCoverage: StringEnum(PARTY_COVERAGES),
  verification: StringEnum(VERIFICATION_STATES),
  sources: Type.Integer(),
  conflictFields: Type.Array(Type.String()),
  status: Type.String(),
  version: Type.Integer(),
});
export type RegistryEntity = Static<typeof RegistryEntity>;

export const RegistrySourceRow = Type.Object({
  id: Uuid, department: Type.String(), fileName: Type.String(), rowNo: Type.Integer(), importedAt: Type.String(), current: Type.Boolean(),
  /** Mapped cells as they came; the phone masked. */
  cells: Type.Record(Type.String(), Type.String()),
});

export const RegistryEntityDetail = Type.Composite([RegistryEntity, Type.Object({
  provenance: Type.Record(Type.String(), RegistryFieldSource),
  conflicts: Type.Record(Type.String(), Type.Array(RegistryFieldSource)),
  rows: Type.Array(RegistrySourceRow),
})]);
export type RegistryEntityDetail = Static<typeof RegistryEntityDetail>;

export const RegistryListQuery = Type.Object({
  ...PageQuery,
  ledger: Type.Optional(StringEnum(REGISTRY_LEDGERS)),
  verification: Type.Optional(StringEnum(VERIFICATION_STATES)),
  q: Type.Optional(Type.String({ maxLength: 60 })),
  /** Only entries placed in this region or below (a banner, a street). */
  regionCode: Type.Optional(RegionCode),
  /** Only entries that need a check: not yet verified, or sources disagree. */
  pending: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type RegistryListQuery = Static<typeof RegistryListQuery>;

export const RegistryEntityPatch = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  ledger: Type.Optional(StringEnum(REGISTRY_LEDGERS)),
  committee: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  regionCode: Type.Optional(RegionCode),
  partyCoverage: Type.Optional(StringEnum(PARTY_COVERAGES)),
  /** Hand corrections of the fields; they win over every department until changed by hand again. */
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
  creditCode: Type.Optional(Type.String({ minLength: 18, maxLength: 18 })),
  legalRepresentative: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  phone: Type.Optional(Type.String({ minLength: 5, maxLength: 40 })),
  address: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
  foundedOn: Type.Optional(IsoDate),
  /** Why (kept in the field's provenance and the audit log). */
  reason: Type.String({ minLength: 2, maxLength: 200 }),
}, { additionalProperties: false });
export type RegistryEntityPatch = Static<typeof RegistryEntityPatch>;

export const RegistryEvidence = Type.Object({ field: Type.String(), level: Type.String(), weight: Type.Number() });
export const RegistryReviewItem = Type.Object({
  id: Uuid, score: Type.Number(), status: Type.String(), evidence: Type.Array(RegistryEvidence),
  a: Type.Object({ entityId: Uuid, name: Type.String(), rowName: Type.String(), department: Type.String() }),
  b: Type.Object({ entityId: Uuid, name: Type.String(), rowName: Type.String(), department: Type.String() }),
});
export type RegistryReviewItem = Static<typeof RegistryReviewItem>;

export const RegistryReviewDecision = Type.Object({ decision: StringEnum(['confirm', 'reject'] as const) }, { additionalProperties: false });
export const RegistrySplitInput = Type.Object({ sourceRowIds: Type.Array(Uuid, { minItems: 1, maxItems: 500 }), version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const RegistryTaskInput = Type.Object({
  entityId: Uuid,
  method: StringEnum(['phone', 'visit', 'site'] as const),
  assigneeId: Uuid,
  dueOn: IsoDate,
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });
export type RegistryTaskInput = Static<typeof RegistryTaskInput>;

/** Tasks for every entry a list filter selects (e.g. all pending in one street), skipping those with an open task. */
export const RegistryBulkTaskInput = Type.Object({
  filter: Type.Object({
    ledger: Type.Optional(StringEnum(REGISTRY_LEDGERS)),
    verification: Type.Optional(StringEnum(VERIFICATION_STATES)),
    q: Type.Optional(Type.String({ maxLength: 60 })),
    regionCode: Type.Optional(RegionCode),
    pending: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false }),
  method: StringEnum(['phone', 'visit', 'site'] as const),
  assigneeId: Uuid,
  dueOn: IsoDate,
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });
export type RegistryBulkTaskInput = Static<typeof RegistryBulkTaskInput>;
export const RegistryBulkTaskReport = Type.Object({ created: Type.Integer(), skipped: Type.Integer() });
export type RegistryBulkTaskReport = Static<typeof RegistryBulkTaskReport>;

/** Street staff who may be given a task, with the region they cover. */
export const RegistryAssignee = Type.Object({ id: Uuid, displayName: Type.String(), regionCode: Type.String(), regionName: Type.String() });
export type RegistryAssignee = Static<typeof RegistryAssignee>;

/** A city's rules: industry → party committee (管行业管党建) and the source trust tiers. */
export const RegistryCommitteeRule = Type.Object({
  keywords: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { minItems: 1, maxItems: 40 }),
  committee: Type.String({ minLength: 2, maxLength: 60 }),
}, { additionalProperties: false });
export const RegistrySettingsInput = Type.Object({
  committeeRules: Type.Array(RegistryCommitteeRule, { maxItems: 100 }),
  socialCommittee: Type.String({ minLength: 2, maxLength: 60 }),
  defaultCommittee: Type.String({ minLength: 2, maxLength: 60 }),
  /** Tiers, most trusted first; a department whose name contains a word of a tier ranks there. */
  trustOrder: Type.Array(Type.Array(Type.String({ minLength: 1, maxLength: 30 }), { minItems: 1, maxItems: 20 }), { maxItems: 10 }),
  version: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false });
export type RegistrySettingsInput = Static<typeof RegistrySettingsInput>;
export const RegistrySettings = Type.Composite([RegistrySettingsInput, Type.Object({
  cityCode: Type.String(), cityName: Type.String(), isDefault: Type.Boolean(),
  /** After a save: entries in the city whose assignment or fields the new rules changed. */
  changedEntities: Type.Optional(Type.Integer()),
})]);
export type RegistrySettings = Static<typeof RegistrySettings>;

export const RegistryTaskResult = Type.Object({
  outcome: StringEnum(['confirmed', 'corrected', 'not_found'] as const),
  phone: Type.Optional(Type.String({ maxLength: 40 })),
  address: Type.Optional(Type.String({ maxLength: 200 })),
  legalRepresentative: Type.Optional(Type.String({ maxLength: 40 })),
  partyCoverage: Type.Optional(StringEnum(PARTY_COVERAGES)),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });
export type RegistryTaskResult = Static<typeof RegistryTaskResult>;

export const RegistryTask = Type.Object({
  id: Uuid, entityId: Uuid, entityName: Type.String(), method: Type.String(), assigneeId: Uuid, status: Type.String(),
  note: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String(), doneAt: Type.Union([Type.String(), Type.Null()]),
  dueOn: Type.Union([IsoDate, Type.Null()]), assigneeName: Type.String(),
});
export type RegistryTask = Static<typeof RegistryTask>;
