/**
 * Prisma's schema engine as WebAssembly (published on npm), driven through the
 * pg driver adapter. The CLI's native engine is downloaded from outside the npm
 * registry at first use, which cannot work offline or in an air-gapped network.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Queryable = { performIO: (query: unknown) => Promise<{ fields?: { dataTypeID: number }[] } | undefined> };
type Adapter = Queryable & { startTransaction?: (...args: unknown[]) => Promise<Queryable> };

/**
 * Catalog queries read Postgres's one-byte "char" columns (relkind, contype…),
 * which adapter-pg refuses as an unsupported type; their values arrive as text,
 * so reporting them as text lets introspection run.
 */
function readCharAsText<T extends Queryable>(queryable: T): T {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  return queryable;
}

function patchAdapter<T extends Adapter>(adapter: T): T {
  readCharAsText(adapter);
  const startTransaction = adapter.startTransaction?.bind(adapter);
  if (startTransaction) {
    adapter.startTransaction = async (...args) => readCharAsText(await startTransaction(...args));
  }
  return adapter;
}

let engineModule: Promise<void> | undefined;

/**
 * The generated bindings cache views of the module's memory, so the module is
 * instantiated once per process and every engine shares it.
 */
function loadEngineModule(): Promise<void> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return engineModule;
}

export type EngineHandle = { engine: SchemaEngine; close: () => Promise<void> };

/** Opens the engine on `databaseUrl`. */
export async function openSchemaEngine(databaseUrl: string, datamodel?: string): Promise<EngineHandle> {
  const factory = new PrismaPg({ connectionString: databaseUrl });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchAdapter((await connect()) as unknown as Adapter) as never;

  await loadEngineModule();
  // The engine reports a Rust panic through this global before throwing.
  const panics: string[] = [];
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => panics.push(message),
  };
  const logs: string[] = [];
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: datamodel ? [["schema.prisma", datamodel]] : undefined },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(factory),
  );

  return {
    engine,
    close: async () => {
      engine.free();
    },
  };
}
