/** One organisation of the generated population (the truth behind the department files). */
export interface Entity {
  id: number;
  kind: 'enterprise' | 'social' | 'park' | 'building';
  trade: string;
  industry: string;
  form: string;
  county: string;
  town: string;
  countyName: string;
  townName: string;
  road: string;
  rep: string;
  oldRep?: string;
  phone: string;
  /** An office landline (local number, area code 0477), written by some departments instead of the mobile. */
  landline?: string;
  code: string;
  founded: string;
  oldName?: string;
  branchOf?: Entity;
  branchQualifier?: string;
  otherAddress?: string;
}
