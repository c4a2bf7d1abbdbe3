import { Type, type Static } from '@sinclair/typebox';
import { REGION_LEVELS } from '../kernel/dictionaries.js';
import { RegionCode, StringEnum } from './common.js';

export const RegionLevelSchema = StringEnum(REGION_LEVELS);

export const Region = Type.Object({
  code: Type.String(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  level: RegionLevelSchema,
  population: Type.Union([Type.Integer(), Type.Null()]),
  hasChildren: Type.Boolean(),
});
export type Region = Static<typeof Region>;

export const RegionChildrenQuery = Type.Object({
  parent: Type.Optional(RegionCode),
}, { additionalProperties: false });

export const RegionSearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 50 }),
}, { additionalProperties: false });

export const CreateGridBody = Type.Object({
  parentCode: RegionCode,
  name: Type.String({ minLength: 1, maxLength: 60 }),
  population: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
}, { additionalProperties: false });
export type CreateGridBody = Static<typeof CreateGridBody>;

export const UpdateGridBody = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  population: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()])),
}, { additionalProperties: false });
export type UpdateGridBody = Static<typeof UpdateGridBody>;
