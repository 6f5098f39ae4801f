import { createHash } from "node:crypto";
import { z } from "zod";
import type { BureauHttpResponse } from "./bureau-api.js";

const DocumentVerificationSchema = z.object({
  documentType: z.enum(["passport", "id_card"]),
  issuingCountry: z.string().regex(/^[A-Z]{3}$/),
  documentNumber: z.string().regex(/^[A-Z0-9]{1,20}$/),
  expiryDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

const AddressVerificationSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().nullable().optional(),
  city: z.string().min(1),
  region: z.string().nullable().optional(),
  postalCode: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/),
});

/**
 * Handles `POST /docverify/v1/verifications`. The result depends only on the
 * document number: one ending in `000` is `suspected_fraud`, one ending in
 * `999` is `unreadable`, and any other is `verified`.
 */
export function verifyDocument(rawBody: string): BureauHttpResponse {
  const parsed = parseBody(rawBody, DocumentVerificationSchema);
  if ("status" in parsed) return parsed;

  const { documentNumber } = parsed.data;
  let result: "verified" | "suspected_fraud" | "unreadable" = "verified";
  if (documentNumber.endsWith("000")) result = "suspected_fraud";
  else if (documentNumber.endsWith("999")) result = "unreadable";
  const verificationId = `ver_${createHash("sha256").update(documentNumber).digest("hex").slice(0, 16)}`;
  return { status: 200, body: { verificationId, result, documentType: parsed.data.documentType } };
}

/**
 * Handles `POST /address/v1/verify`. An address is deliverable when its first
 * line starts with a house number. The response repeats it in upper case as
 * the standardised form.
 */
export function verifyAddress(rawBody: string): BureauHttpResponse {
  const parsed = parseBody(rawBody, AddressVerificationSchema);
  if ("status" in parsed) return parsed;

  const address = parsed.data;
  const deliverable = /^\d+\S*\s+\S/.test(address.line1.trim());
  const standardised = {
    line1: address.line1.trim().toUpperCase(),
    line2: address.line2?.trim().toUpperCase() ?? null,
    city: address.city.trim().toUpperCase(),
    region: address.region?.trim().toUpperCase() ?? null,
    postalCode: address.postalCode.trim().toUpperCase(),
    country: address.country,
  };
  return { status: 200, body: { deliverable, standardised } };
}

function parseBody<Schema extends z.ZodType>(rawBody: string, schema: Schema): { data: z.infer<Schema> } | BureauHttpResponse {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return { status: 400, body: { error: "invalid_request", message: "body is not valid JSON" } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // Field paths only: the sandbox never echoes document or address data back.
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".")))];
    return { status: 400, body: { error: "invalid_request", message: `invalid or missing fields: ${fields.join(", ")}` } };
  }
  return { data: parsed.data };
}
