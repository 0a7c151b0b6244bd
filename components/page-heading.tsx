"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

// The first page of a visit keeps the browser's own focus; every later navigation moves focus to
// the new page's heading, so keyboard and screen reader users land on the step they just opened.
let firstPageShown = false;

export function PageHeading({
  children,
  className,
}: {
  children: React.ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    if (!firstPageShown) {
      firstPageShown = true;
      return;
    }
    ref.current?.focus();
  }, [pathname]);

  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
