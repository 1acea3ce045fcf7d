import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/.medusa/**", "**/.haat/**", "**/.next/**", "**/dist/**", "**/coverage/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": "error",
    },
  },
  {
    files: ["**/src/admin/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Command-line scripts, benchmarks and test setup talk to the terminal.
    files: ["scripts/**", "bench/**", "integration-tests/**", "**/*.spec.ts", "jest.config.js", "**/*.cjs"],
    rules: { "no-console": "off", "@typescript-eslint/no-require-imports": "off" },
  }
)
