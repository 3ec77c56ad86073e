/**
 * The per-activity part of calculate() remembered between calls: an activity's conversion depends on nothing but its
 * own fields and the rule set, so while both are the same, so is its scored item. A calculator with hundreds of
 * activities then rescores only the one a keystroke changed. The whole-case steps (the span, the yearly sums, the
 * certificate years, the materials) are not remembered here: calculate() runs them over every item each time.
 */
import type { Activity } from './draft-schema';
import type { RuleSet } from './rule-set-schema';

/**
 * An activity's fields as they were scored: their names and values, in order. Only flat activities are remembered
 * (every value a string, number, boolean or undefined, as every valid draft's are), so comparing the values is
 * comparing the whole activity, even if a caller changed the object in place.
 */
interface Fields {
  names: string[];
  values: unknown[];
}

interface Entry<T> {
  ruleSet: RuleSet;
  fields: Fields;
  value: T;
}

/** The fields of a flat activity, or null when a value is an object or a function (such an activity is not remembered). */
function fieldsOf(activity: Activity): Fields | null {
  const names: string[] = [];
  const values: unknown[] = [];
  const record = activity as unknown as Record<string, unknown>;
  for (const name in record) {
    const value = record[name];
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') return null;
    names.push(name);
    values.push(value);
  }
  return { names, values };
}

/** True when the activity still has exactly these fields and values (no allocation: runs for every activity). */
function sameFields(activity: Activity, fields: Fields): boolean {
  const record = activity as unknown as Record<string, unknown>;
  let i = 0;
  for (const name in record) {
    if (fields.names[i] !== name || !Object.is(record[name], fields.values[i])) return false;
    i++;
  }
  return i === fields.names.length;
}

/**
 * Results remembered per activity object and rule set. Weakly held: an activity replaced in the draft (every edit
 * replaces one) is forgotten with it.
 */
export class ScoreMemo<T> {
  private readonly entries = new WeakMap<Activity, Entry<T>>();

  /**
   * The value remembered for this activity under this rule set, if its fields have not changed since; else the
   * value `compute` gives now (remembered for next time).
   */
  get(activity: Activity, ruleSet: RuleSet, compute: () => T): T {
    const hit = this.entries.get(activity);
    if (hit !== undefined && hit.ruleSet === ruleSet && sameFields(activity, hit.fields)) return hit.value;
    const value = compute();
    const fields = fieldsOf(activity);
    if (fields !== null) this.entries.set(activity, { ruleSet, fields, value });
    else if (hit !== undefined) this.entries.delete(activity);
    return value;
  }
}
