import type { DroppedNotice } from "@/lib/step-url";

/** Says plainly that part of a link could not be used, and where the person is instead. */
export function ReplayNotice({ notice }: { notice: DroppedNotice }) {
  const what =
    notice.count === 1 ? "One answer in your link" : `${notice.count} answers in your link`;
  return (
    <div
      role="status"
      className="mb-6 rounded-md border-l-4 border-amber-500 bg-amber-50 p-4 text-amber-950"
    >
      <p className="font-semibold">Part of this link no longer fits the guide</p>
      <p className="mt-1">
        {what} could not be used
        {notice.first ? (
          <>
            , starting with{" "}
            <code className="rounded bg-amber-100 px-1 font-mono">{notice.first}</code>
          </>
        ) : null}
        . The guide may have changed, or the link was cut short. You are at the last step that still
        fits; answer again from here.
      </p>
    </div>
  );
}
