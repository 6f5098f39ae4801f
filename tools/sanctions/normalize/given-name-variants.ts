/**
 * Short forms of given names, each with the full names it stands for. Only
 * forms in wide use are listed: a diminutive that is also a common name in
 * its own right would create matches of its own.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  BEN: ["BENJAMIN"], BIBI: ["BENJAMIN"], TED: ["THEODORE", "EDWARD"], TEDDY: ["THEODORE", "EDWARD"],
  BILL: ["WILLIAM"], BILLY: ["WILLIAM"], WILL: ["WILLIAM"], BOB: ["ROBERT"], BOBBY: ["ROBERT"], ROB: ["ROBERT"],
  JIM: ["JAMES"], JIMMY: ["JAMES"], MIKE: ["MICHAEL"], MICK: ["MICHAEL"], DICK: ["RICHARD"], RICK: ["RICHARD"],
  TOM: ["THOMAS"], TOMMY: ["THOMAS"], TONY: ["ANTHONY", "ANTONIO"], BARRY: ["BARACK", "BARRINGTON"], JOE: ["JOSEPH"],
  ALEX: ["ALEXANDER", "ALEKSANDR", "ALEXANDRE", "ALEJANDRO"], SASHA: ["ALEXANDER", "ALEKSANDR", "ALEKSANDRA"],
  DIMA: ["DMITRY", "DMITRI"], MISHA: ["MIKHAIL"], VOLODYA: ["VLADIMIR"], KOLYA: ["NIKOLAI"], SERYOZHA: ["SERGEY"],
  PEPE: ["JOSE"], PACO: ["FRANCISCO"], NACHO: ["IGNACIO"], CHUCK: ["CHARLES"], CHARLIE: ["CHARLES"],
  KATE: ["KATHERINE", "CATHERINE"], LIZ: ["ELIZABETH"], BETH: ["ELIZABETH"], PEGGY: ["MARGARET"], MAGGIE: ["MARGARET"],
};

const VARIANTS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const variants = new Map<string, Set<string>>();
  const link = (left: string, right: string) => {
    const set = variants.get(left) ?? new Set<string>();
    set.add(right);
    variants.set(left, set);
  };
  for (const [short, fulls] of Object.entries(SHORT_FORMS)) {
    for (const full of fulls) {
      link(short, full);
      link(full, short);
    }
  }
  return variants;
})();

/** True when one token is a listed short form of the other (BEN and BENJAMIN, TED and THEODORE). */
export function isGivenNameVariant(left: string, right: string): boolean {
  return VARIANTS.get(left)?.has(right) ?? false;
}

/** Returns the listed full names of a short form, and the short forms of a full name. */
export function givenNameVariantsOf(text: string): ReadonlySet<string> {
  return VARIANTS.get(text) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
