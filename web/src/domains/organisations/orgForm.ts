import dayjs, { type Dayjs } from 'dayjs';
import type { Organisation, OrganisationInput, OrganisationPatch } from '@wushe/common';
import type { Locale } from '../../platform/i18n';
import {
  checkCreditCode, describeCreditCodeProblem, describeCreditCodeProblemEn, isValidPhone, normaliseCreditCode, normalisePhone,
  ORG_TYPES_WITHOUT_CODE, type OrgGrade, type OrgType, type ServiceDomain,
} from '../../platform/kernel';

/** What the form holds: dates as dayjs for the pickers, optional text as possibly-empty strings. */
export interface OrgFormValues {
  name: string;
  creditCode?: string;
  type?: OrgType;
  serviceDomains: ServiceDomain[];
  isHub: boolean;
  isBrand: boolean;
  registrationRegionCode?: string;
  operatingRegionCode?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
  foundedOn?: Dayjs | null;
  grade?: OrgGrade | null;
  gradeValidUntil?: Dayjs | null;
}

/** Every field of OrganisationInput; the API's field errors are matched against these names. */
export const ORG_FIELDS = [
  'name', 'creditCode', 'type', 'serviceDomains', 'isHub', 'isBrand', 'registrationRegionCode', 'operatingRegionCode',
  'legalRepresentative', 'phone', 'address', 'foundedOn', 'grade', 'gradeValidUntil',
] as const satisfies readonly (keyof OrganisationInput)[];

const text = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);
const date = (v: Dayjs | null | undefined): string | null => (v ? v.format('YYYY-MM-DD') : null);

export const EMPTY_ORG_FORM: Partial<OrgFormValues> = { serviceDomains: [], isHub: false, isBrand: false, grade: null };

/** Loads an organisation into the form. The phone stays empty: the masked value must never be saved back. */
export function toFormValues(org: Organisation): OrgFormValues {
  return {
    name: org.name,
    creditCode: org.creditCode ?? undefined,
    type: org.type,
    serviceDomains: org.serviceDomains,
    isHub: org.isHub,
    isBrand: org.isBrand,
    registrationRegionCode: org.registrationRegionCode,
    operatingRegionCode: org.operatingRegionCode,
    legalRepresentative: org.legalRepresentative ?? undefined,
    phone: undefined,
    address: org.address ?? undefined,
    foundedOn: org.foundedOn ? dayjs(org.foundedOn) : null,
    grade: org.grade,
    gradeValidUntil: org.gradeValidUntil ? dayjs(org.gradeValidUntil) : null,
  };
}

/** The body of POST /organisations (required fields were checked by the form rules). */
export function toInput(v: OrgFormValues): OrganisationInput {
  return {
    name: v.name.trim(),
    creditCode: v.creditCode ? normaliseCreditCode(v.creditCode) || null : null,
    type: v.type!,
    serviceDomains: v.serviceDomains ?? [],
    isHub: !!v.isHub,
    isBrand: !!v.isBrand,
    registrationRegionCode: v.registrationRegionCode!,
    operatingRegionCode: v.operatingRegionCode!,
    legalRepresentative: text(v.legalRepresentative),
    phone: text(v.phone),
    address: text(v.address),
    foundedOn: date(v.foundedOn),
    grade: v.grade ?? null,
    gradeValidUntil: v.grade ? date(v.gradeValidUntil) : null,
  };
}

/** The PATCH body: everything on the form, except an untouched (empty) phone, which keeps the stored number. */
export function toPatch(v: OrgFormValues, version: number): OrganisationPatch & { version: number } {
  const { phone, ...rest } = toInput(v);
  return phone ? { ...rest, phone, version } : { ...rest, version };
}

/**
 * The same credit-code rules the server applies (shared kernel), so the exact character is named while typing.
 * Returns an error message or null.
 */
export function creditCodeProblem(raw: string | undefined, type: OrgType | undefined, locale: Locale, requiredMsg: string): string | null {
  const code = raw ? normaliseCreditCode(raw) : '';
  if (!code) return type && !ORG_TYPES_WITHOUT_CODE.includes(type) ? requiredMsg : null;
  const p = checkCreditCode(code);
  if (!p) return null;
  return locale === 'zh-CN' ? describeCreditCodeProblem(p) : describeCreditCodeProblemEn(p);
}

/** True when the phone is empty or looks like a mainland mobile or landline. */
export function isAcceptablePhone(raw: string | undefined): boolean {
  return !raw || !raw.trim() || isValidPhone(normalisePhone(raw));
}
