import { describe, expect, it } from "vitest";
import { tokeniseUsLine } from "./tokenise-us-line.js";

describe("tokeniseUsLine", () => {
  it.each([
    ["123 Main St.", ["123", "MAIN", "ST"]],
    ["P.O. Box 12", ["PO", "BOX", "12"]],
    ["123 N.E. 5th Ave.", ["123", "NE", "5TH", "AVE"]],
    ["123 Main St.Apt 4", ["123", "MAIN", "ST", "APT", "4"]],
    ["J.F.K. Blvd", ["JFK", "BLVD"]],
    ["c/o Jones", ["C/O", "JONES"]],
    ["123 1/2 Main", ["123", "1/2", "MAIN"]],
    ["Elm/Oak Corner", ["ELM", "OAK", "CORNER"]],
    ["#4B", ["#", "4B"]],
    ["123-45 Queens", ["123-45", "QUEENS"]],
    ["Apt 4-B", ["APT", "4-B"]],
    ["Wilkes-Barre", ["WILKES", "BARRE"]],
    ["O’Hare (rear), Chicago;", ["OHARE", "REAR", "CHICAGO"]],
    ["Müller Straße", ["MULLER", "STRASSE"]],
    ["   ", []],
  ])("%j -> %j", (input, tokens) => {
    expect(tokeniseUsLine(input)).toEqual(tokens);
  });
});
