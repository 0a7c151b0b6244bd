import Link from "next/link";

/** Header, main and footer of the site; the embed route goes without them. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="focus:text-accent sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/" className="text-accent-strong text-lg font-semibold hover:underline">
            Guidepath
          </Link>
          <p className="text-sm text-slate-600">
            Jira ↔ Azure DevOps and Entra ID sign-in problems
          </p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="no-print mx-auto max-w-5xl px-4 pb-10 text-sm text-slate-600">
        Illustrations are drawn for this guide; they are not screenshots of the products. Every fact
        comes from a public page:{" "}
        <Link href="/sources" className="underline underline-offset-2">
          the sources, and when we last checked them
        </Link>
        .
      </footer>
    </div>
  );
}
