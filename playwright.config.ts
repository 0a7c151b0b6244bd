import { defineConfig } from "@playwright/test";
import { defaultServer, hosts, servers } from "./e2e/servers";

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: ".ci-out/playwright.json" }]],
  use: {
    baseURL: defaultServer.baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: servers.map((server) => ({
    command: `npx next start -H 127.0.0.1 -p ${server.port}`,
    url: `${server.baseURL}/`,
    env: {
      GUIDEPATH_CLOCK: server.clock,
      GUIDEPATH_FRAME_ANCESTORS: hosts.allowed,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  })),
});
