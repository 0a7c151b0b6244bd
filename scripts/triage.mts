// `npm run --silent triage < file`: the browser's paste triage on standard input, as one JSON object.
import { flows } from "@/content/registry";
import { serverNow } from "@/lib/clock";
import { routeTriage } from "@/lib/triage/route";
import { triage } from "@/lib/triage/triage";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

try {
  const result = triage(await readStdin());
  const route = routeTriage(result, flows, serverNow());
  const output = {
    flow: route?.flow ?? null,
    path: route?.path ?? [],
    step: route?.step ?? null,
    matches: result.matches.map(({ rule, text }) => ({ rule, text })),
    redacted: result.redacted,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
} catch (error) {
  process.stderr.write(`triage: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
