// `npm run facts`: the sources no guide has had checked in the last 90 days (or ever), by guide.
// Information for whoever keeps the guides true, not a failing check.
import { flows } from "@/content/flows";
import { serverNow } from "@/lib/clock";
import { staleSources } from "@/lib/source-index";

const now = serverNow();
let count = 0;
for (const flow of flows) {
  const stale = staleSources(flow, now);
  if (!stale.length) continue;
  console.log(`\n${flow.id}`);
  for (const { id, source, citedBy } of stale) {
    count += 1;
    const checked = source.verified ? `checked ${source.verified}` : "never checked";
    console.log(`  ${id}: ${source.title} (${checked}; cited by ${citedBy.length} step(s))`);
    if (source.url) console.log(`    ${source.url}`);
  }
}
console.log(
  `\n${count} source(s) to check again (older than 90 days on ${new Date(now).toISOString().slice(0, 10)})`,
);
