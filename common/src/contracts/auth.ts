import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from './common.js';
import { DATA_SCOPES, PERMISSIONS, ROLE_KEYS } from '../kernel/permissions.js';

export const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 128 }),
}, { additionalProperties: false });
export type LoginBody = Static<typeof LoginBody>;

export const ChangePasswordBody = Type.Object({
  oldPassword: Type.String({ minLength: 1, maxLength: 128 }),
  newPassword: Type.String({ minLength: 1, maxLength: 128 }),
}, { additionalProperties: false });
export type ChangePasswordBody = Static<typeof ChangePasswordBody>;

export const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(ROLE_KEYS),
  roleName: Type.String(),
  dataScope: StringEnum(DATA_SCOPES),
  permissions: Type.Array(StringEnum(PERMISSIONS)),
  regionCode: Type.Union([Type.String(), Type.Null()]),
  regionName: Type.Union([Type.String(), Type.Null()]),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean(),
  csrfToken: Type.String({ description: 'send back as the x-csrf-token header on every write' }),
});
export type Me = Static<typeof Me>;
