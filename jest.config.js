// One jest invocation, three projects, so `npm test` reports one summary:
//   unit    *.unit.spec.ts beside the code (pure rules, no database)
//   modules plugins/*/integration-tests/**/*.spec.ts (moduleIntegrationTestRunner, real PostgreSQL)
//   http    integration-tests/http/**/*.spec.ts (medusaIntegrationTestRunner, the whole app over HTTP)
//   process integration-tests/process/**/*.spec.ts (the built app and scripts/haat.mjs as real processes)
//   browser integration-tests/browser/**/*.spec.ts (the built app and admin, driven in Chromium)
const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true, decorators: true },
        transform: { react: { runtime: "automatic" } },
      },
    },
  ],
}

const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/plugins/.*/.medusa/"],
}

module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/*.unit.spec.[jt]s", "<rootDir>/plugins/*/src/**/*.unit.spec.[jt]s", "<rootDir>/scripts/**/*.unit.spec.[jt]s"],
    },
    {
      ...common,
      displayName: "modules",
      testMatch: ["<rootDir>/plugins/*/integration-tests/**/*.spec.[jt]s"],
      setupFiles: ["<rootDir>/integration-tests/setup.js"],
    },
    {
      ...common,
      displayName: "http",
      testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
      setupFiles: ["<rootDir>/integration-tests/setup.js"],
    },
    {
      ...common,
      displayName: "process",
      testMatch: ["<rootDir>/integration-tests/process/**/*.spec.[jt]s"],
      // These tests share scripts/lib/*.mjs with the scripts: keep import() native so ESM loads as ESM.
      transform: {
        "^.+\\.[jt]sx?$": [
          "@swc/jest",
          { jsc: { parser: { syntax: "typescript" } }, module: { type: "commonjs", ignoreDynamic: true } },
        ],
      },
    },
    {
      ...common,
      displayName: "browser",
      testMatch: ["<rootDir>/integration-tests/browser/**/*.spec.[jt]s"],
      setupFiles: ["<rootDir>/integration-tests/setup.js"],
    },
  ],
}
