import { XMLParser, XMLValidator, type X2jOptions } from "fast-xml-parser";
import { CheckgraphError } from "../../../src/errors/checkgraph-error.js";
import type { XmlNode } from "./un/xml-node.js";

/**
 * Parses a list's XML file after checking that it is well-formed. The parser
 * alone accepts a file cut off mid-element and returns the entries before the
 * cut, so a truncated download would load as a shorter list. The error names
 * the file and line, never its content.
 */
export function parseListXml(text: string, fileName: string, options: Partial<X2jOptions>): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new CheckgraphError(
      "LISTS_UNAVAILABLE",
      "input",
      `Sanctions list file ${fileName} is not well-formed XML (line ${valid.err.line}): it is truncated or damaged. Replace it with a complete copy.`,
      { context: { file: fileName, line: valid.err.line } },
    );
  }
  return new XMLParser(options).parse(text) as XmlNode;
}
