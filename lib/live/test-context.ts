import type { LiveConfig } from "./config";
import type { HttpAnswer } from "./http";
import type { ReaderContext } from "./reader-context";
import type { Result } from "./result";

/** Test support for the readers' tests: contexts whose sources stand in for the network. */
export const testConfig: LiveConfig = {
  clientId: "x",
  authority: "https://login.example.test/organizations",
  knownAuthorities: [],
  protocolMode: "AAD",
  adoScope: "s",
  graphScope: "g",
  graphBase: "https://graph.example.test/v1.0",
  loginBase: "https://login.example.test",
  timeoutMs: 1000,
};

export type Reply = Result<HttpAnswer>;

export const http = (
  status: number,
  body: unknown = {},
  headers: Record<string, string> = {},
): Reply => ({ ok: true, status, headers, body });

const unused = async (): Promise<Reply> => http(500, null);

/** A context whose sources a reader should not touch answer 500; a test gives those it reads. */
export function sources(
  input: string,
  given: Partial<Pick<ReaderContext, "ado" | "get" | "graph">>,
): ReaderContext {
  return {
    input,
    config: testConfig,
    ado: unused,
    get: unused,
    graph: unused,
    now: () => new Date("2026-11-20T12:00:00Z"),
    ...given,
  };
}

/** A context where every source gives the same reply. */
export const replying = (input: string, reply: Reply): ReaderContext =>
  sources(input, { ado: async () => reply, get: async () => reply, graph: async () => reply });
