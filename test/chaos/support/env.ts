import { chaosSettings } from "./settings.ts"

/**
 * Runs before each chaos file's imports: test/support reads the Medusa address when it is
 * imported, so it has to point at the chaos stack from the start. The publishable key and
 * DATABASE_URL are set by the harness once the stack is up.
 */
const settings = chaosSettings()
process.env.CHO_PHIEN_MEDUSA_URL = `http://localhost:${settings.medusaPort}`
process.env.CHO_PHIEN_DATA_DIR = settings.dataDir
