import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Guidepath", template: "%s · Guidepath" },
  description:
    "Guided troubleshooting for Jira, Git Integration for Jira and Jira mail handlers connecting to Azure DevOps and Microsoft Entra ID.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-slate-50 text-slate-900 antialiased">{children}</body>
    </html>
  );
}
