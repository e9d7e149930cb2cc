// The production server (`npm start` runs it after building): Next's request handler behind a
// plain node:http server, for one reason: the address of the TCP peer. Next itself copies the
// socket address into X-Forwarded-For only when the client sent none, so a forged header would
// hide it. Here every request gets `x-accord-peer` = the socket's address, and whatever a
// client sent under that name is dropped; lib/server/request.ts decides from it and from
// ACCORD_TRUSTED_PROXIES which address is the client's.
import { createServer } from "node:http";

process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  delete req.headers["x-accord-peer"];
  // Headers the app sets for itself (proxy.ts) must never come from outside either.
  delete req.headers["x-accord-path"];
  req.headers["x-accord-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((error) => {
    console.error("[server] request failed", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => console.log(`Accord: listening on http://localhost:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
