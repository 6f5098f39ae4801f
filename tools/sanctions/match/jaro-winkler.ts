/** Winkler's prefix scale: how much each shared leading character (up to four) raises the score. */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/** Computes the Jaro similarity of two strings, from 0 (nothing shared) to 1 (equal). */
export function jaro(left: string, right: string): number {
  if (left === right) return 1;
  if (left.length === 0 || right.length === 0) return 0;

  const window = Math.max(0, Math.floor(Math.max(left.length, right.length) / 2) - 1);
  const leftMatched = new Array<boolean>(left.length).fill(false);
  const rightMatched = new Array<boolean>(right.length).fill(false);

  let matches = 0;
  for (let i = 0; i < left.length; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(right.length - 1, i + window);
    for (let j = from; j <= to; j += 1) {
      if (!rightMatched[j] && left[i] === right[j]) {
        leftMatched[i] = true;
        rightMatched[j] = true;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;

  // Transpositions: matched characters that appear in a different order, counted in halves.
  let outOfOrder = 0;
  let j = 0;
  for (let i = 0; i < left.length; i += 1) {
    if (!leftMatched[i]) continue;
    while (!rightMatched[j]) j += 1;
    if (left[i] !== right[j]) outOfOrder += 1;
    j += 1;
  }
  const transpositions = outOfOrder / 2;

  return (matches / left.length + matches / right.length + (matches - transpositions) / matches) / 3;
}

/**
 * Computes the Jaro-Winkler similarity (0 to 1): Jaro raised for a common
 * prefix of up to four characters, with the standard scale 0.1.
 */
export function jaroWinkler(left: string, right: string): number {
  const base = jaro(left, right);
  let prefix = 0;
  const limit = Math.min(MAX_PREFIX, left.length, right.length);
  while (prefix < limit && left[prefix] === right[prefix]) prefix += 1;
  return base + prefix * PREFIX_SCALE * (1 - base);
}
