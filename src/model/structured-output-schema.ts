import { z } from "zod";

type JsonSchema = Record<string, unknown>;

/**
 * Rewrites a JSON schema in place for OpenAI strict mode: every object gets
 * `additionalProperties: false` and lists all its properties as required.
 */
function enforceStrictObjects(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  if (Array.isArray(node)) {
    node.forEach(enforceStrictObjects);
    return;
  }
  const schema = node as JsonSchema;
  if (schema.type === "object" && typeof schema.properties === "object" && schema.properties !== null) {
    schema.additionalProperties = false;
    schema.required = Object.keys(schema.properties);
  }
  delete schema.$schema;
  for (const value of Object.values(schema)) enforceStrictObjects(value);
}

/** A Standard Schema (https://standardschema.dev) whose JSON schema is fixed and whose validation accepts any value. */
export interface PassThroughSchema {
  "~standard": {
    version: 1;
    vendor: string;
    validate: (value: unknown) => { value: unknown };
    jsonSchema: { input: () => JsonSchema; output: () => JsonSchema };
  };
}

/**
 * Wraps a zod schema for `withStructuredOutput`: the model receives the
 * schema's strict JSON form, and LangChain hands back the JSON unvalidated.
 * checkgraph validates it itself, so an invalid plan reaches the plan
 * validator and its one repair attempt instead of failing inside the client.
 */
export function toPassThroughSchema(schema: z.ZodType): PassThroughSchema {
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-7", io: "input" }) as JsonSchema;
  enforceStrictObjects(jsonSchema);
  return {
    "~standard": {
      version: 1,
      vendor: "checkgraph",
      validate: (value) => ({ value }),
      jsonSchema: { input: () => jsonSchema, output: () => jsonSchema },
    },
  };
}
