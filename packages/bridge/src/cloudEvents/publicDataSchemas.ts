import { eventCatalogue } from '@gongkai/domain';
import { z } from 'zod';
import type { FieldRule, ObjectRule, PublicEventType } from './allowList';
import { publicEventRules } from './allowList';

/**
 * The schema of what goes out, derived from the domain's schema and the allow-list, so that the
 * published contract (AsyncAPI, JSON Schema) can only ever say what the relay really sends.
 */
const project = (schema: z.ZodType, rule: FieldRule, path: string): z.ZodType => {
  if (rule === 'copy') return schema;
  // unwrap() is typed as the core base type; every schema the domain builds is a classic ZodType.
  if (schema instanceof z.ZodOptional) return project(schema.unwrap() as z.ZodType, rule, path).optional();
  if (schema instanceof z.ZodNullable) return project(schema.unwrap() as z.ZodType, rule, path).nullable();
  if ('each' in rule) {
    if (!(schema instanceof z.ZodArray)) throw new Error(`allow-list: ${path} is not a list in the domain`);
    return z.array(project(schema.element as z.ZodType, rule.each, `${path}[]`));
  }
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as readonly z.ZodType[]).map((option) => project(option, rule, path));
    return z.union(options as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  }
  if (schema instanceof z.ZodObject) return projectObject(schema, rule, path);
  throw new Error(`allow-list: ${path} is not an object in the domain`);
};

const projectObject = (schema: z.ZodObject, rule: ObjectRule, path: string): z.ZodType => {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, fieldRule] of Object.entries(rule.fields)) {
    const field = schema.shape[name] as z.ZodType | undefined;
    if (field === undefined) continue; // a field of another option of a union
    const projected = project(field, fieldRule, `${path}.${name}`);
    shape[name] = field.description ? projected.describe(field.description) : projected;
  }
  return z.object(shape);
};

const dataSchemaOf = (type: PublicEventType): z.ZodType =>
  projectObject(eventCatalogue[type].schema as z.ZodObject, publicEventRules[type], type);

/** Per public event type: the schema of the CloudEvent's `data`. */
export const publicDataSchemas = Object.fromEntries(
  (Object.keys(publicEventRules) as PublicEventType[]).map((type) => [type, dataSchemaOf(type)]),
) as Readonly<Record<PublicEventType, z.ZodType>>;
