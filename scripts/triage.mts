// `npm run --silent triage < file`: the browser's paste triage on standard input, as one JSON object.
import { triageFlows } from "@/content/triage-index";
import { serverNow } from "@/lib/clock";
import { locate } from "@/lib/triage/locate";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

try {
  const located = locate(await readStdin(), triageFlows, serverNow());
  const output = {
    flow: located.flow,
    path: located.path,
    step: located.step,
    matches: located.matches.map(({ rule, text }) => ({ rule, text })),
    redacted: located.redacted,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
} catch (error) {
  process.stderr.write(`triage: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
