"use client";

import { useEffect } from "react";

type Props = { flow: string; step: string; outcome: string | null };

/**
 * Tells the page that frames us how tall the content is and which step it shows. Only the
 * parent's own origin receives the messages; the browser already checked it may frame us.
 */
export function EmbedMessenger({ flow, step, outcome }: Props) {
  useEffect(() => {
    if (window.parent === window) return;
    const parentOrigin =
      window.location.ancestorOrigins?.[0] ??
      (document.referrer ? new URL(document.referrer).origin : null);
    if (!parentOrigin) return;
    const post = (message: object) => window.parent.postMessage(message, parentOrigin);
    post({ type: "guidepath:step", flow, step, outcome });
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height !== last) post({ type: "guidepath:resize", height: (last = height) });
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [flow, step, outcome]);
  return null;
}
