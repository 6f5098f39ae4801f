import type { ListedBirthDate } from "../model/watchlist-entry.js";

/** One piece of evidence: its value (-1 conflicts, 0 neutral, 1 agrees) and why. */
export interface PieceValue {
  value: number;
  note: string;
}

/**
 * Compares a queried date of birth (YYYY-MM-DD, or YYYY when only the year
 * is known) with an entry's listed dates, and returns the best agreement.
 * The same day scores 1, and a year or a range that contains the date
 * scores less. The value is negative when every listed date conflicts.
 */
export function scoreBirthDate(queried: string | null | undefined, listed: readonly ListedBirthDate[]): PieceValue {
  if (!queried) return { value: 0, note: "no date of birth in the query" };
  if (listed.length === 0) return { value: 0, note: "the entry lists no date of birth" };

  let best: PieceValue = { value: -2, note: "" };
  for (const date of listed) {
    const candidate = /^\d{4}$/.test(queried) ? compareYear(Number(queried), date) : compareOne(queried, date);
    if (candidate.value > best.value) best = candidate;
  }
  return best;
}

/** Compares a queried birth year alone: agreement is weaker than for a full date, because a year is shared by many. */
function compareYear(year: number, listed: ListedBirthDate): PieceValue {
  const [from, to] =
    listed.kind === "date" ? [Number(listed.date.slice(0, 4)), Number(listed.date.slice(0, 4))]
    : listed.kind === "range" ? [listed.fromYear, listed.toYear]
    : [listed.year, listed.year];
  const slack = listed.kind === "year" && listed.approximate ? 1 : 0;
  if (year >= from - slack && year <= to + slack) return { value: 0.5, note: `birth year ${year} agrees (the query gives only the year)` };
  if (year >= from - slack - 1 && year <= to + slack + 1) return { value: 0, note: `birth year ${year} one year off the listed one` };
  return { value: -1, note: `birth year ${year} differs from the listed ${from === to ? from : `${from} to ${to}`}` };
}

function compareOne(queried: string, listed: ListedBirthDate): PieceValue {
  const year = Number(queried.slice(0, 4));
  const month = Number(queried.slice(5, 7));
  const day = Number(queried.slice(8, 10));

  switch (listed.kind) {
    case "date": {
      if (listed.date === queried) return { value: 1, note: `same date of birth ${listed.date}` };
      const listedYear = Number(listed.date.slice(0, 4));
      // Day and month swapped is a common data-entry error (US and European order).
      const swapped = `${year}-${String(day).padStart(2, "0")}-${String(month).padStart(2, "0")}`;
      if (listed.date === swapped) return { value: 0.5, note: "same date of birth with day and month swapped" };
      if (listedYear === year) return { value: -0.25, note: "same birth year, different day" };
      return { value: -1, note: `date of birth differs (listed ${listed.date})` };
    }
    case "month": {
      if (listed.year === year && listed.month === month) return { value: 0.8, note: "same birth month and year" };
      if (listed.year === year) return { value: -0.25, note: "same birth year, different month" };
      return { value: -1, note: `birth year differs (listed ${listed.year})` };
    }
    case "year": {
      const distance = Math.abs(listed.year - year);
      if (listed.approximate) {
        if (distance <= 1) return { value: 0.4, note: `birth year within a year of circa ${listed.year}` };
        if (distance <= 3) return { value: 0, note: `birth year near circa ${listed.year}` };
        return { value: -1, note: `birth year far from circa ${listed.year}` };
      }
      if (distance === 0) return { value: 0.6, note: `same birth year ${listed.year}` };
      if (distance === 1) return { value: -0.5, note: `birth year one off (listed ${listed.year})` };
      return { value: -1, note: `birth year differs (listed ${listed.year})` };
    }
    case "range": {
      if (year >= listed.fromYear && year <= listed.toYear) {
        return { value: 0.4, note: `birth year inside ${listed.fromYear} to ${listed.toYear}` };
      }
      if (year >= listed.fromYear - 1 && year <= listed.toYear + 1) {
        return { value: 0, note: `birth year just outside ${listed.fromYear} to ${listed.toYear}` };
      }
      return { value: -1, note: `birth year outside ${listed.fromYear} to ${listed.toYear}` };
    }
  }
}
