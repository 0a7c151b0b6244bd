/**
 * Production servers the browser tests run against, one per pinned clock, so that date-bound
 * branches are walked on both sides of their dates whatever day the tests run.
 */
export const servers = [
  { name: "before global PAT retirement", clock: "2026-11-29T12:00:00Z", port: 3100 },
  { name: "after global PAT retirement", clock: "2026-12-02T12:00:00Z", port: 3101 },
].map((server) => ({
  ...server,
  baseURL: `http://127.0.0.1:${server.port}`,
  now: Date.parse(server.clock),
}));

export const defaultServer = servers[0]!;

/** Help-center pages that frame the wizard: one allowed by GUIDEPATH_FRAME_ANCESTORS, one not. */
export const hosts = { allowed: "http://127.0.0.1:3190", refused: "http://127.0.0.1:3191" };

/** A flow whose advice never changes with the date is walked once, on the default server. */
export function serversFor(flow: { dateEdges: readonly string[] }) {
  return flow.dateEdges.length ? servers : [defaultServer];
}
