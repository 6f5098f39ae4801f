import { consonantSkeleton } from "../normalize/normalize-name.js";
import { phoneticKey } from "../normalize/phonetic-key.js";

/** Shortest token that gets deletion keys, because one deletion from ALI matches too much. */
const MIN_FUZZY_LENGTH = 4;

/**
 * Lookup tables from a key to the indexed tokens that have it: one-letter
 * deletions (so a token within one edit is found), phonetic keys and
 * consonant skeletons.
 */
export class TokenKeys {
  /** One token or several: most deletion keys belong to a single token, so no Set is built for them. */
  private readonly byDeletion = new Map<string, string | string[]>();
  private readonly byPhoneticKey = new Map<string, Set<string>>();
  private readonly bySkeletonKey = new Map<string, Set<string>>();

  /** Adds one distinct token under all its keys. */
  add(text: string): void {
    const skeleton = consonantSkeleton(text);
    if (skeleton !== "") addToSet(this.bySkeletonKey, skeleton, text);
    if (/^\d+$/.test(text)) return;
    const key = phoneticKey(text);
    if (key.length >= 3 || (key.length === 2 && text.length <= 3)) addToSet(this.byPhoneticKey, key, text);
    if (text.length >= MIN_FUZZY_LENGTH) {
      for (const deletion of deletionsOf(text)) this.addDeletion(deletion, text);
    }
  }

  /** Returns the indexed tokens within one edit of `text` or with the same phonetic key (see `compareTokens` for short keys). */
  near(text: string, key: string): Set<string> {
    const found = new Set<string>();
    if (key.length >= 3 || (key.length === 2 && text.length <= 3)) for (const token of this.byPhoneticKey.get(key) ?? []) found.add(token);
    if (text.length < MIN_FUZZY_LENGTH || /^\d+$/.test(text)) return found;
    // A deletion from the query meets a token, the token itself, or a deletion from the token.
    this.addTokensOfDeletion(text, found);
    for (const deletion of deletionsOf(text)) {
      found.add(deletion);
      this.addTokensOfDeletion(deletion, found);
    }
    return found;
  }

  private addDeletion(deletion: string, text: string): void {
    const existing = this.byDeletion.get(deletion);
    if (existing === undefined) this.byDeletion.set(deletion, text);
    else if (typeof existing === "string") {
      if (existing !== text) this.byDeletion.set(deletion, [existing, text]);
    } else if (!existing.includes(text)) existing.push(text);
  }

  private addTokensOfDeletion(deletion: string, found: Set<string>): void {
    const tokens = this.byDeletion.get(deletion);
    if (tokens === undefined) return;
    if (typeof tokens === "string") found.add(tokens);
    else for (const token of tokens) found.add(token);
  }

  /** Returns the indexed tokens with this consonant skeleton, for tokens transliterated from an abjad. */
  bySkeleton(skeleton: string): Set<string> {
    return new Set(this.bySkeletonKey.get(skeleton) ?? []);
  }
}

/** Returns every string made by deleting one character of `text`. */
export function deletionsOf(text: string): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < text.length; i += 1) keys.add(text.slice(0, i) + text.slice(i + 1));
  return keys;
}

function addToSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}
