// Keep-alive timing of the production server (server.mjs), plain JavaScript because server.mjs runs before
// any TypeScript is loaded. An idle kept-alive connection is closed after 65 s, later than the 60 s that
// load balancers and proxies commonly keep theirs: a client or proxy reusing a connection at the moment
// the server closes it gets a reset instead of an answer, and Node's default of 5 s makes that race
// frequent. Headers must be allowed a little longer than the keep-alive, or Node cuts a slow request on
// a reused connection first.

export const KEEP_ALIVE_MS = 65_000;

/** Sets the server's keep-alive and header timeouts; returns the server. */
export function applyKeepAlive(server) {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  return server;
}
