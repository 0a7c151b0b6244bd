"use client";

import { useEffect } from "react";

/** MSAL v5 returns sign-ins to this page; the bridge hands the response back to the page that asked. */
export function RedirectBridge() {
  useEffect(() => {
    void import("@azure/msal-browser/redirect-bridge").then((bridge) =>
      bridge.broadcastResponseToMainFrame(),
    );
  }, []);
  return <p className="p-8">Signing in…</p>;
}
