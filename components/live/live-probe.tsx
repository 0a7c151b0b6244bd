"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import type { LiveConfig } from "@/lib/live/config";
import { probeFor, type ProbeResult } from "@/lib/live/probes";
import { runProbe } from "./run-probe";
import { account, signIn, wasSignedIn } from "./msal-session";
import { rememberEvidence } from "./evidence-store";

type Props = {
  config: LiveConfig;
  flow: string;
  state: string;
  /** Where to go with each possible answer, provenance included. */
  hrefs: Record<string, string>;
  /** Index the answer will have in the path: where its evidence is kept. */
  index: number;
  siteHref: string;
};

const INPUT_KEY = "guidepath.live.input.";
const noSubscription = () => () => {};

/** Answers the current question from the organization's own settings, when the person asks. */
export function LiveProbe({ config, flow, state, hrefs, index, siteHref }: Props) {
  const probe = probeFor(flow, state);
  const id = useId();
  const router = useRouter();
  const remembered = useSyncExternalStore(
    noSubscription,
    () => (probe ? sessionStorage.getItem(INPUT_KEY + probe.input.label) : null),
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
  }, [config, probe]);

  if (!probe) return null;
  const needsSignIn = probe.needsSignIn && !user;

  async function read(event: React.FormEvent) {
    event.preventDefault();
    if (!probe) return;
    if (!probe.input.pattern.test(input))
      return setStatus(
        `Please answer yourself, or correct the ${probe.input.label}: that does not look like one.`,
      );
    sessionStorage.setItem(INPUT_KEY + probe.input.label, input);
    setStatus("Reading…");
    const result: ProbeResult = await runProbe(probe, input, config);
    if (result.status === "known" && hrefs[result.answer]) {
      rememberEvidence(flow, index, result.evidence);
      setStatus("Answered from your organization's settings.");
      router.push(hrefs[result.answer]!);
    } else
      setStatus(
        result.status === "unknown"
          ? `Please answer yourself: ${result.message}`
          : "Please answer yourself.",
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
        Reads {probe.reads}. Nothing is stored, and a failed read is never taken as an answer.
      </p>
      {framed && probe.needsSignIn ? (
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
            {probe.input.label}
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
            {probe.input.hint}
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
