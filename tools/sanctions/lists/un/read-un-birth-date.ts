import type { ListedBirthDate } from "../../model/watchlist-entry.js";
import { textOf, type XmlNode } from "./xml-node.js";

/**
 * Reads one UN `INDIVIDUAL_DATE_OF_BIRTH` element: `TYPE_OF_DATE` EXACT or
 * APPROXIMATELY with a `DATE` or a `YEAR`, or BETWEEN with `FROM_YEAR` and
 * `TO_YEAR`. Returns null when the element contains no usable date.
 */
export function readUnBirthDate(node: XmlNode): ListedBirthDate | null {
  const type = textOf(node, "TYPE_OF_DATE");
  const approximate = type === "APPROXIMATELY";

  const fromYear = Number(textOf(node, "FROM_YEAR"));
  const toYear = Number(textOf(node, "TO_YEAR"));
  if (type === "BETWEEN" && fromYear > 0 && toYear >= fromYear) {
    return { kind: "range", fromYear, toYear };
  }

  const date = textOf(node, "DATE");
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return approximate ? { kind: "year", year: Number(date.slice(0, 4)), approximate } : { kind: "date", date };
  }

  const year = Number(textOf(node, "YEAR"));
  if (Number.isInteger(year) && year > 1800) return { kind: "year", year, approximate };
  return null;
}
