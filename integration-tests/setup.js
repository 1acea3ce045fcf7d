// Shared by the module and http suites: quiet Medusa's logs and never phone home.
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
process.env.LOG_LEVEL = process.env.LOG_LEVEL || "error"
