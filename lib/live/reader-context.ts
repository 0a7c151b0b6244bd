import type { ParamsOf } from "./binding";
import type { LiveConfig } from "./config";
import type { HttpAnswer } from "./http";
import type { ProxyKind } from "./proxy-targets";
import type { FindingOf, ReaderId } from "./reader-catalog";
import type { Evidence, Finding, Result } from "./result";

/** What a reader may use: the person's input, and sources that answer instead of throwing. */
export type ReaderContext = {
  input: string;
  config: LiveConfig;
  /** Calls the server proxy for an Azure DevOps route of the input organization. */
  ado: (kind: ProxyKind, withToken: boolean) => Promise<Result<HttpAnswer>>;
  /** Calls a URL from the browser. */
  get: (url: string) => Promise<Result<HttpAnswer>>;
  /** Calls Microsoft Graph from the browser with the person's Graph token. */
  graph: (path: string) => Promise<Result<HttpAnswer>>;
  now: () => Date;
};

/** Reads one thing about the tenant. It names no flow: bindings say what its findings mean. */
export type Reader<R extends ReaderId> = (
  ctx: ReaderContext,
  params: ParamsOf<R>,
) => Promise<Finding<FindingOf<R>>>;

export const evidence = (
  ctx: ReaderContext,
  read: string,
  from: string,
  value: string,
): Evidence => ({ read, from, at: ctx.now().toISOString(), value });
