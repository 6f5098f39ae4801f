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
  "PRESIDENT", "GENERAL", "COLONEL", "CAPTAIN", "AYATOLLAH", "PRINCE", "PRINCESS",
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
  ["AKTIENGESELLSCHAFT", "AG"], ["GESELLSCHAFT MIT BESCHRANKTER HAFTUNG", "GMBH"], ["GESELLSCHAFT MBH", "GMBH"],
  ["SOCIETATEA CU RASPUNDERE LIMITATA", "SRL"], ["SOCIETA A RESPONSABILITA LIMITATA", "SRL"], ["SOCIETA PER AZIONI", "SPA"],
  ["SOCIETE ANONYME", "SA"], ["SOCIEDAD ANONIMA", "SA"], ["SOCIEDADE ANONIMA", "SA"], ["SOCIEDAD LIMITADA", "SL"],
  ["SOCIETE A RESPONSABILITE LIMITEE", "SARL"], ["SOCIETE PAR ACTIONS SIMPLIFIEE", "SAS"],
  ["NAAMLOZE VENNOOTSCHAP", "NV"], ["BESLOTEN VENNOOTSCHAP", "BV"], ["AKTIEBOLAG", "AB"], ["AKTIESELSKAB", "AS"], ["ASA", "ASA"],
  ["SP ZOO", "SPZOO"], ["SPZOO", "SPZOO"], ["SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA", "SPZOO"], ["KFT", "KFT"], ["ZRT", "ZRT"],
  ["SE", "SE"], ["NA", "NA"], ["ANO", "ANO"], ["OYJ", "OYJ"], ["AS", "AS"], ["LIMITED PARTNERSHIP", "LP"], ["PTE LTD", "LTD"], ["PVT LTD", "LTD"],
  ["ANONIM SIRKETI", "AS"], ["TOV", "LLC"], ["PRIVATE LIMITED", "LTD"], ["PRIVATE LIMITED COMPANY", "LTD"],
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
  ["OBSHCHESTVO S OGRANICHENNOY OTVETSTVENNOSTYU", "LLC"], ["TOV", "LLC"], ["ANO", "ANO"], ["SRL", "SRL"], ["SOCIETATEA CU RASPUNDERE LIMITATA", "SRL"],
  ["PT", "PT"], ["CV", "CV"],
]);

/**
 * Words that organisation and vessel names include or omit at will ("The
 * World Bank", "Procter and Gamble"), dropped before matching.
 */
export const ORGANIZATION_STOPWORDS: ReadonlySet<string> = new Set(["THE", "OF", "AND", "FOR", "ET", "UND"]);

/** Prefixes of vessel names that give the vessel's kind (motor vessel, motor tanker), not its name. */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(["MV", "MT", "MS", "SS", "MY", "FV", "RV", "TS", "MSV", "VESSEL"]);

/** Longest legal-form key in tokens, which bounds how far the scanner looks ahead. */
export const LONGEST_LEGAL_FORM = Math.max(
  ...[...LEGAL_FORMS.keys(), ...LEADING_LEGAL_FORMS.keys()].map((key) => key.split(" ").length),
);

/** Short name particles (articles, son of, of the) that are never fuzzy-matched to a name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "AL", "EL", "BIN", "BINT", "ABU", "UM", "UL", "UD", "DE", "DA", "DI", "DO", "DU", "LA", "LE", "VAN", "VON", "DER", "DEN", "DOS", "DAS", "DEL", "MC", "MAC",
]);

/**
 * Words that many organisation names share and that name no organisation on
 * their own. The index caps their weight, so a name that shares only BANK or
 * GROUP with a listed name is no hit.
 */
export const ORGANIZATION_GENERIC_WORDS: ReadonlySet<string> = new Set([
  "BANK", "BANCO", "BANQUE", "GROUP", "GRUPPE", "GRUPO", "HOLDING", "HOLDINGS", "TRADING", "INTERNATIONAL", "INDUSTRIES",
  "SHIPPING", "SERVICES", "ENTERPRISE", "ENTERPRISES", "INVESTMENT", "INVESTMENTS", "GLOBAL", "GENERAL",
]);
