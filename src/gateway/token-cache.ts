import { z } from "zod";

/** Token endpoint response fields the gateway reads (RFC 6749, section 5.1). */
export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.number().positive().optional(),
});

/** A freshly issued access token and its lifetime. */
export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, as the vendor's `expires_in` states. */
  expiresInSeconds: number;
}

/** Lifetime assumed when a token response has no `expires_in`, in seconds. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 300;

/** Refresh margin: a token is renewed once less than this share of its lifetime, at most 30 s, is left. */
const REFRESH_SHARE = 0.1;
const MAX_REFRESH_MARGIN_MS = 30_000;

interface CachedToken {
  accessToken: string;
  refreshAt: number;
}

/**
 * Caches OAuth2 access tokens per vendor and client id, for every run in the
 * process. Concurrent callers that find no valid token share one token request.
 */
export class TokenCache {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();

  /** Returns a valid cached token for `key`, or requests one with `requestToken`. */
  async getToken(key: string, requestToken: () => Promise<IssuedToken>): Promise<string> {
    const cached = this.tokens.get(key);
    if (cached && cached.refreshAt > Date.now()) return cached.accessToken;

    const shared = this.pending.get(key);
    if (shared) {
      try {
        return await shared;
      } catch {
        // The shared request belonged to another task, which may have been cancelled, so request a token for this caller.
      }
    }
    return this.requestAndStore(key, requestToken);
  }

  /** Drops `accessToken` after the vendor rejected it, unless a newer token already replaced it. */
  invalidate(key: string, accessToken: string): void {
    if (this.tokens.get(key)?.accessToken === accessToken) this.tokens.delete(key);
  }

  private async requestAndStore(key: string, requestToken: () => Promise<IssuedToken>): Promise<string> {
    const request = (async () => {
      const issuedAt = Date.now();
      const issued = await requestToken();
      const lifetimeMs = issued.expiresInSeconds * 1000;
      const marginMs = Math.min(MAX_REFRESH_MARGIN_MS, lifetimeMs * REFRESH_SHARE);
      this.tokens.set(key, { accessToken: issued.accessToken, refreshAt: issuedAt + lifetimeMs - marginMs });
      return issued.accessToken;
    })();

    this.pending.set(key, request);
    try {
      return await request;
    } finally {
      if (this.pending.get(key) === request) this.pending.delete(key);
    }
  }
}
