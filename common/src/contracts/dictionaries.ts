import { Type } from '@sinclair/typebox';

const Entry = Type.Object({ value: Type.String(), zh: Type.String(), en: Type.String() });
export const Dictionaries = Type.Object({
  orgTypes: Type.Array(Entry),
  serviceDomains: Type.Array(Entry),
  orgStatuses: Type.Array(Entry),
  orgGrades: Type.Array(Entry),
  regionLevels: Type.Array(Entry),
});
