/** Kind of party a watchlist entry names. */
export type EntityType = "person" | "organization" | "vessel" | "aircraft";

/**
 * How much an alias is trusted. Lists mark low-quality aliases (OFAC's
 * `a.k.a.` inside Remarks, UN `QUALITY` Low) because they are broad or vague,
 * so a hit on one counts less.
 */
export type AliasQuality = "strong" | "weak";

/** Relation of an alias to the primary name: also known as, formerly, now, or the name in its original script. */
export type AliasKind = "aka" | "fka" | "nka" | "original-script";

/** One alternative name of a watchlist entry. */
export interface Alias {
  name: string;
  kind: AliasKind;
  quality: AliasQuality;
}

/**
 * One date of birth as a list records it: a full date, a month, a year
 * (possibly approximate, as in "circa 1965"), or a range of years.
 */
export type ListedBirthDate =
  | { kind: "date"; date: string }
  | { kind: "month"; year: number; month: number }
  | { kind: "year"; year: number; approximate: boolean }
  | { kind: "range"; fromYear: number; toYear: number };

/**
 * Standard kind of an identifier, whatever label the list used, so matchers
 * can compare a passport with a passport and an IMO number with an IMO number.
 */
export type IdentifierKind = "passport" | "national-id" | "tax-id" | "registration" | "imo" | "bic" | "other";

/** A document or registration number from the list, such as a passport number. */
export interface Identifier {
  /** Label as the list wrote it, such as "Passport" or "National ID No.". */
  type: string;
  value: string;
  /** Issuing country as the list wrote it, when given. */
  country: string | null;
  /** Standard kind of the identifier; readers set it wherever they can tell, older readers may leave it out. */
  kind?: IdentifierKind;
}

/** A postal address of an entry, as free text with the country split out. */
export interface ListedAddress {
  text: string;
  /** ISO 3166-1 alpha-2 code when the country name is recognised. */
  countryCode: string | null;
}

/** Fingerprint of the files one list was read from. */
export interface ListVersion {
  /** SHA-256 over the list's files, in a fixed order. */
  sha256: string;
  /** Publication date when the file carries one, otherwise the newest file modification time; YYYY-MM-DD. */
  date: string;
  dateSource: "list" | "file-modified";
  /** Set when the list was installed by `checkgraph lists update`: taken from the directory's `manifest.json`. */
  download?: ListDownload;
}

/** Download record of a list installed by `checkgraph lists update`, taken from its manifest. */
export interface ListDownload {
  /** SHA-256 of the `manifest.json` file, which names every file of the set with its own SHA-256. */
  manifestSha256: string;
  /** ISO 8601 time the list's files were downloaded. */
  downloadedAt: string;
  sourceUrls: string[];
}

/** One party on a watchlist, in the same shape whichever list it came from. */
export interface WatchlistEntry {
  listId: string;
  entryId: string;
  entityType: EntityType;
  primaryName: string;
  aliases: Alias[];
  birthDates: ListedBirthDate[];
  /** Nationalities and citizenships as ISO 3166-1 alpha-2 codes. */
  nationalities: string[];
  /** Other countries tied to the entry (addresses, vessel flag), as alpha-2 codes. */
  countries: string[];
  addresses: ListedAddress[];
  identifiers: Identifier[];
  programs: string[];
  /** Date the entry was first listed, YYYY-MM-DD, when the list gives it. */
  listedOn?: string;
  /** The list's free-text remarks, kept for analysts; readers never match names against it. */
  remarks?: string;
}

/** Counts a reader reports besides its entries. */
export interface ListLoadStats {
  entries: number;
  aliases: number;
  /** Rows of the alias, address and remark-overflow files whose entry id is not in the list; they are skipped. */
  orphansSkipped: { aliases: number; addresses: number; comments: number };
}

/** A list read into memory: its entries, version and load counts. */
export interface LoadedWatchlist {
  listId: string;
  /** Folder or file the list was read from. */
  source: string;
  version: ListVersion;
  entries: WatchlistEntry[];
  stats: ListLoadStats;
}
