import { connection } from "next/server";
import { RedirectBridge } from "@/components/live/redirect-bridge";

export default async function AuthRedirectPage() {
  // Rendered per request, so its scripts carry this request's CSP nonce.
  await connection();
  return <RedirectBridge />;
}
