/**
 * Writes the example requests in examples/. Every person in them is invented
 * except the OFAC example, which uses a real SDN entry's name and birth date
 * with an invented passport. MRZ lines are built with correct check digits.
 * Run: npx tsx scripts/write-examples.ts
 */
import { writeFileSync } from "node:fs";
import { buildTd3Mrz } from "../tools/idDocument/index.js";

interface Example {
  file: string;
  title: string;
  expected: "approve" | "refer" | "decline";
  request: Record<string, unknown>;
}

const examples: Example[] = [
  {
    file: "clean-applicant.json",
    title: "Clean applicant (invented person), credit product",
    expected: "approve",
    request: {
      kind: "onboarding",
      reference: "example-clean-applicant",
      applicant: {
        name: { given: "Amelia Rose", family: "Hartley" },
        birthDate: "1990-06-15",
        nationality: "US",
        address: { line1: "350 Fifth Avenue", line2: "Suite 3400", city: "New York", region: "NY", postalCode: "10118", country: "US" },
        taxId: { type: "SSN", value: "412-56-7600" },
        document: {
          mrz: buildTd3Mrz({
            issuingState: "USA", surname: "HARTLEY", givenNames: "AMELIA ROSE", documentNumber: "A21738465",
            nationality: "USA", birthDate: "1990-06-15", sex: "F", expiryDate: "2033-03-09",
          }),
        },
      },
      product: "credit",
      customerTier: 1,
    },
  },
  {
    file: "watchlist-match.json",
    title: "Applicant matching a demo watchlist entry by name and birth date (invented entry)",
    expected: "decline",
    request: {
      kind: "onboarding",
      reference: "example-watchlist-match",
      applicant: {
        name: { given: "Ivan Sergeyevich", family: "Petrov" },
        birthDate: "1971-03-14",
        nationality: "RU",
        address: { line1: "221B Baker Street", city: "London", postalCode: "NW1 6XE", country: "GB" },
        document: {
          mrz: buildTd3Mrz({
            issuingState: "RUS", surname: "PETROV", givenNames: "IVAN SERGEYEVICH", documentNumber: "753104982",
            nationality: "RUS", birthDate: "1971-03-14", sex: "M", expiryDate: "2031-11-02",
          }),
        },
      },
      product: "deposit",
      customerTier: 2,
    },
  },
  {
    file: "expired-passport.json",
    title: "Expired passport (invented person), deposit product",
    expected: "refer",
    request: {
      kind: "onboarding",
      reference: "example-expired-passport",
      applicant: {
        name: { given: "Sofia", family: "Lindqvist" },
        birthDate: "1985-09-23",
        nationality: "SE",
        address: { line1: "14 Church Road", city: "Oxford", postalCode: "OX4 1AA", country: "GB" },
        document: {
          mrz: buildTd3Mrz({
            issuingState: "SWE", surname: "LINDQVIST", givenNames: "SOFIA", documentNumber: "91834576",
            nationality: "SWE", birthDate: "1985-09-23", sex: "F", expiryDate: "2024-01-31",
          }),
        },
      },
      product: "deposit",
      customerTier: 3,
    },
  },
  {
    file: "ofac-sdn-individual.json",
    title: "Applicant matching a real OFAC SDN individual (entry 9338) by name and birth date; needs SANCTIONS_LISTS_DIR",
    expected: "decline",
    request: {
      kind: "onboarding",
      reference: "example-ofac-sdn-individual",
      applicant: {
        name: { given: "Miguel Angel", family: "Arriola Marquez" },
        birthDate: "1967-12-15",
        nationality: "MX",
        address: { line1: "1200 Main Street", city: "Houston", region: "TX", postalCode: "77002", country: "US" },
        document: { type: "passport", number: "G48210937", issuingCountry: "MX", expiryDate: "2030-07-01" },
      },
      product: "deposit",
      customerTier: 2,
    },
  },
];

for (const example of examples) {
  const content = { title: example.title, expected: example.expected, request: example.request };
  writeFileSync(new URL(`../examples/${example.file}`, import.meta.url), JSON.stringify(content, null, 2) + "\n");
}
console.log(`wrote ${examples.length} examples`);
