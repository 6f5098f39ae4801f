/**
 * Titles and honorifics removed from person names before matching, because
 * lists and applicants include or omit them at will. Values are normalised
 * tokens (upper case ASCII, no punctuation).
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "MR", "MRS", "MS", "MISS", "MX", "DR", "PROF", "SIR", "DAME", "LORD", "LADY",
  "SHEIKH", "SHEIKHA", "SHAYKH", "SHAIKH", "SHEIK", "HAJI", "HAJJI", "HADJI", "HAJ", "HAJJ",
  "MULLAH", "MULLA", "MAULANA", "MAWLAWI", "MAULAVI", "MAWLAVI", "SAYYID", "SAYED", "IMAM",
  "QARI", "USTAD", "USTADH", "HERR", "FRAU", "MONSIEUR", "MADAME", "SENOR", "SENORA", "DON", "DONA",
]);

/**
 * Legal forms of organisations, keyed by normalised token sequence (joined by
 * a space) and mapped to one canonical token. A legal form tells little about
 * identity, so the matcher sets canonical forms aside: "ACME LIMITED" and
 * "ACME LLC" compare as "ACME".
 */
export const LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ["LIMITED", "LTD"], ["LTD", "LTD"], ["CO LTD", "LTD"], ["COMPANY LIMITED", "LTD"],
  ["LIMITED LIABILITY COMPANY", "LLC"], ["LLC", "LLC"], ["L L C", "LLC"], ["OOO", "LLC"], ["TOO", "LLC"],
  ["JOINT STOCK COMPANY", "JSC"], ["JSC", "JSC"], ["AO", "JSC"], ["ZAO", "JSC"], ["CJSC", "JSC"], ["OAO", "JSC"], ["OJSC", "JSC"],
  ["PUBLIC JOINT STOCK COMPANY", "PJSC"], ["PJSC", "PJSC"], ["PAO", "PJSC"],
  ["INCORPORATED", "INC"], ["INC", "INC"], ["CORPORATION", "CORP"], ["CORP", "CORP"],
  ["COMPANY", "CO"], ["CO", "CO"], ["PUBLIC LIMITED COMPANY", "PLC"], ["PLC", "PLC"], ["LLP", "LLP"], ["LP", "LP"],
  ["GMBH", "GMBH"], ["AG", "AG"], ["KG", "KG"], ["SA", "SA"], ["S A", "SA"], ["SAS", "SAS"], ["S A S", "SAS"],
  ["SARL", "SARL"], ["SRL", "SRL"], ["S R L", "SRL"], ["SPA", "SPA"], ["S P A", "SPA"], ["SL", "SL"], ["S L", "SL"],
  ["SA DE CV", "SA"], ["S A DE C V", "SA"], ["DE CV", "SA"], ["BV", "BV"], ["B V", "BV"], ["NV", "NV"], ["N V", "NV"],
  ["PTE", "PTE"], ["PVT", "PVT"], ["PTY", "PTY"], ["FZE", "FZE"], ["FZCO", "FZCO"], ["FZC", "FZC"], ["FZ LLC", "LLC"],
  ["OY", "OY"], ["AB", "AB"], ["AS", "AS"], ["A S", "AS"], ["SDN BHD", "SDN BHD"], ["BHD", "BHD"],
]);

/**
 * Legal forms that Russian and other post-Soviet names put first ("OOO
 * ROMASHKA", "JOINT STOCK COMPANY ROSNEFT"), with transliterated long forms.
 * Other forms are stripped only at the end, where they cannot be part of the
 * name itself.
 */
export const LEADING_LEGAL_FORMS: ReadonlyMap<string, string> = new Map([
  ["OOO", "LLC"], ["TOO", "LLC"], ["LLC", "LLC"], ["LIMITED LIABILITY COMPANY", "LLC"],
  ["OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", "LLC"], ["OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", "LLC"],
  ["AO", "JSC"], ["ZAO", "JSC"], ["OAO", "JSC"], ["JSC", "JSC"], ["OJSC", "JSC"], ["CJSC", "JSC"],
  ["JOINT STOCK COMPANY", "JSC"], ["OPEN JOINT STOCK COMPANY", "JSC"], ["CLOSED JOINT STOCK COMPANY", "JSC"],
  ["AKTSIONERNOE OBSHCHESTVO", "JSC"], ["OTKRYTOE AKTSIONERNOE OBSHCHESTVO", "JSC"], ["ZAKRYTOE AKTSIONERNOE OBSHCHESTVO", "JSC"],
  ["PAO", "PJSC"], ["PJSC", "PJSC"], ["PUBLIC JOINT STOCK COMPANY", "PJSC"], ["PUBLICHNOE AKTSIONERNOE OBSHCHESTVO", "PJSC"],
]);

/** Longest legal-form key in tokens, which bounds how far the scanner looks ahead. */
export const LONGEST_LEGAL_FORM = Math.max(
  ...[...LEGAL_FORMS.keys(), ...LEADING_LEGAL_FORMS.keys()].map((key) => key.split(" ").length),
);
