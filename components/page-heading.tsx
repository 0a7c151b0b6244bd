"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

// The first page of a visit keeps the browser's own focus; every later navigation moves focus to
// the new page's heading, so keyboard and screen reader users land on the step they just opened.
let firstPageShown = false;

type Props = { children: React.ReactNode; className?: string; preventScroll?: boolean };

export function PageHeading({ children, className, preventScroll = false }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    // In a frame, focusing must not scroll the host page.
    ref.current?.focus({ preventScroll });
  }, [pathname, preventScroll]);

  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
