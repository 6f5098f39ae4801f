import { setupServer } from "msw/node";
import type { RequestHandler } from "msw";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * Creates the msw server for tests. Requests to 127.0.0.1 (the vendor
 * sandbox, the LangGraph server) pass through. Any other unhandled request is
 * an error, so no test can reach an outside host.
 */
export function createTestHttpServer(...handlers: RequestHandler[]) {
  const server = setupServer(...handlers);
  return {
    server,
    listen() {
      server.listen({
        onUnhandledRequest(request, print) {
          if (LOOPBACK_HOSTS.has(new URL(request.url).hostname)) return;
          print.error();
        },
      });
    },
  };
}
