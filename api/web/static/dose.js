// Pure functions over a composed item: its dose in words, the player's timer plan, its figure.

/** Seconds the player waits between the two sides of a pose done on each side. */
export const SWITCH_SECONDS = 5;

const top = (range) => range.max ?? range.min;

function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

function amount(range, one, many) {
  if (range.max === null || range.max === undefined) return `at least ${plural(range.min, one, many)}`;
  if (range.min === range.max) return plural(range.min, one, many);
  return `${range.min} to ${plural(range.max, one, many)}`;
}

function seconds(range) {
  const whole = (n) => n % 60 === 0 && n > 0;
  if (whole(range.min) && (range.max === null || range.max === undefined || whole(range.max))) {
    return amount({min: range.min / 60, max: range.max && range.max / 60}, 'minute', 'minutes');
  }
  return amount(range, 'second', 'seconds');
}

/** "Hold for 20 to 30 seconds", "Repeat 10 times, on each side", … */
export function doseInWords(dose) {
  let words;
  if (dose.hold_seconds) words = `Hold for ${seconds(dose.hold_seconds)}`;
  else if (dose.breaths) words = `Hold for ${amount(dose.breaths, 'breath', 'breaths')}`;
  else if (dose.repetitions) {
    const r = dose.repetitions;
    words = r.max === null || r.max === undefined
      ? `Repeat at least ${plural(r.min, 'time', 'times')}`
      : `Repeat ${r.min === r.max ? '' : `${r.min} to `}${plural(r.max, 'time', 'times')}`;
  } else if (dose.duration_seconds) words = `Keep going for ${seconds(dose.duration_seconds)}`;
  else return '';
  return dose.sides === 'each' ? `${words}, on each side` : words;
}

/** "about 6 minutes" for a routine's total_seconds. */
export function durationInWords(totalSeconds) {
  if (totalSeconds < 60) return plural(totalSeconds, 'second', 'seconds');
  const minutes = Math.round(totalSeconds / 60);
  return `about ${plural(minutes, 'minute', 'minutes')}`;
}

/** The step that states the dose's measure ("Hold for 20 seconds."), or -1. */
export function doseStepIndex(item) {
  const measure = ['hold_seconds', 'breaths', 'repetitions', 'duration_seconds']
    .find((name) => item.dose[name]);
  return item.steps.findIndex((step) => step[measure]);
}

/**
 * The timer for an item: what it counts and how long each count lasts, per side.
 *
 * The pace of a breath or a repetition is the item's own `seconds` (the time the composer
 * counts for it, with the content's seconds per breath and per repetition) divided by the
 * count: the player then takes exactly the time the routine says it takes.
 */
export function timerPlan(item) {
  const dose = item.dose;
  const sides = dose.sides === 'each' ? 2 : 1;
  let measure = 'seconds';
  let count;
  if (dose.hold_seconds) count = top(dose.hold_seconds);
  else if (dose.duration_seconds) count = top(dose.duration_seconds);
  else if (dose.breaths) { measure = 'breaths'; count = top(dose.breaths); }
  else { measure = 'repetitions'; count = top(dose.repetitions); }
  const unitSeconds = measure === 'seconds' ? 1 : item.seconds / (count * sides);
  const segments = [];
  for (let side = 1; side <= sides; side += 1) {
    if (side > 1) segments.push({kind: 'switch', seconds: SWITCH_SECONDS, side});
    segments.push({kind: 'work', seconds: count * unitSeconds, side});
  }
  const total = segments.reduce((sum, segment) => sum + segment.seconds, 0);
  return {measure, count, unitSeconds, sides, segments, total};
}

/** Where the timer is after `elapsed` seconds: the segment, and the seconds into it. */
export function timerPosition(plan, elapsed) {
  let start = 0;
  for (const segment of plan.segments) {
    if (elapsed < start + segment.seconds) return {segment, into: elapsed - start, done: false};
    start += segment.seconds;
  }
  const last = plan.segments[plan.segments.length - 1];
  return {segment: last, into: last.seconds, done: true};
}

/**
 * The figure for an item: a required modification's own figure when the pose has one, else
 * the one phase the modifications keep, else (in the player, for a moving pose) the animated
 * figure, else the main figure. `label` says what the figure shows beyond the pose; `source`
 * is the figure's address in the API (the page shows its copy held since it started).
 */
export function figureFor(item, pose, options = {}) {
  const figure = chooseFigure(item, pose, options);
  return figure && {...figure, source: pose?.media?.sources?.[figure.url] ?? figure.url};
}

function chooseFigure(item, pose, {animated = false} = {}) {
  const media = pose?.media;
  if (!media) return null;
  const figures = media.figures || {};
  const required = item.modifications.filter((m) => !m.optional);
  const shaped = required.find((m) => figures[m.slug]);
  if (shaped) return {url: figures[shaped.slug], label: shaped.label};
  const omitted = new Set(required.flatMap((m) => m.omitted_phases || []));
  if (omitted.size > 0) {
    const kept = (pose.phases || []).filter((phase) => !omitted.has(phase.name));
    if (kept.length === 1 && figures[kept[0].name]) {
      return {url: figures[kept[0].name], label: kept[0].label};
    }
  }
  if (animated && item.pose.kind === 'dynamic' && figures.animated) {
    const phases = (pose.phases || []).map((phase) => phase.label);
    return {url: figures.animated, label: phases.length ? `moving between ${phases.join(' and ')}` : null};
  }
  return media.image_url ? {url: media.image_url, label: null} : null;
}

/** Text for a figure's alt attribute. */
export function figureAlt(item, figure) {
  return figure.label
    ? `Drawing of ${item.pose.name}: ${figure.label}`
    : `Drawing of ${item.pose.name}`;
}

/** Clock-style time: 0:05, 1:30. */
export function clock(totalSeconds) {
  const whole = Math.max(0, Math.ceil(totalSeconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
