import type { Flow } from "./content-types";

/** The version a shared link was made with, when it is an older one than the flow's current. */
export function readVersion(
  search: Record<string, string | string[] | undefined>,
  current: number,
): number | null {
  const raw = search.v;
  if (typeof raw !== "string" || !/^\d{1,4}$/.test(raw)) return null;
  const version = Number(raw);
  return version >= 1 && version < current ? version : null;
}

/** What changed after a version, oldest first. */
export function changesSince(flow: Flow, version: number): { version: number; summary: string }[] {
  return flow.content.changes
    .filter((c) => c.version > version)
    .map(({ version: v, summary }) => ({ version: v, summary }));
}
