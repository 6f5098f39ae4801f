/** Identity fields read from an MRZ, for filling what the operator did not type. */
export interface MrzIdentity {
  surname: string;
  givenNames: string;
  birthDate: string | null;
  nationality: string | null;
}

/** Reads name, birth date and nationality from MRZ lines; null when the lines do not parse. */
export function readMrzIdentity(lines: string[], today: string): MrzIdentity | null {
  void lines;
  void today;
  // TODO: wire to the idDocument MRZ parser once it lands.
  return null;
}
