// Types for app-process.mjs, imported by the TypeScript process tests.
import type { ChildProcess } from "node:child_process"

export const root: string

export type ManagedProcess = {
  child: ChildProcess
  pid: number
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  output(): string
  waitForOutput(pattern: RegExp, ms: number): Promise<RegExpMatchArray>
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

export type SeedSummary = {
  publishable_key: string
  admin_email: string
  region_ids: Record<string, string>
  [key: string]: unknown
}

export function freePort(): Promise<number>
export function ensureBuilt(log?: (line: string) => void): void
export function databaseUrl(name: string, env?: NodeJS.ProcessEnv): string
export function createFreshDatabase(url: string): Promise<void>
export function dropDatabase(url: string): Promise<unknown>
export function migrateAndSeed(options: { databaseUrl: string; stateDir: string; env?: NodeJS.ProcessEnv }): SeedSummary
export function cleanEnv(): NodeJS.ProcessEnv
export function startProcess(cmd: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): ManagedProcess
export function startBuiltApp(options: { port: number; env: NodeJS.ProcessEnv }): ManagedProcess
export function waitForHttp(port: number, proc?: ManagedProcess, options?: { pathname?: string; ms?: number }): Promise<void>
/** Builds the workspace packages and packs each into `dest`; returns { package name → tarball path }. */
export function packPlugins(root: string, dest: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Record<string, string>
