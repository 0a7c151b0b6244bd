import type { Flow } from "./content-types";

/** For a link made with an older version of the flow than the current: what changed since. */
export function versionNote(
  flow: Flow,
  linkVersion: number | null,
): { from: number; changes: { version: number; summary: string }[] } | null {
  if (linkVersion === null || linkVersion >= flow.version) return null;
  return { from: linkVersion, changes: changesSince(flow, linkVersion) };
}

/** What changed after a version, oldest first. */
export function changesSince(flow: Flow, version: number): { version: number; summary: string }[] {
  return flow.content.changes
    .filter((c) => c.version > version)
    .map(({ version: v, summary }) => ({ version: v, summary }));
}
