// Shared by the module and http suites: quiet Medusa's logs and never phone home.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"

// A second medusaIntegrationTestRunner suite in the same run (runInBand) fails with "Map.prototype.set
// called on incompatible receiver": MikroORM reuses entity metadata built under the previous suite's
// jest globals. Clearing its storage makes each suite build its own (medusajs/medusa#9350).
require("@medusajs/deps/mikro-orm/core").MetadataStorage.clear()
