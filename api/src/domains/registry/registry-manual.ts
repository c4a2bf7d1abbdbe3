/**
 * Hand corrections (人工更正): what a person set on an entry wins over every department file and every rule until a
 * person changes it again. Kept in the entry's `manual` column; the phone only encrypted, like everywhere else.
 */
import { foldForSearch } from '../../platform/text.js';
import type * as repo from './registry.repository.js';

export interface Manual {
  ledger?: string;
  committee?: string;
  regionCode?: string;
  name?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phoneEnc?: string;
  phoneMasked?: string;
  address?: string;
  foundedOn?: string;
}

/** The register column of each hand-correctable field, and its key in the provenance (the engine's field names). */
export const MANUAL_FIELDS = [
  ['name', 'name'], ['creditCode', 'code'], ['legalRepresentative', 'legalRep'], ['phoneEnc', 'phone'], ['address', 'address'], ['foundedOn', 'founded'],
] as const;

/** Provenance keys of the fields corrected by hand (their conflicts no longer call for a check). */
export function manualSources(m: Manual): Set<string> {
  return new Set(MANUAL_FIELDS.filter(([col]) => m[col] !== undefined).map(([, key]) => key));
}

/** Lays the hand corrections over an entry the reconciliation computed. */
export function applyManual(row: repo.EntityInsert, m: Manual): void {
  if (m.name !== undefined) { row.name = m.name; row.nameSearch = foldForSearch(m.name); }
  if (m.creditCode !== undefined) row.creditCode = m.creditCode;
  if (m.legalRepresentative !== undefined) row.legalRepresentative = m.legalRepresentative;
  if (m.phoneEnc !== undefined) { row.phoneEnc = m.phoneEnc; row.phoneMasked = m.phoneMasked ?? null; }
  if (m.address !== undefined) row.address = m.address;
  if (m.foundedOn !== undefined) row.foundedOn = m.foundedOn;
}

/** How a hand correction is named in the provenance: who, when and why. */
export function correctionSource(displayName: string, day: string, reason: string): string {
  return `人工更正（${displayName}，${day}：${reason}）`;
}
