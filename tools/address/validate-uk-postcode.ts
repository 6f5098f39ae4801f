import { parse } from "postcode";

/** A UK postcode that passed validation, in normalised form. */
export interface ValidUkPostcode {
  valid: true;
  /** Upper case with one space before the inward code: SW1A 2AA, GIR 0AA, BFPO 123. */
  postcode: string;
  /** `standard` for outward plus inward code, `girobank` for GIR 0AA, `bfpo` for British Forces Post Office numbers. */
  kind: "standard" | "girobank" | "bfpo";
  /** Outward code: SW1A, GIR or BFPO. */
  outwardCode: string;
  /** Inward code (2AA, 0AA) or the BFPO number. */
  inwardCode: string;
}

/** A UK postcode that failed validation, with the rule it broke. */
export interface InvalidUkPostcode {
  valid: false;
  reason: string;
}

/**
 * The 124 postcode areas: 121 in Great Britain and Northern Ireland plus the
 * Crown Dependencies (GY, JE, IM). BF carries BFPO mail and BX is Royal
 * Mail's non-geographic area.
 */
const POSTCODE_AREAS = new Set(
  (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY " +
    "E EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU " +
    "M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY " +
    "TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE GY JE IM BF BX"
  ).split(" "),
);

/**
 * Letter rules of the UK postcode format that the `postcode` package
 * (5.1.0) does not apply: its pattern accepts any letters, so Q1 1AA passes.
 * Returns the broken rule, or null when the postcode follows them all.
 */
function findLetterRuleViolation(outward: string, inward: string): string | null {
  const area = /^[A-Z]+/.exec(outward)?.[0] ?? "";
  if (!POSTCODE_AREAS.has(area)) return `area ${area} is not a UK postcode area`;

  // A9A outward codes (W1A) allow only the first set of letters in third place, and AA9A ones (EC1A) only the second set in fourth place.
  const thirdLetter = /^[A-Z]\d([A-Z])$/.exec(outward)?.[1];
  if (thirdLetter !== undefined && !"ABCDEFGHJKPSTUW".includes(thirdLetter)) {
    return `letter ${thirdLetter} is not used after the district number in an outward code like ${outward}`;
  }
  const fourthLetter = /^[A-Z]{2}\d([A-Z])$/.exec(outward)?.[1];
  if (fourthLetter !== undefined && !"ABEHMNPRVWXY".includes(fourthLetter)) {
    return `letter ${fourthLetter} is not used after the district number in an outward code like ${outward}`;
  }

  // Royal Mail leaves C, I, K, M, O and V out of the inward code's unit letters, because handwritten they are easily mistaken for digits or other letters.
  const unitLetter = /[CIKMOV]/.exec(inward.slice(1))?.[0];
  if (unitLetter !== undefined) return `letter ${unitLetter} is never used in the inward code`;
  return null;
}

/**
 * Validates and normalises a UK postcode ("sw1a2aa" to SW1A 2AA). Besides
 * the standard format it accepts GIR 0AA (the former Girobank code) and
 * British Forces Post Office numbers (BFPO 123). It checks the format and
 * letter rules only, so a well-formed postcode that Royal Mail never issued
 * still passes. Only the Postcode Address File can tell.
 */
export function validateUkPostcode(value: string): ValidUkPostcode | InvalidUkPostcode {
  const compact = value.toUpperCase().replace(/\s+/g, "");
  if (compact.length === 0) return { valid: false, reason: "the postcode is empty" };

  if (compact === "GIR0AA") return { valid: true, postcode: "GIR 0AA", kind: "girobank", outwardCode: "GIR", inwardCode: "0AA" };

  const bfpo = /^BFPO(\d{1,4})$/.exec(compact);
  if (bfpo) {
    const number = String(Number(bfpo[1]));
    if (number === "0") return { valid: false, reason: "BFPO numbers start at 1" };
    return { valid: true, postcode: `BFPO ${number}`, kind: "bfpo", outwardCode: "BFPO", inwardCode: number };
  }

  const parsed = parse(compact);
  if (!parsed.valid) {
    return { valid: false, reason: "it does not match the UK pattern of an outward code (such as SW1A) followed by an inward code (such as 2AA)" };
  }

  const violation = findLetterRuleViolation(parsed.outcode, parsed.incode);
  if (violation !== null) return { valid: false, reason: violation };
  return { valid: true, postcode: parsed.postcode, kind: "standard", outwardCode: parsed.outcode, inwardCode: parsed.incode };
}
