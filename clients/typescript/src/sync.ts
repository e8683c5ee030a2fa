/**
 * Offline copies of the content: keep the bundle (`GET /v1/bundle`), then apply what changed
 * (`GET /v1/bundle/changes?since=<content_version>`) as `BundleDelta` describes it. The result
 * equals the full bundle of the delta's `content_version`.
 */
import type { components } from "./schema.js";

export type Bundle = components["schemas"]["Bundle"];
export type BundleDelta = components["schemas"]["BundleDelta"];

/** A resource's key in its collection: a routine's `id`, otherwise its `slug`. */
function keyed<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function applyTo<T>(
  items: readonly T[],
  key: (item: T) => string,
  changed: readonly T[],
  retired: readonly string[],
  order: readonly string[] | null,
): T[] {
  const gone = new Set(retired);
  const byKey = keyed(
    items.filter((item) => !gone.has(key(item))),
    key,
  );
  for (const item of changed) {
    byKey.set(key(item), item); // a changed one keeps its place; a new one goes last
  }
  if (order === null) {
    return [...byKey.values()];
  }
  return order.map((k) => {
    const item = byKey.get(k);
    if (item === undefined) {
      throw new Error(`the delta orders ${k}, which neither the copy nor the delta holds`);
    }
    return item;
  });
}

/** The bundle `delta` turns `bundle` into (a new object; `bundle` is left as it was). */
export function applyChanges(bundle: Bundle, delta: BundleDelta): Bundle {
  if (delta.since !== bundle.content_version) {
    throw new Error(`changes since ${delta.since} do not apply to version ${bundle.content_version}`);
  }
  const bySlug = (item: { slug: string }): string => item.slug;
  const { changed, retired, order } = delta;
  return {
    ...bundle,
    content_version: delta.content_version,
    rule_language_version: delta.rule_language_version,
    poses: applyTo(bundle.poses, bySlug, changed.poses, retired.poses, order.poses),
    routines: applyTo(
      bundle.routines,
      (routine) => routine.id,
      changed.routines,
      retired.routines,
      order.routines,
    ),
    safety_rules: applyTo(
      bundle.safety_rules,
      bySlug,
      changed.safety_rules,
      retired.safety_rules,
      order.safety_rules,
    ),
    mobility_limits: applyTo(
      bundle.mobility_limits,
      bySlug,
      changed.mobility_limits,
      retired.mobility_limits,
      order.mobility_limits,
    ),
    red_flags: applyTo(
      bundle.red_flags,
      bySlug,
      changed.red_flags,
      retired.red_flags,
      order.red_flags,
    ),
    sources: applyTo(bundle.sources, bySlug, changed.sources, retired.sources, order.sources),
    questionnaire: delta.questionnaire ?? bundle.questionnaire,
  };
}
