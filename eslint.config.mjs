import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Machines and framework-free logic must run on the server, in tests and in the browser alike.
    files: ["machines/**/*.ts", "lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "next", "next/*", "@/components/*", "@/app/*"] },
      ],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "sessionStorage"],
    },
  },
  {
    ignores: [
      ".next/**",
      "out/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      ".ci-out/**",
    ],
  },
];

export default config;
