import { describe, expect, it } from 'vitest';
import { domainEventTypes } from '@gongkai/domain';
import type { DomainEventType } from '@gongkai/domain';
import type { SchemaNode } from '../testing/arbitraryEventData';
import {
  arbitraryFromSchema,
  marker,
  schemaNodeOf,
  seededRandom,
  stringLeaves,
  withSmuggledFields,
} from '../testing/arbitraryEventData';
import { recordedEvent } from '../testing/recordedEvent';
import type { FieldRule, ObjectRule } from './allowList';
import { internalEventReasons, isPublicEventType, publicEventRules } from './allowList';
import { toCloudEvent } from './toCloudEvent';

const RUNS_PER_TYPE = 200;
const publicTypes = domainEventTypes.filter(isPublicEventType);
const internalTypes = domainEventTypes.filter((type) => !isPublicEventType(type));

/** The object schemas a node may be (a union of objects, possibly nullable). */
const objectsOf = (node: SchemaNode): SchemaNode[] => {
  const options = node.anyOf ?? node.oneOf;
  if (options) return options.flatMap(objectsOf);
  return node.type === 'object' ? [node] : [];
};

const listItemsOf = (node: SchemaNode): SchemaNode[] => {
  const options = node.anyOf ?? node.oneOf;
  if (options) return options.flatMap(listItemsOf);
  return node.type === 'array' && node.items ? [node.items] : [];
};

/** Fields of the domain's data that the allow-list neither allows nor withholds, and rule names the data lacks. */
const undecided = (node: SchemaNode, rule: ObjectRule, path: string): string[] => {
  const properties = Object.assign({}, ...objectsOf(node).map((object) => object.properties ?? {})) as Record<
    string,
    SchemaNode
  >;
  const problems = Object.keys(rule.fields)
    .filter((name) => !(name in properties))
    .map((name) => `${path}.${name} is allowed but not in the domain's data`);
  for (const [name, child] of Object.entries(properties)) {
    const fieldRule: FieldRule | undefined = rule.fields[name];
    if (fieldRule !== undefined && rule.withheld?.[name])
      problems.push(`${path}.${name} is allowed and withheld`);
    if (fieldRule === undefined) {
      if (!rule.withheld?.[name]) problems.push(`${path}.${name} is neither allowed nor withheld`);
    } else if (fieldRule !== 'copy') {
      const [nodes, objectRule] =
        'each' in fieldRule ? [listItemsOf(child), fieldRule.each] : [[child], fieldRule];
      problems.push(...nodes.flatMap((item) => undecided(item, objectRule, `${path}.${name}`)));
    }
  }
  return problems;
};

/** The paths (as `stringLeaves` writes them) whose strings a rule lets out. */
const allowedPaths = (rule: ObjectRule, path = ''): string[] =>
  Object.entries(rule.fields).flatMap(([name, fieldRule]) => {
    const at = `${path}.${name}`;
    if (fieldRule === 'copy') return [at, `${at}[]`];
    return 'each' in fieldRule ? allowedPaths(fieldRule.each, `${at}[]`) : allowedPaths(fieldRule, at);
  });

describe('the allow-list of the public topic', () => {
  it('decides every event type of the catalogue: public or internal (with a reason), never both', () => {
    const undecidedTypes = domainEventTypes.filter(
      (type) => isPublicEventType(type) === Object.hasOwn(internalEventReasons, type),
    );
    expect(undecidedTypes).toEqual([]);
    expect(Object.keys(internalEventReasons).every((type) => !isPublicEventType(type))).toBe(true);
  });

  it.each(publicTypes)(
    '%s: every field of its data, at every depth, is allowed or withheld with a reason',
    (type) => {
      expect(undecided(schemaNodeOf(type), publicEventRules[type], type)).toEqual([]);
    },
  );

  it.each(publicTypes)(
    `%s: over ${RUNS_PER_TYPE} arbitrary events, only allow-listed fields reach the CloudEvent, each from its own place`,
    (type) => {
      const allowed = new Set(allowedPaths(publicEventRules[type]));
      const random = seededRandom(type.length * 7919);
      for (let run = 0; run < RUNS_PER_TYPE; run++) {
        const data = withSmuggledFields(arbitraryFromSchema(schemaNodeOf(type), '', random));
        const cloudEvent = toCloudEvent(recordedEvent(type, data));
        const leaves = stringLeaves(cloudEvent?.data);
        expect(leaves.filter((leaf) => !allowed.has(leaf.path))).toEqual([]);
        const moved = leaves.filter((leaf) => leaf.value.startsWith('«') && leaf.value !== marker(leaf.path));
        expect(moved).toEqual([]);
      }
    },
  );

  it.each(domainEventTypes)(
    '%s: no actor, correlation or causation id, no withheld and no smuggled field is ever published',
    (type: DomainEventType) => {
      const random = seededRandom(type.length * 104729);
      const withheld = isPublicEventType(type)
        ? Object.keys(publicEventRules[type].withheld ?? {}).map((name) => marker(`.${name}`))
        : [];
      for (let run = 0; run < RUNS_PER_TYPE; run++) {
        const data = withSmuggledFields(arbitraryFromSchema(schemaNodeOf(type), '', random));
        const json = JSON.stringify(toCloudEvent(recordedEvent(type, data)) ?? {});
        expect(json).not.toMatch(/«metadata|«smuggled|test:|county-admin/);
        for (const field of withheld) expect(json).not.toContain(field.slice(0, -1));
      }
    },
  );

  it.each(internalTypes)('%s never goes out', (type) => {
    const data = arbitraryFromSchema(schemaNodeOf(type), '', seededRandom(1));
    expect(toCloudEvent(recordedEvent(type, data))).toBeUndefined();
  });

  it('an event type the catalogue does not know stays home', () => {
    expect(toCloudEvent(recordedEvent('CitizenComplaintRecorded', { name: '张三' }))).toBeUndefined();
  });
});
