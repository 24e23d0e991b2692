/**
 * schema-shape.ts reads Zod schemas into the field descriptions the editor needs: each kind of
 * field, what is required, the limits, and the fields it cannot describe. The last cases read
 * the project's own field builders (src/schemas/fields.ts), whose dates and labels are only
 * recognisable by their behaviour.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { describeField, describeObject, UnsupportedFieldError, type ZodLike } from '../../../src/cms/config/schema-shape';
import { isoDate, labels, text } from '../../../src/schemas/fields';

const image = z.string().describe('image');
const options = { isImage: (schema: ZodLike) => schema === (image as unknown as ZodLike) };
const describe1 = (schema: z.ZodType) => describeField(schema as unknown as ZodLike, options, 'field');

describe('describeField', () => {
  it('reads text with its lengths and patterns, and whether it may be left out', () => {
    expect(
      describe1(
        z
          .string()
          .min(2)
          .max(40)
          .regex(/^[a-z]+$/),
      ),
    ).toEqual({ kind: 'text', required: true, min: 2, max: 40, patterns: [/^[a-z]+$/] });
    expect(describe1(z.string().optional())).toEqual({ kind: 'text', required: false, patterns: [] });
  });

  it('reads numbers with their inclusive bounds and whether they must be whole', () => {
    expect(describe1(z.number().int().min(1945).max(2100))).toEqual({
      kind: 'number',
      required: true,
      min: 1945,
      max: 2100,
      integer: true,
    });
    expect(describe1(z.number())).toEqual({ kind: 'number', required: true, integer: false });
  });

  it('reads a boolean with its default, which makes it optional', () => {
    expect(describe1(z.boolean().default(false))).toEqual({ kind: 'boolean', required: false, default: false });
    expect(describe1(z.boolean())).toEqual({ kind: 'boolean', required: true });
  });

  it('reads choices, records, lists and nested objects', () => {
    expect(describe1(z.enum(['cá nhân', 'tập thể']))).toEqual({ kind: 'choice', required: true, options: ['cá nhân', 'tập thể'] });
    expect(describe1(z.record(z.string(), z.string()))).toEqual({
      kind: 'record',
      required: true,
      value: { kind: 'text', required: true, patterns: [] },
    });
    expect(describe1(z.array(z.number()).min(1).max(3))).toEqual({
      kind: 'list',
      required: true,
      min: 1,
      max: 3,
      item: { kind: 'number', required: true, integer: false },
    });
    expect(describe1(z.object({ year: z.number().optional() }))).toEqual({
      kind: 'object',
      required: true,
      fields: { year: { kind: 'number', required: false, integer: false } },
    });
  });

  it('recognises an image through the caller, and a reference to another collection by what it parses to', () => {
    expect(describe1(image)).toEqual({ kind: 'image', required: true });
    expect(describe1(reference('stories').optional())).toEqual({ kind: 'reference', required: false, collection: 'stories' });
  });

  it('refuses a field it has no editor field for, naming it', () => {
    expect(() => describeField(z.bigint() as unknown as ZodLike, options, 'quiz.correct')).toThrow(UnsupportedFieldError);
    expect(() => describeField(z.bigint() as unknown as ZodLike, options, 'quiz.correct')).toThrow(/quiz\.correct/);
  });
});

describe('the project’s own field builders', () => {
  it('reads trimmed, curly-quoted text as text with its limits', () => {
    expect(describe1(text(200))).toEqual({ kind: 'text', required: true, min: 1, max: 200, patterns: [] });
  });

  it('recognises a "YYYY-MM-DD" date by parsing, required unless optional', () => {
    expect(describe1(isoDate())).toEqual({ kind: 'date', required: true });
    expect(describe1(isoDate().optional())).toEqual({ kind: 'date', required: false });
  });

  it('reads labels as an optional list of short texts; a later "at least one" check adds its limit and makes them required', () => {
    const item = { kind: 'text', required: true, min: 1, max: 60, patterns: [] };
    expect(describe1(labels())).toEqual({ kind: 'list', required: false, item });
    expect(describe1(labels().pipe(z.array(z.string()).min(1)))).toEqual({ kind: 'list', required: true, min: 1, item });
  });
});

describe('describeObject', () => {
  it('describes every field in the schema’s order, through optional and default wrappers', () => {
    const schema = z.strictObject({ title: text(100), year: z.number().int().optional(), tags: labels() }).optional();
    expect(Object.keys(describeObject(schema as unknown as ZodLike, options))).toEqual(['title', 'year', 'tags']);
  });

  it('refuses a schema that is not an object', () => {
    expect(() => describeObject(z.string() as unknown as ZodLike, options)).toThrow(UnsupportedFieldError);
  });
});
