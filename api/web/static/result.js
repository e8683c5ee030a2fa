// Screen 2: what the composer said. A referral is all there is when it comes: the action to
// take, and nothing to continue to. Otherwise what to do instead, or the routine.

import {fill, h} from './dom.js';
import {doseInWords, durationInWords, figureAlt, figureFor} from './dose.js';

/** Renders `composition` into `section` (its heading is `#result-title`). */
export function renderResult(section, composition, context) {
  section.replaceChildren();
  section.className = `screen outcome-${composition.outcome}`;
  if (composition.outcome === 'referral') return renderReferral(section, composition, context);
  if (composition.outcome === 'no_suitable_poses') return renderNothingSuits(section, composition, context);
  return renderRoutine(section, composition, context);
}

function actionFor(context, slug) {
  return context.questionnaire.referral_actions.find((action) => action.slug === slug) || null;
}

function renderReferral(section, composition, context) {
  const referral = composition.referral;
  const action = actionFor(context, referral.action);
  const title = action ? action.label : 'Get advice before you stretch';
  fill(section,
    h('div', {class: `referral urgency-${referral.urgency}`},
      h('h1', {id: 'result-title', tabindex: '-1'}, title),
      h('p', {class: 'referral-message'}, referral.message),
      referral.contact && h('p', {class: 'referral-contact'}, referral.contact),
      h('h2', {}, 'Why'),
      h('ul', {class: 'reasons'}, referral.reasons.map((reason) => h('li', {},
        h('strong', {}, reason.answers.join('; ')), h('br'), reason.message))),
      notices(composition.notices, context)));
  return title;
}

function renderNothingSuits(section, composition, context) {
  const title = 'What to do instead';
  fill(section,
    h('h1', {id: 'result-title', tabindex: '-1'}, title),
    notices(composition.notices, context),
    leftOut(composition.excluded),
    h('div', {class: 'form-actions'},
      h('button', {type: 'button', class: 'secondary', onclick: context.onChangeAnswers},
        'Change my answers')));
  return title;
}

function renderRoutine(section, composition, context) {
  const title = 'Your routine';
  const count = composition.items.length;
  const start = () => h('button', {type: 'button', class: 'primary', onclick: context.onStart},
    'Start the routine');
  fill(section,
    h('h1', {id: 'result-title', tabindex: '-1'}, title),
    h('p', {class: 'lead'},
      `${count} ${count === 1 ? 'pose' : 'poses'}, ${durationInWords(composition.total_seconds)}.`),
    h('div', {class: 'form-actions'}, start()),
    composition.notices.length > 0 && h('section', {'aria-labelledby': 'notices-title'},
      h('h2', {id: 'notices-title'}, 'Before you start'),
      notices(composition.notices, context)),
    h('section', {'aria-labelledby': 'items-title'},
      h('h2', {id: 'items-title'}, 'The poses'),
      h('ol', {class: 'items'}, composition.items.map((item) => renderItem(item, context)))),
    leftOut(composition.excluded),
    h('div', {class: 'form-actions'}, start(),
      h('button', {type: 'button', class: 'secondary', onclick: context.onChangeAnswers},
        'Change my answers')));
  return title;
}

function renderItem(item, context) {
  const pose = context.poses.get(item.pose.slug);
  const figure = figureFor(item, pose);
  const titleId = `item-${item.position}-title`;
  const required = item.modifications.filter((m) => !m.optional);
  const optional = item.modifications.filter((m) => m.optional);
  return h('li', {class: 'item', 'aria-labelledby': titleId},
    figure && h('img', {class: 'figure', src: figure.url, 'data-source': figure.source, alt: figureAlt(item, figure)}),
    h('div', {class: 'item-text'},
      h('h3', {id: titleId}, item.pose.name),
      item.substitutes_for && h('p', {class: 'substitute'}, `In place of ${item.substitutes_for.name}.`),
      h('p', {class: 'dose'}, doseInWords(item.dose)),
      h('ol', {class: 'steps'}, item.steps.map((step) => h('li', {}, step.text))),
      modifications('Changed for you', required),
      modifications('If you need it', optional)));
}

function modifications(heading, list) {
  if (list.length === 0) return null;
  return h('div', {class: 'modifications'},
    h('h4', {}, heading),
    h('ul', {}, list.map((m) => h('li', {},
      h('strong', {}, m.label), h('br'), m.instruction,
      m.reason && h('span', {class: 'reason'}, ` ${m.reason}`)))));
}

function leftOut(excluded) {
  if (excluded.length === 0) return null;
  return h('section', {class: 'left-out', 'aria-labelledby': 'left-out-title'},
    h('h2', {id: 'left-out-title'}, 'Left out, and why'),
    h('ul', {}, excluded.map((exclusion) => h('li', {'data-pose': exclusion.pose.slug},
      h('strong', {}, exclusion.pose.name),
      exclusion.rules.map((rule) => h('p', {}, rule.message)),
      exclusion.substituted_by && h('p', {class: 'replaced'},
        `Replaced by ${exclusion.substituted_by.name}.`)))));
}

/** The composer's notices, most severe first, with what their action asks for. */
export function notices(list, context) {
  if (list.length === 0) return null;
  return h('ul', {class: 'notices'}, list.map((notice) => {
    const action = notice.action && actionFor(context, notice.action);
    const regional = action && context.region && action.regional?.[context.region];
    return h('li', {class: `notice severity-${notice.severity}`},
      notice.message,
      action && action.advice && h('span', {class: 'advice'}, ` ${action.advice}`),
      regional && h('span', {class: 'advice'}, ` ${regional}`));
  }));
}
