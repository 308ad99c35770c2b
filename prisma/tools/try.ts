import { createMigration } from "./migrations";
const url = "postgresql://postgres@127.0.0.1:5432/nr_scratch";
try { console.log("create", await createMigration(url, "init")); } catch (e) { console.log("ERR", e); console.log((globalThis as any).PRISMA_WASM_PANIC_REGISTRY); }
