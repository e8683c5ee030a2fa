// Screen 1: the questionnaire, exactly as GET /v1/questionnaire gives it (order, words, types,
// ranges, follow-ups), and the compose request built from the answers.

import {h, idFor} from './dom.js';

const LIST_FIELDS = new Set(['red_flags', 'mobility_limits']);

/**
 * Renders the form into `section`; `onSubmit(request)` composes, and `onChange()` is called
 * on every change to an answer (a composition made before it no longer answers them).
 */
export function renderQuestionnaire(questionnaire, section, {onSubmit, onChange}) {
  const answers = new Map(); // link_id → true | false | string (integers as typed)
  const questions = new Map(); // link_id → {item, element, parent}
  const conditional = []; // elements shown only when their enable_when holds

  section.querySelector('h1').textContent = questionnaire.title;
  section.querySelector('#loading')?.remove();

  const summary = h('div', {class: 'error-summary', id: 'error-summary', tabindex: '-1', hidden: true});
  const regions = regionChoice(questionnaire);
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Continue');
  const form = h('form', {id: 'question-form', novalidate: true},
    summary,
    questionnaire.items.map((item) => renderItem(item, null)),
    regions.element,
    h('div', {class: 'form-actions'}, submit));
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (input.type === 'radio') {
      answers.set(input.name, input.dataset.value === 'true' ? true
        : input.dataset.value === 'false' ? false : input.dataset.value);
      refreshConditions();
    }
    onChange();
  });
  form.addEventListener('input', (event) => {
    if (event.target.type === 'text') {
      answers.set(event.target.name, event.target.value.trim());
      onChange();
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const missing = [...questions.values()].filter(
      (q) => q.item.required && q.item.type !== 'group' && isEnabled(q.item)
        && (answers.get(q.item.link_id) ?? '') === '');
    if (missing.length > 0) {
      showErrors('Answer these questions first', missing.map((q) => ({
        question: q, text: `${q.item.label || q.item.text} — ${missingMessage(q.item)}`,
      })));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(buildRequest(), {region: regions.value()});
    } finally {
      setBusy(false);
    }
  });
  // the page's own introduction (index.html) says what this page does with the answers; the
  // questionnaire's description is written for every client (some can save a routine)
  section.append(form);
  refreshConditions();

  function renderItem(item, parent) {
    const entry = {item, parent, element: null};
    questions.set(item.link_id, entry);
    let element;
    if (item.type === 'group') element = renderGroup(item);
    else if (item.type === 'boolean') element = renderBoolean(item);
    else if (item.anchors && item.max_value !== null) element = renderScale(item);
    else element = renderNumber(item);
    entry.element = element;
    const followUps = item.items.length && item.type !== 'group'
      ? h('div', {class: 'follow-ups'}, item.items.map((child) => renderItem(child, item)))
      : null;
    const wrapper = followUps ? h('div', {class: 'with-follow-ups'}, element, followUps) : element;
    if (item.enable_when.length) conditional.push({item, element: wrapper});
    return wrapper;
  }

  function renderGroup(item) {
    const titleId = idFor(item.link_id, '-title');
    return h('section', {class: 'group', 'aria-labelledby': titleId},
      h('h2', {id: titleId}, item.text),
      item.help_text && h('p', {class: 'hint'}, item.help_text),
      item.items.map((child) => renderItem(child, item)));
  }

  function question(item, tag, attributes, legend, ...body) {
    const id = idFor(item.link_id);
    return h(tag, {class: 'question', id, ...attributes},
      legend,
      item.help_text && h('p', {class: 'hint', id: `${id}-hint`}, item.help_text),
      h('p', {class: 'error', id: `${id}-error`, hidden: true}),
      ...body);
  }

  function choice(item, value, text, srText) {
    const id = idFor(item.link_id, `-${value}`);
    return h('label', {class: 'choice', for: id},
      h('input', {type: 'radio', id, name: item.link_id, 'data-value': value}),
      h('span', {}, text, srText && h('span', {class: 'visually-hidden'}, srText)));
  }

  function renderBoolean(item) {
    return question(item, 'fieldset', {'aria-describedby': describedBy(item)},
      h('legend', {}, item.text),
      h('div', {class: 'choices yes-no'}, choice(item, 'true', 'Yes'), choice(item, 'false', 'No')));
  }

  function renderScale(item) {
    const anchors = new Map(item.anchors.map((anchor) => [anchor.value, anchor.label]));
    const values = [];
    for (let v = item.min_value; v <= item.max_value; v += 1) values.push(v);
    return question(item, 'fieldset', {'aria-describedby': describedBy(item)},
      h('legend', {}, item.text),
      h('div', {class: 'choices scale'},
        values.map((v) => choice(item, String(v), String(v),
          anchors.has(v) ? `, ${anchors.get(v)}` : null))),
      h('div', {class: 'anchors', 'aria-hidden': 'true'},
        item.anchors.map((anchor) => h('span', {}, `${anchor.value}: ${anchor.label}`))));
  }

  function renderNumber(item) {
    const id = idFor(item.link_id);
    const range = rangeWords(item);
    return question(item, 'div', {},
      h('label', {for: `${id}-input`, class: 'label'},
        item.text, item.required ? null : h('span', {class: 'optional'}, ' (optional)')),
      range && h('p', {class: 'hint', id: `${id}-range`}, range),
      h('input', {
        type: 'text', inputmode: 'numeric', autocomplete: 'off', id: `${id}-input`,
        name: item.link_id, class: 'number', 'aria-describedby': describedBy(item, range),
      }));
  }

  function describedBy(item, range = null) {
    const id = idFor(item.link_id);
    return [item.help_text && `${id}-hint`, range && `${id}-range`].filter(Boolean).join(' ') || null;
  }

  function isEnabled(item) {
    const entry = questions.get(item.link_id);
    if (entry.parent && entry.parent.type !== 'group' && !isEnabled(entry.parent)) return false;
    return item.enable_when.every((condition) => {
      const source = questions.get(condition.question);
      return source && isEnabled(source.item) && answers.get(condition.question) === condition.answer;
    });
  }

  function refreshConditions() {
    for (const {item, element} of conditional) element.hidden = !isEnabled(item);
  }

  function buildRequest() {
    const request = {red_flags: [], mobility_limits: []};
    for (const {item} of questions.values()) {
      if (!item.answer || !isEnabled(item)) continue;
      const value = answers.get(item.link_id);
      const field = item.answer.field;
      if (LIST_FIELDS.has(field)) {
        if (value === true) request[field].push(item.answer.value);
      } else if (value !== undefined && value !== '') {
        // whole numbers go as numbers; anything else as typed, for the API to judge (422)
        request[field] = /^-?\d{1,9}$/.test(value) ? Number(value) : value;
      }
    }
    const region = regions.value();
    if (region) request.region = region;
    return request;
  }

  function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
    for (const q of questions.values()) if (q.item.type !== 'group') markError(q, null);
  }

  /** Shows `text` beside the question (or clears it), and ties it to the question's field. */
  function markError(q, text) {
    const errorId = `${idFor(q.item.link_id)}-error`;
    const error = q.element.querySelector(`#${errorId}`);
    error.textContent = text || '';
    error.hidden = !text;
    for (const input of q.element.querySelectorAll('input')) {
      if (text) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    const described = q.item.type === 'boolean' || q.item.anchors ? q.element
      : q.element.querySelector('input');
    const ids = (described.getAttribute('aria-describedby') || '').split(' ')
      .filter((id) => id && id !== errorId);
    if (text) ids.unshift(errorId);
    if (ids.length) described.setAttribute('aria-describedby', ids.join(' '));
    else described.removeAttribute('aria-describedby');
  }

  /** The error summary (focused), and each message beside its question. */
  function showErrors(title, problems) {
    summary.replaceChildren(
      h('h2', {id: 'error-summary-title'}, title),
      h('ul', {}, problems.map(({question: q, text}) => h('li', {},
        q ? h('a', {href: `#${focusTarget(q.item)}`, onclick: (event) => {
          event.preventDefault();
          document.getElementById(focusTarget(q.item)).focus();
        }}, text) : text))));
    for (const {question: q, text} of problems) if (q) markError(q, text);
    summary.hidden = false;
    summary.focus();
  }

  function focusTarget(item) {
    const id = idFor(item.link_id);
    if (item.type === 'boolean') return `${id}-true`;
    if (item.anchors) return `${id}-${item.min_value}`;
    return `${id}-input`;
  }

  function setBusy(busy) {
    submit.disabled = busy;
    submit.textContent = busy ? 'Please wait…' : 'Continue';
    form.setAttribute('aria-busy', String(busy));
  }

  /** The service failed (no connection, no answer in time, not the API's answer): a calm
   * message and a button that sends the same answers again. */
  function showFailure(message) {
    clearErrors();
    summary.replaceChildren(
      h('h2', {id: 'error-summary-title'}, 'We could not get your routine'),
      h('p', {}, message, ' Your answers are still here.'),
      h('button', {type: 'button', class: 'secondary', onclick: () => form.requestSubmit()},
        'Try again'));
    summary.hidden = false;
    summary.focus();
  }

  /** A problem from the API: a 422's `errors` beside their questions; anything else on top. */
  function showProblem(problem) {
    const errors = problem.errors || [];
    if (errors.length === 0) {
      showErrors('Something went wrong', [{question: null, text: problem.detail}]);
      return;
    }
    showErrors('Check these answers', errors.map((error) => {
      const q = questionFor(error);
      return {question: q, text: errorText(error, q && q.item)};
    }));
  }

  function questionFor(error) {
    const field = String(error.field || '').replace(/\[\d+\]$/, '');
    return [...questions.values()].find((q) => q.item.answer && q.item.answer.field === field
      && (!LIST_FIELDS.has(field) || q.item.answer.value === error.value)) || null;
  }

  return {showProblem, showFailure, clearErrors};
}

function missingMessage(item) {
  if (item.type === 'boolean') return 'answer yes or no.';
  if (item.anchors) return `choose a number from ${item.min_value} to ${item.max_value}.`;
  return 'enter a number.';
}

function rangeWords(item) {
  if (item.min_value === null || item.max_value === null) return null;
  return `A whole number from ${item.min_value} to ${item.max_value}.`;
}

function sentence(text) {
  const trimmed = String(text).trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.?]$/.test(capital) ? capital : `${capital}.`;
}

/** "How many minutes do you have? Input should be … 240. You entered 999. A whole number …" */
function errorText(error, item) {
  const parts = [item ? item.label || item.text : error.field || 'Your answers', '—',
    sentence(error.message)];
  const value = error.value;
  if (value !== null && value !== undefined && typeof value !== 'object' && value !== '') {
    parts.push(`You entered “${value}”.`);
  }
  if (item) {
    const range = rangeWords(item);
    if (range) parts.push(range);
  } else if (error.accepted) {
    parts.push(`Accepted: ${error.accepted.join(', ')}.`);
  }
  return parts.join(' ');
}

/** A region is not a question (the questionnaire says so): a setting, for local services. */
function regionChoice(questionnaire) {
  const codes = [...new Set(questionnaire.referral_actions.flatMap(
    (action) => Object.keys(action.regional || {})))].sort();
  if (codes.length === 0) return {element: null, value: () => null};
  const names = new Intl.DisplayNames(['en'], {type: 'region'});
  const select = h('select', {id: 'region', name: 'region', 'aria-describedby': 'region-hint'},
    h('option', {value: ''}, 'Not chosen'),
    codes.map((code) => h('option', {value: code}, names.of(code) || code)));
  const element = h('div', {class: 'question setting'},
    h('label', {for: 'region', class: 'label'}, 'Where you are (optional)'),
    h('p', {class: 'hint', id: 'region-hint'},
      'If we advise you to get help, we can add the services to contact there.'),
    select);
  return {element, value: () => select.value || null};
}
