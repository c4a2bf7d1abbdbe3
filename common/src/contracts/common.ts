import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** RFC 9457 problem JSON with our stable code and field errors. */
export const Problem = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String(),
  requestId: Type.Optional(Type.String()),
  errors: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
}, { $id: 'Problem' });
export type Problem = Static<typeof Problem>;

export const Uuid = Type.String({ format: 'uuid' });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
export const RegionCode = Type.String({ pattern: '^[0-9]{12}(G[0-9]{2,3}(M[0-9]{2,3})?)?$', description: '12-digit statistical code; grids append G01, micro-grids M01' });

export const PageQuery = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};

/** A page of items with the total the actor may see. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
}

export const Ok = Type.Object({ ok: Type.Literal(true) });

/** A closed set of strings as a JSON-Schema enum, typed as the union of its values. */
export function StringEnum<T extends readonly string[]>(values: T, options: { description?: string; default?: T[number] } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** A file download (xlsx, csv, pdf). */
export const Binary = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });
