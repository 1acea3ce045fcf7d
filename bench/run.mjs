#!/usr/bin/env node
// npm run bench -- <scenario> [options]: runs bench/<scenario>.mjs, whose default export receives
// the remaining arguments. Each scenario prints its figures for Haat and a baseline from the same run.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const scenarios = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".mjs") && f !== "run.mjs")
  .map((f) => f.slice(0, -4))
  .sort()

const [scenario, ...args] = process.argv.slice(2)
if (!scenario || !scenarios.includes(scenario)) {
  console.error(`usage: npm run bench -- <${scenarios.join("|")}> [options]`)
  process.exit(2)
}

try {
  const mod = await import(pathToFileURL(path.join(here, `${scenario}.mjs`)).href)
  if (typeof mod.default === "function") {
    await mod.default(args)
  }
  process.exit(0)
} catch (e) {
  console.error(`[bench] ${scenario} failed: ${e.stack ?? e.message}`)
  process.exit(1)
}
