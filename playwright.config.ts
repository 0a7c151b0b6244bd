import { defineConfig } from "@playwright/test";
import { defaultServer, hosts, servers } from "./e2e/servers";
import { demoEnv } from "./scripts/mock-tenant/demo-env.mjs";

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
    // The mock tenant's OpenID Connect provider has a throwaway self-signed certificate.
    ignoreHTTPSErrors: true,
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
  webServer: [
    ...servers.map((server) => ({
      // Server output goes to a file, which a test then searches for tokens.
      command: `mkdir -p .ci-out && exec npx next start -H 127.0.0.1 -p ${server.port} >> .ci-out/server-${server.port}.log 2>&1`,
      url: `${server.baseURL}/`,
      env: {
        GUIDEPATH_CLOCK: server.clock,
        GUIDEPATH_FRAME_ANCESTORS: hosts.allowed,
        NEXT_TELEMETRY_DISABLED: "1",
        // Live mode on the default server only: the other shows the wizard without it.
        ...(server === defaultServer ? demoEnv() : {}),
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    })),
    {
      command:
        "mkdir -p .ci-out && exec node scripts/mock-tenant.mjs >> .ci-out/mock-tenant.log 2>&1",
      url: "http://127.0.0.1:4000/health",
      env: { MOCK_TENANT_APPS: servers.map((s) => s.baseURL).join(",") },
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
