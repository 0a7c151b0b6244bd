"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import type { ProbeBinding } from "@/lib/live/binding";
import type { LiveConfig } from "@/lib/live/config";
import type { ProbePanel } from "@/lib/live/reader-catalog";
import type { Asks, ProbeOutcome } from "@/lib/live/run-binding";
import { account, signIn, wasSignedIn } from "./msal-session";
import { rememberEvidence } from "./evidence-store";

type Props = {
  config: LiveConfig;
  flow: string;
  binding: ProbeBinding<string>;
  /** The step's words for findings that answer nothing. */
  asks: Asks;
  /** What to show before the reader's code is loaded. */
  panel: ProbePanel;
  /** Where to go with each possible answer, provenance included. */
  hrefs: Record<string, string>;
  /** Index the answer will have in the path: where its evidence is kept. */
  index: number;
  siteHref: string;
};

const INPUT_KEY = "guidepath.live.input.";
const noSubscription = () => () => {};

/** Reader code, and the schemas it checks answers with, load only when someone asks for a read. */
async function run(binding: ProbeBinding<string>, input: string, config: LiveConfig, asks: Asks) {
  try {
    const { runProbe } = await import("./run-probe");
    return await runProbe(binding, input, config, asks);
  } catch {
    const outcome: ProbeOutcome = {
      ok: false,
      reason: "network",
      message: "The reader could not be loaded: check your connection.",
    };
    return outcome;
  }
}

/** Answers the current question from the organization's own settings, when the person asks. */
export function LiveProbePanel({
  config,
  flow,
  binding,
  asks,
  panel,
  hrefs,
  index,
  siteHref,
}: Props) {
  const id = useId();
  const router = useRouter();
  const { label, hint, pattern } = panel.input;
  const remembered = useSyncExternalStore(
    noSubscription,
    () => sessionStorage.getItem(INPUT_KEY + label),
    () => null,
  );
  const framed = useSyncExternalStore(
    noSubscription,
    () => window.top !== window.self,
    () => false,
  );
  const [typed, setInput] = useState<string | null>(null);
  const input = typed ?? remembered ?? "";
  const [user, setUser] = useState<string | null>(null);
  const [status, setStatus] = useState<string>("");

  useEffect(() => {
    if (wasSignedIn())
      account(config)
        .then((a) => setUser(a?.username ?? a?.name ?? null))
        .catch(() =>
          setStatus("Sign-in did not complete: answer the question yourself, or try again."),
        );
  }, [config]);

  const needsSignIn = panel.needsSignIn && !user;

  async function read(event: React.FormEvent) {
    event.preventDefault();
    if (!new RegExp(pattern).test(input))
      return setStatus(
        `Please answer yourself, or correct the ${label}: that does not look like one.`,
      );
    sessionStorage.setItem(INPUT_KEY + label, input);
    setStatus("Reading…");
    const result = await run(binding, input, config, asks);
    const href = result.ok ? hrefs[result.answer] : undefined;
    if (result.ok && href) {
      rememberEvidence(flow, index, result.evidence);
      setStatus("Answered from your organization's settings.");
      router.push(href);
    } else
      setStatus(
        result.ok ? "Please answer yourself." : `Please answer yourself: ${result.message}`,
      );
  }

  return (
    <section
      aria-labelledby={`${id}-h`}
      className="mt-8 rounded-lg border border-sky-200 bg-sky-50 p-4 text-sky-950"
    >
      <h2 id={`${id}-h`} className="font-semibold">
        Answer from your organization&apos;s settings
      </h2>
      <p className="mt-1 text-sm">
        Reads {panel.reads}. Nothing is stored, and a failed read is never taken as an answer.
      </p>
      {framed && panel.needsSignIn ? (
        <p className="mt-2">
          Signing in does not work inside a frame.{" "}
          <a href={siteHref} target="_blank" rel="noopener" className="underline">
            Continue in a new tab at this step
          </a>
          .
        </p>
      ) : needsSignIn ? (
        <button
          type="button"
          onClick={() =>
            signIn(config).catch(() =>
              setStatus(
                "Sign-in was blocked or closed: answer the question yourself, or try again.",
              ),
            )
          }
          className="mt-2 rounded-md bg-sky-800 px-3 py-1.5 font-semibold text-white"
        >
          Sign in with Microsoft
        </button>
      ) : (
        <form onSubmit={read} className="mt-2 flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm font-medium">
            {label}
            <input
              value={input}
              onChange={(e) => setInput(e.target.value)}
              className="mt-1 rounded border-2 border-sky-300 bg-white px-2 py-1 font-normal"
              aria-describedby={`${id}-hint`}
            />
          </label>
          <button
            type="submit"
            className="rounded-md bg-sky-800 px-3 py-1.5 font-semibold text-white"
          >
            Read it
          </button>
          <span id={`${id}-hint`} className="w-full text-xs">
            {hint}
            {user ? ` · Signed in as ${user}` : ""}
          </span>
        </form>
      )}
      <p role="status" className="mt-2 text-sm">
        {status}
      </p>
    </section>
  );
}
