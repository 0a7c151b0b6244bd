import { parseInline } from "@/lib/inline";

/** Renders our inline markup as React elements: copy can never become HTML. */
export function InlineText({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((token, i) => {
        switch (token.kind) {
          case "strong":
            return (
              <strong key={i} className="font-semibold">
                {token.text}
              </strong>
            );
          case "em":
            return <em key={i}>{token.text}</em>;
          case "code":
            return (
              <code
                key={i}
                className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] break-words dark:bg-slate-800"
              >
                {token.text}
              </code>
            );
          case "link":
            return (
              <a
                key={i}
                href={token.href}
                className="text-accent hover:text-accent-strong underline underline-offset-2"
              >
                {token.text}
              </a>
            );
          default:
            return <span key={i}>{token.text}</span>;
        }
      })}
    </>
  );
}
