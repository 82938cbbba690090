import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";

export interface HttpServerOptions {
  port: number;
  host?: string;
  metrics: Metrics;
  logger: Logger;
  /** Webhook route: path and handler (grammY's webhookCallback for node http). */
  webhook?: { path: string; handler: (req: IncomingMessage, res: ServerResponse) => unknown };
}

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

/** /healthz, /metrics and, in webhook mode, the webhook route, on one port. */
export async function startHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (opts.webhook && path === opts.webhook.path) {
      if (req.method !== "POST") return reply(res, 405, "method not allowed\n");
      Promise.resolve(opts.webhook.handler(req, res)).catch((error) => {
        opts.logger.error({ err: error }, "webhook handler failed");
        if (!res.headersSent) reply(res, 500, "error\n");
      });
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") return reply(res, 405, "method not allowed\n");
    if (path === "/healthz") return reply(res, 200, "ok\n");
    if (path === "/metrics") {
      opts.metrics.render().then(
        (text) => reply(res, 200, text, "text/plain; version=0.0.4; charset=utf-8"),
        () => reply(res, 500, "metrics unavailable\n"),
      );
      return;
    }
    reply(res, 404, "not found\n");
  });
  server.listen(opts.port, opts.host ?? "0.0.0.0");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const port = (server.address() as AddressInfo).port;
  opts.logger.info({ port, webhook: opts.webhook?.path ?? null }, "http server listening");
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function reply(res: ServerResponse, status: number, body: string, type = "text/plain; charset=utf-8"): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}
