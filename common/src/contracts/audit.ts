import { Type, type Static } from '@sinclair/typebox';
import { PageQuery, IsoDate } from './common.js';

export const AuditEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.Union([Type.String(), Type.Null()]),
  entityId: Type.Union([Type.String(), Type.Null()]),
  summary: Type.Union([Type.String(), Type.Null()]),
  diff: Type.Unknown(),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditListQuery = Type.Object({
  actor: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 64 })),
  entityType: Type.Optional(Type.String({ maxLength: 64 })),
  from: Type.Optional(IsoDate),
  to: Type.Optional(IsoDate),
  ...PageQuery,
}, { additionalProperties: false });
export type AuditListQuery = Static<typeof AuditListQuery>;
