// A few DOM helpers. Text always goes in as text (never as HTML): content is data.

/** An element: h('p', {class: 'x', onclick: f}, 'text', child, [more]). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Replaces `element`'s children, skipping null, undefined and false like h() does. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Says `text` to screen readers once, politely (the one live region of the page). */
export function announce(text) {
  const region = document.getElementById('announcer');
  // the same words again are still a change (a no-break space), so they are read again
  region.textContent = region.textContent === text ? `${text}\u00a0` : text;
}

const SCREENS = ['questions', 'result', 'player'];

/**
 * Shows one screen and moves focus to its heading. The document title stays the page's own
 * ("Stretchbase") on every screen: a tab, a window list or the history must not say what a
 * person answered or was told (a referral, a pose).
 */
export function showScreen(id) {
  for (const screen of SCREENS) document.getElementById(screen).hidden = screen !== id;
  const heading = document.getElementById(`${id}-title`);
  window.scrollTo(0, 0);
  if (heading) heading.focus();
}

/** A stable id for a questionnaire link id ("red_flags.saddle_numbness"). */
export function idFor(linkId, suffix = '') {
  return `q-${linkId.replace(/[^A-Za-z0-9_-]/g, '-')}${suffix}`;
}
