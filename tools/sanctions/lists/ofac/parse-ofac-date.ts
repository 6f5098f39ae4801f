import type { ListedBirthDate } from "../../model/watchlist-entry.js";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

interface DatePoint {
  year: number;
  month: number | null;
  day: number | null;
}

function parsePoint(text: string): DatePoint | null {
  const parts = text.trim().split(/\s+/);
  const year = Number(parts.at(-1));
  if (!Number.isInteger(year) || year < 1800 || year > 2100) return null;
  if (parts.length === 1) return { year, month: null, day: null };

  const monthIndex = MONTHS.indexOf((parts.at(-2) ?? "").slice(0, 3).toUpperCase());
  if (monthIndex < 0) return null;
  if (parts.length === 2) return { year, month: monthIndex + 1, day: null };

  const day = Number(parts.at(-3));
  if (parts.length !== 3 || !Number.isInteger(day) || day < 1 || day > 31) return null;
  return { year, month: monthIndex + 1, day };
}

function toBirthDate(point: DatePoint, approximate: boolean): ListedBirthDate {
  if (point.month === null || approximate) return { kind: "year", year: point.year, approximate };
  if (point.day === null) return { kind: "month", year: point.year, month: point.month };
  const date = `${point.year}-${String(point.month).padStart(2, "0")}-${String(point.day).padStart(2, "0")}`;
  return { kind: "date", date };
}

/**
 * Parses an OFAC date of birth such as "10 Aug 1966", "Aug 1966", "1966",
 * "circa 1965" or "1965 to 1968"; returns null for text in another form.
 */
export function parseOfacDate(text: string): ListedBirthDate | null {
  const trimmed = text.trim().replace(/\.$/, "");
  const range = /^(.+?)\s+to\s+(.+)$/i.exec(trimmed);
  if (range) {
    const from = parsePoint(range[1]!.replace(/^circa\s+/i, ""));
    const to = parsePoint(range[2]!);
    if (from === null || to === null || to.year < from.year) return null;
    return { kind: "range", fromYear: from.year, toYear: to.year };
  }

  const approximate = /^circa\s+/i.test(trimmed);
  const point = parsePoint(trimmed.replace(/^circa\s+/i, ""));
  return point === null ? null : toBirthDate(point, approximate);
}
