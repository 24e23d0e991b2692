/**
 * Reads a content schema (Zod 4, as Astro ships it) into a plain description of its fields:
 * what the editor UI needs to offer the same choices and limits the build enforces. Types the
 * schema states are read from its definition; what only its behaviour says (a date, a reference
 * to another collection, whether a field may be left out) is found by parsing probe values.
 */

/** The subset of a Zod schema this module reads. */
export interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string; checks?: ZodCheckLike[] } };
  safeParse(value: unknown): { success: boolean; data?: unknown };
}

/** A check attached to a schema (a length, a bound, a format). */
interface ZodCheckLike {
  _zod: {
    def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp };
  };
}

/** One field of a content schema, as an editor sees it. */
export type FieldShape =
  | { kind: 'text'; required: boolean; min?: number; max?: number; patterns: RegExp[] }
  | { kind: 'number'; required: boolean; min?: number; max?: number; integer: boolean }
  | { kind: 'boolean'; required: boolean; default?: boolean }
  | { kind: 'date'; required: boolean }
  | { kind: 'choice'; required: boolean; options: string[] }
  | { kind: 'image'; required: boolean }
  | { kind: 'reference'; required: boolean; collection: string }
  | { kind: 'record'; required: boolean; value: FieldShape }
  | { kind: 'list'; required: boolean; min?: number; max?: number; item: FieldShape }
  | { kind: 'object'; required: boolean; fields: Record<string, FieldShape> };

/** How the caller marks schemas this module cannot recognise on its own (Astro's image()). */
export interface ShapeOptions {
  isImage(schema: ZodLike): boolean;
}

/** A field of a kind the editor UI cannot offer: the schema must grow a mapping for it. */
export class UnsupportedFieldError extends Error {}

const PROBE_DATE = '2024-05-19';
const PROBE_ID = 'probe-id';

/** Describes an object schema's fields, in the schema's order. */
export function describeObject(schema: ZodLike, options: ShapeOptions, path = ''): Record<string, FieldShape> {
  const core = unwrap(schema);
  if (core._zod.def.type !== 'object')
    throw new UnsupportedFieldError(`${path || 'schema'}: expected an object schema, found ${core._zod.def.type}`);
  const shape = core._zod.def.shape as Record<string, ZodLike>;
  return Object.fromEntries(
    Object.entries(shape).map(([name, field]) => [name, describeField(field, options, path ? `${path}.${name}` : name)]),
  );
}

/** Describes one field; `path` names it in errors. */
export function describeField(schema: ZodLike, options: ShapeOptions, path: string): FieldShape {
  const required = !schema.safeParse(undefined).success;
  const core = unwrap(schema);
  const def = core._zod.def;
  const limits = checksOf(core);
  if (options.isImage(core)) return { kind: 'image', required };
  const reference = referencedCollection(core);
  if (reference) return { kind: 'reference', required, collection: reference };
  if (isDate(core)) return { kind: 'date', required };
  switch (def.type) {
    case 'string':
      return { kind: 'text', required, ...limits.bounds, patterns: limits.patterns };
    case 'number':
      return { kind: 'number', required, ...limits.bounds, integer: limits.integer };
    case 'boolean': {
      const fallback = schema.safeParse(undefined);
      return { kind: 'boolean', required, ...(fallback.success && typeof fallback.data === 'boolean' ? { default: fallback.data } : {}) };
    }
    case 'enum':
      return { kind: 'choice', required, options: Object.values(def.entries as Record<string, string>) };
    case 'record':
      return { kind: 'record', required, value: describeField(def.valueType as ZodLike, options, `${path}.*`) };
    case 'array': {
      const item = describeField(def.element as ZodLike, options, `${path}[]`);
      return { kind: 'list', required, ...limits.bounds, item: { ...item, required: true } };
    }
    case 'object':
      return { kind: 'object', required, fields: describeObject(core, options, path) };
    case 'pipe': {
      // A transform after the data (labels() removing duplicates) keeps the input's shape; a check
      // after it (themes: at least one) adds its limits.
      const input = describeField(def.in as ZodLike, options, path);
      const output = unwrap(def.out as ZodLike);
      if (input.kind === 'list' && output._zod.def.type === 'array')
        return { ...input, required, ...definedBounds(input, checksOf(output).bounds) };
      return { ...input, required };
    }
    default:
      throw new UnsupportedFieldError(`${path}: no editor field for a schema of type "${def.type}"`);
  }
}

/** Strips optional, default and nullable wrappers, and transforms that only reshape their input. */
function unwrap(schema: ZodLike): ZodLike {
  let current = schema;
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault')
      current = def.innerType as ZodLike;
    else if (
      def.type === 'pipe' &&
      (def.out as ZodLike)._zod.def.type === 'transform' &&
      (def.in as ZodLike)._zod.def.type !== 'unknown' &&
      !referencedCollection(current)
    )
      current = def.in as ZodLike;
    else return current;
  }
}

/** Astro's reference(): turns an id into { id, collection }. */
function referencedCollection(schema: ZodLike): string | undefined {
  const def = schema._zod.def;
  if (def.type !== 'pipe' || (def.in as ZodLike)._zod.def.type !== 'union') return undefined;
  const result = schema.safeParse(PROBE_ID);
  const data = result.data as { id?: unknown; collection?: unknown } | undefined;
  return result.success && data?.id === PROBE_ID && typeof data.collection === 'string' ? data.collection : undefined;
}

/** A field that turns "YYYY-MM-DD" into a Date and refuses other text. */
function isDate(schema: ZodLike): boolean {
  if (schema._zod.def.type !== 'pipe') return false;
  const good = schema.safeParse(PROBE_DATE);
  return good.success && good.data instanceof Date && !schema.safeParse('không phải ngày').success;
}

/** Lengths, bounds, integer and pattern checks of a schema. */
function checksOf(schema: ZodLike): { bounds: { min?: number; max?: number }; integer: boolean; patterns: RegExp[] } {
  const bounds: { min?: number; max?: number } = {};
  const patterns: RegExp[] = [];
  let integer = false;
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.check === 'min_length') bounds.min = def.minimum;
    else if (def.check === 'max_length') bounds.max = def.maximum;
    else if (def.check === 'greater_than' && def.inclusive) bounds.min = def.value;
    else if (def.check === 'less_than' && def.inclusive) bounds.max = def.value;
    else if (def.check === 'number_format') integer = Boolean(def.format?.includes('int'));
    else if (def.check === 'string_format' && def.format === 'regex' && def.pattern) patterns.push(def.pattern);
  }
  return { bounds, integer, patterns };
}

function definedBounds(shape: { min?: number; max?: number }, extra: { min?: number; max?: number }): { min?: number; max?: number } {
  return { min: extra.min ?? shape.min, max: extra.max ?? shape.max };
}
