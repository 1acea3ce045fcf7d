// One jest invocation, three projects, so `npm test` reports one summary:
//   unit    *.unit.spec.ts beside the code (pure rules, no database)
//   modules plugins/*/integration-tests/**/*.spec.ts (moduleIntegrationTestRunner, real PostgreSQL)
//   http    integration-tests/http/**/*.spec.ts (medusaIntegrationTestRunner, the whole app over HTTP)
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
  // A second Medusa app booted in the same process fails its module loaders ("Map.prototype.set called on
  // incompatible receiver"), so each suite needs a fresh worker: with a memory limit this low, jest
  // restarts the worker after every suite that booted an app. scripts/haat.mjs runs --maxWorkers=1.
  workerIdleMemoryLimit: "128MB",
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
  ],
}
