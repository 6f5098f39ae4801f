import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { buildCreditReport, type CreditReport } from "./bureau-personas.js";
import type { StatsRecorder } from "./sandbox-stats.js";

/** A request as the bureau handlers see it, after routing. */
export interface BureauHttpRequest {
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
}

/** The handler's response before it is written to the socket. */
export interface BureauHttpResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** An OAuth2 client registered with the sandbox bureaus. */
export interface SandboxClient {
  clientId: string;
  clientSecret: string;
}

const ReportRequestSchema = z.object({
  subject: z.object({
    firstName: z.string().min(1),
    lastName: z.string().min(1),
    birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    ssn: z.string().regex(/^\d{3}-?\d{2}-?\d{4}$/),
    address: z.object({
      line1: z.string().min(1),
      line2: z.string().nullable().optional(),
      city: z.string().min(1),
      region: z.string().nullable().optional(),
      postalCode: z.string().min(1),
      country: z.string().min(2),
    }),
  }),
  purpose: z.enum(["account_opening", "credit_application"]),
});

const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/**
 * One sandbox credit bureau: OAuth2 client-credentials tokens and credit
 * reports de-duplicated by idempotency key. Each vendor prefix gets its own
 * instance, so a token from one bureau is rejected by the other.
 */
export class SandboxBureau {
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();
  private readonly reports = new Map<string, { fingerprint: string; report: CreditReport }>();
  private readonly secrets: Map<string, string>;

  constructor(
    readonly vendor: string,
    clients: readonly SandboxClient[],
    private readonly tokenTtlSeconds: number,
    private readonly stats: StatsRecorder,
  ) {
    this.secrets = new Map(clients.map((client) => [client.clientId, client.clientSecret]));
  }

  /** Makes every issued token invalid, so the next report request gets a 401. */
  expireTokens(): void {
    this.tokens.clear();
  }

  /** Handles `POST /oauth/token` with the client-credentials grant (RFC 6749, section 4.4). */
  issueToken(request: BureauHttpRequest): BureauHttpResponse {
    const form = new URLSearchParams(request.rawBody);
    const grantType = form.get("grant_type");
    if (grantType !== "client_credentials") {
      const error = grantType === null ? "invalid_request" : "unsupported_grant_type";
      return oauthError(400, error, "grant_type must be client_credentials");
    }

    const basic = parseBasicCredentials(header(request, "authorization"));
    const formClientId = form.get("client_id");
    if (basic && formClientId !== null) {
      return oauthError(400, "invalid_request", "send client credentials either in the Authorization header or in the form, not both");
    }
    const clientId = basic?.clientId ?? formClientId;
    const clientSecret = basic?.clientSecret ?? form.get("client_secret");
    if (clientId === null || clientSecret === null || this.secrets.get(clientId) !== clientSecret) {
      const response = oauthError(401, "invalid_client", "unknown client or wrong client secret");
      response.headers = { ...response.headers, "www-authenticate": `Basic realm="${this.vendor}"` };
      return response;
    }

    const accessToken = randomBytes(24).toString("base64url");
    this.tokens.set(accessToken, { clientId, expiresAt: Date.now() + this.tokenTtlSeconds * 1000 });
    return {
      status: 200,
      headers: { "cache-control": "no-store" },
      body: { access_token: accessToken, token_type: "Bearer", expires_in: this.tokenTtlSeconds },
    };
  }

  /** Handles `POST /v1/credit-reports`: checks the bearer token, the idempotency key and the body, then returns the report. */
  pullCreditReport(request: BureauHttpRequest): BureauHttpResponse {
    const bearer = /^Bearer (\S+)$/i.exec(header(request, "authorization") ?? "")?.[1];
    const token = bearer === undefined ? undefined : this.tokens.get(bearer);
    if (!token || token.expiresAt <= Date.now()) {
      return {
        status: 401,
        headers: { "www-authenticate": `Bearer realm="${this.vendor}", error="invalid_token"` },
        body: { error: "invalid_token", message: "missing, unknown or expired access token. Request a new one from /oauth/token." },
      };
    }

    const idempotencyKey = header(request, "idempotency-key");
    if (idempotencyKey === undefined || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      return apiError(400, "invalid_request", "Idempotency-Key header is missing or not 1 to 255 printable ASCII characters");
    }

    let json: unknown;
    try {
      json = JSON.parse(request.rawBody);
    } catch {
      return apiError(400, "invalid_request", "body is not valid JSON");
    }
    const parsed = ReportRequestSchema.safeParse(json);
    if (!parsed.success) {
      // Field paths only: the sandbox never echoes subject data back.
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".")))];
      return apiError(400, "invalid_request", `invalid or missing fields: ${fields.join(", ")}`);
    }

    const fingerprint = createHash("sha256").update(JSON.stringify(parsed.data)).digest("hex");
    const stored = this.reports.get(idempotencyKey);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        return apiError(422, "idempotency_key_reused", "this Idempotency-Key was already used with a different request body");
      }
      this.stats.recordReplay(idempotencyKey);
      return { status: 200, headers: { "idempotent-replayed": "true" }, body: stored.report };
    }

    const reportId = `rpt_${createHash("sha256").update(`${this.vendor}:${idempotencyKey}`).digest("hex").slice(0, 20)}`;
    const report = buildCreditReport(parsed.data.subject.ssn.replaceAll("-", ""), reportId);
    this.reports.set(idempotencyKey, { fingerprint, report });
    this.stats.recordBillablePull(idempotencyKey);
    return { status: 200, body: report };
  }
}

function header(request: BureauHttpRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseBasicCredentials(authorization: string | undefined): SandboxClient | null {
  const encoded = /^Basic (\S+)$/i.exec(authorization ?? "")?.[1];
  if (encoded === undefined) return null;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator < 0) return null;
  // RFC 6749 section 2.3.1 form-encodes the id and secret before Base64.
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, separator)),
      clientSecret: decodeURIComponent(decoded.slice(separator + 1)),
    };
  } catch {
    return null;
  }
}

function oauthError(status: number, error: string, description: string): BureauHttpResponse {
  return { status, headers: { "cache-control": "no-store" }, body: { error, error_description: description } };
}

function apiError(status: number, error: string, message: string): BureauHttpResponse {
  return { status, body: { error, message } };
}
