// Builds the workspace plugins and the app only when their sources changed since the last build.
import { spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const STAMP = ".haat-build"
const SKIP = new Set(["node_modules", ".medusa", ".haat", ".git", ".next", "dist", "coverage"])

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) {
      continue
    }
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      walk(full, out)
    } else {
      const { size, mtimeMs } = fs.statSync(full)
      out.push(`${full}:${size}:${mtimeMs}`)
    }
  }
  return out
}

/** A digest of every source file's path, size and mtime under `paths`, plus `extra` strings. */
export function fingerprint(paths, extra = []) {
  const lines = []
  for (const p of paths) {
    if (!fs.existsSync(p)) {
      continue
    }
    if (fs.statSync(p).isDirectory()) {
      walk(p, lines)
    } else {
      const { size, mtimeMs } = fs.statSync(p)
      lines.push(`${p}:${size}:${mtimeMs}`)
    }
  }
  return crypto.createHash("sha256").update(lines.sort().concat(extra).join("\n")).digest("hex")
}

function run(cmd, args, cwd, env) {
  const result = spawnSync(cmd, args, { cwd, env, stdio: "inherit" })
  if (result.status !== 0) {
    throw new Error(`${[cmd, ...args].join(" ")} failed in ${cwd} (exit ${result.status})`)
  }
}

export function workspacePlugins(root) {
  const dir = path.join(root, "plugins")
  if (!fs.existsSync(dir)) {
    return []
  }
  return fs
    .readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((p) => fs.existsSync(path.join(p, "package.json")))
}

function manifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"))
}

/** Workspace packages in build order: a package comes after the workspace packages it depends on. */
function buildOrder(dirs) {
  const byName = new Map(dirs.map((dir) => [manifest(dir).name, dir]))
  const ordered = []
  const visit = (dir, seen = new Set()) => {
    if (ordered.includes(dir) || seen.has(dir)) {
      return
    }
    seen.add(dir)
    const { dependencies = {}, peerDependencies = {} } = manifest(dir)
    for (const dep of Object.keys({ ...dependencies, ...peerDependencies })) {
      if (byName.has(dep)) {
        visit(byName.get(dep), seen)
      }
    }
    ordered.push(dir)
  }
  dirs.forEach((dir) => visit(dir))
  return ordered
}

/**
 * Runs each workspace package's own `build` script (medusa plugin:build for plugins, tsc for libraries)
 * when its sources changed, dependencies first. Returns the packages' digests.
 */
export function buildPlugins(root, env, log) {
  return buildOrder(workspacePlugins(root)).map((dir) => {
    const digest = fingerprint([path.join(dir, "src"), path.join(dir, "package.json"), path.join(dir, "tsconfig.json")])
    const stamp = path.join(dir, STAMP)
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) {
      return digest
    }
    if (!manifest(dir).scripts?.build) {
      return digest
    }
    log(`building ${manifest(dir).name}`)
    run("npm", ["run", "build", "--silent"], dir, env)
    fs.writeFileSync(stamp, digest)
    return digest
  })
}

/** `medusa build` of the app (backend + admin) into .medusa/server when it or a plugin changed. */
export function buildApp(root, env, log, pluginDigests) {
  const digest = fingerprint(
    [path.join(root, "src"), path.join(root, "medusa-config.ts"), path.join(root, "tsconfig.json"), path.join(root, "package.json")],
    pluginDigests
  )
  const stamp = path.join(root, ".medusa", "server", STAMP)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest) {
    return
  }
  log("building the app and its admin (a minute or two, once)")
  run(path.join(root, "node_modules", ".bin", "medusa"), ["build"], root, env)
  fs.writeFileSync(stamp, digest)
}

/**
 * Builds the workspace packages and packs each into `dest` as the npm tarball another Medusa app installs
 * (`npm install <tarballs>`). Returns { name → tarball path }, dependencies first. The plugins depend on
 * @haat/india, which is not on the npm registry: it is installed from its tarball alongside them.
 */
export function packPlugins(root, dest, env, log) {
  buildPlugins(root, env, log)
  fs.mkdirSync(dest, { recursive: true })
  const tarballs = {}
  for (const dir of buildOrder(workspacePlugins(root))) {
    const result = spawnSync("npm", ["pack", "--json", "--pack-destination", dest], { cwd: dir, env, encoding: "utf8" })
    if (result.status !== 0) {
      throw new Error(`npm pack failed in ${dir} (exit ${result.status}): ${result.stderr}`)
    }
    const [{ name, filename }] = JSON.parse(result.stdout)
    tarballs[name] = path.join(dest, filename)
  }
  return tarballs
}
