import type { Outcome } from "@/lib/flow-types";

const banners: Record<Outcome, { label: string; className: string }> = {
  resolved: { label: "The fix", className: "bg-emerald-100 text-emerald-900" },
  escalate: { label: "Hand over to support", className: "bg-amber-100 text-amber-950" },
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const banner = banners[outcome];
  return (
    <p
      className={`mb-3 inline-block rounded-full px-3 py-1 text-sm font-semibold ${banner.className}`}
    >
      {banner.label}
    </p>
  );
}
