import { Type, type Static } from '@sinclair/typebox';
import { ORG_GRADES, ORG_STATUSES, ORG_TYPES, SERVICE_DOMAINS } from '../kernel/dictionaries.js';
import { IsoDate, PageQuery, RegionCode, StringEnum } from './common.js';

export const OrgTypeSchema = StringEnum(ORG_TYPES);
export const ServiceDomainSchema = StringEnum(SERVICE_DOMAINS);
export const OrgGradeSchema = StringEnum(ORG_GRADES);
export const OrgStatusSchema = StringEnum(ORG_STATUSES);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** Fields a user writes when registering or editing an organisation. */
export const OrganisationInput = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 100 }),
  creditCode: Type.Optional(Nullable(Type.String({ maxLength: 40, description: '统一社会信用代码; may be blank only for 社区社会组织(备案)' }))),
  type: OrgTypeSchema,
  serviceDomains: Type.Optional(Type.Array(ServiceDomainSchema, { uniqueItems: true, maxItems: 20 })),
  isHub: Type.Optional(Type.Boolean()),
  isBrand: Type.Optional(Type.Boolean()),
  registrationRegionCode: RegionCode,
  operatingRegionCode: RegionCode,
  legalRepresentative: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
  address: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  foundedOn: Type.Optional(Nullable(IsoDate)),
  grade: Type.Optional(Nullable(OrgGradeSchema)),
  gradeValidUntil: Type.Optional(Nullable(IsoDate)),
}, { additionalProperties: false });
export type OrganisationInput = Static<typeof OrganisationInput>;

// No `default`s anywhere in these schemas: ajv would fill them into a PATCH body and wipe stored values.
export const OrganisationPatch = Type.Partial(OrganisationInput, { additionalProperties: false });
export type OrganisationPatch = Static<typeof OrganisationPatch>;

export const Organisation = Type.Object({
  id: Type.String(),
  name: Type.String(),
  creditCode: Nullable(Type.String()),
  type: OrgTypeSchema,
  serviceDomains: Type.Array(ServiceDomainSchema),
  isHub: Type.Boolean(),
  isBrand: Type.Boolean(),
  registrationRegionCode: Type.String(),
  registrationRegionName: Type.String(),
  operatingRegionCode: Type.String(),
  operatingRegionName: Type.String(),
  legalRepresentative: Nullable(Type.String()),
  phone: Nullable(Type.String({ description: 'masked (138****1234) unless fetched through /pii' })),
  address: Nullable(Type.String()),
  foundedOn: Nullable(Type.String()),
  grade: Nullable(OrgGradeSchema),
  gradeValidUntil: Nullable(Type.String()),
  status: OrgStatusSchema,
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Organisation = Static<typeof Organisation>;

export const OrganisationListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'name (simplified or traditional), credit code or phone' })),
  regionCode: Type.Optional(RegionCode),
  type: Type.Optional(OrgTypeSchema),
  status: Type.Optional(OrgStatusSchema),
  domain: Type.Optional(ServiceDomainSchema),
  ...PageQuery,
}, { additionalProperties: false });
export type OrganisationListQuery = Static<typeof OrganisationListQuery>;

export const ImportQuery = Type.Object({
  mode: Type.Optional(Type.Union([Type.Literal('preview'), Type.Literal('all'), Type.Literal('validOnly')], { default: 'preview' })),
  updateExisting: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type ImportQuery = Static<typeof ImportQuery>;

export const ImportRowResult = Type.Object({
  row: Type.Integer({ description: 'spreadsheet row number (1-based, as Excel shows it)' }),
  name: Type.String(),
  creditCode: Nullable(Type.String()),
  action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('error')]),
  errors: Type.Array(Type.Object({ column: Type.String(), message: Type.String() })),
});

export const ImportResult = Type.Object({
  committed: Type.Boolean(),
  total: Type.Integer(),
  valid: Type.Integer(),
  invalid: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  rows: Type.Array(ImportRowResult),
  messages: Type.Array(Type.String({ description: 'zh-CN lines such as 第12行: 统一社会信用代码校验位错误' })),
});
export type ImportResult = Static<typeof ImportResult>;

export const PiiField = Type.Object({ value: Nullable(Type.String()) });
