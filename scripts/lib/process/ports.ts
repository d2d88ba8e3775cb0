import { createServer } from "node:net"

/** Fails early, with the variable to change, when a port is already in use. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer()
    probe.once("error", () => resolve(false))
    probe.listen(port, () => probe.close(() => resolve(true)))
  })
  if (!free) {
    throw new Error(`Port ${port}, wanted for ${what}, is already in use. Stop what uses it or set ${variable}.`)
  }
}
