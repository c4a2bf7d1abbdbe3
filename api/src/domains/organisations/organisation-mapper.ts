import { maskPhone, newId, type Organisation, type OrganisationInput, type OrgGrade, type OrgStatus, type OrgType, type ServiceDomain } from '@wushe/common';
import type { PiiCipher } from '../../platform/crypto/pii.js';
import { foldForSearch } from '../../platform/text.js';
import type { OrganisationInsert, OrganisationWithNames } from './organisations.repository.js';

/** Row → API shape. The phone is always the masked copy; the plain value needs /pii and pii:view. */
export function toOrganisation({ org, registrationRegionName, operatingRegionName }: OrganisationWithNames): Organisation {
  return {
    id: org.id, name: org.name, creditCode: org.creditCode, type: org.type as OrgType,
    serviceDomains: org.serviceDomains as ServiceDomain[], isHub: org.isHub, isBrand: org.isBrand,
    registrationRegionCode: org.registrationRegionCode, registrationRegionName: registrationRegionName ?? org.registrationRegionCode,
    operatingRegionCode: org.operatingRegionCode, operatingRegionName: operatingRegionName ?? org.operatingRegionCode,
    legalRepresentative: org.legalRepresentative, phone: org.phoneMasked, address: org.address, foundedOn: org.foundedOn,
    grade: org.grade as OrgGrade | null, gradeValidUntil: org.gradeValidUntil, status: org.status as OrgStatus,
    version: org.version, createdAt: org.createdAt.toISOString(), updatedAt: org.updatedAt.toISOString(),
  };
}

/** The encrypted, indexed and masked forms of a phone number (all null when there is none). */
export function phoneColumns(cipher: PiiCipher, phone: string | null): Pick<OrganisationInsert, 'phoneEnc' | 'phoneHash' | 'phoneMasked'> {
  if (!phone) return { phoneEnc: null, phoneHash: null, phoneMasked: null };
  return { phoneEnc: cipher.encrypt(phone), phoneHash: cipher.blindIndex(phone), phoneMasked: maskPhone(phone) };
}

/** The searchable form of a name. */
export function nameSearchOf(name: string): string {
  return foldForSearch(name);
}

/** What an audit diff may show of a record: personal data only masked. */
export function auditView(o: Partial<OrganisationInsert>): Record<string, unknown> {
  const { phoneEnc: _e, phoneHash: _h, nameSearch: _n, phoneMasked, ...rest } = o;
  return { ...rest, ...(phoneMasked !== undefined ? { phone: phoneMasked } : {}) };
}

/** Only the fields that changed, before and after. */
export function diffOf(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of Object.keys(after)) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      b[k] = before[k] ?? null;
      a[k] = after[k] ?? null;
    }
  }
  return { before: b, after: a };
}

/** What a new register row needs beyond the user's input: normalised values, resolved paths, who and when. */
export interface NewRowFacts {
  name: string;
  creditCode: string | null;
  phone: string | null;
  registrationRegionPath: string;
  operatingRegionPath: string;
  createdBy: string | null;
  now: Date;
  id?: string;
}

/** The one way a register row is built: search name, encrypted phone, paths, active, version 1. */
export function newOrganisationRow(cipher: PiiCipher, input: Omit<OrganisationInput, 'phone'> & { phone?: unknown }, f: NewRowFacts): OrganisationInsert {
  const { phone: _typed, ...fields } = input;
  return {
    ...fields, serviceDomains: fields.serviceDomains ?? [], isHub: fields.isHub ?? false, isBrand: fields.isBrand ?? false,
    id: f.id ?? newId(f.now.getTime()), name: f.name, nameSearch: nameSearchOf(f.name), creditCode: f.creditCode, ...phoneColumns(cipher, f.phone),
    registrationRegionPath: f.registrationRegionPath, operatingRegionPath: f.operatingRegionPath, status: 'active',
    createdBy: f.createdBy, createdAt: f.now, updatedAt: f.now, version: 1,
  };
}
