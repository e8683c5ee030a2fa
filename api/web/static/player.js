// Screen 3: one pose at a time, its figure large, the current step, and a timer from the dose.

import {announce, fill, h} from './dom.js';
import {clock, doseInWords, doseStepIndex, figureAlt, figureFor, timerPlan, timerPosition} from './dose.js';
import {notices} from './result.js';

const TICK_MS = 200;
const LAST_SECONDS_CUE = 10; // "10 seconds left", for work of at least twice as long

/**
 * Plays `composition`'s items in `section`; `onExit()` goes back to the routine. Returns
 * `pause()` (the timer, if it runs: the screen is left) and `stop()` (for good).
 */
export function startPlayer(section, dialog, composition, context) {
  const items = composition.items;
  let index = 0;
  let timer = null;

  showPose(0);

  function showPose(next) {
    if (timer) timer.stop();
    index = next;
    const item = items[index];
    const pose = context.poses.get(item.pose.slug);
    const figure = figureFor(item, pose, {animated: true});
    const plan = timerPlan(item);
    let stepIndex = 0;

    const stepCount = h('p', {class: 'step-count'});
    const stepText = h('p', {class: 'step-text', id: 'current-step'});
    const previousStep = h('button', {type: 'button', class: 'secondary small'}, 'Previous step');
    const nextStep = h('button', {type: 'button', class: 'secondary small'}, 'Next step');
    const time = h('p', {class: 'time', role: 'timer', 'aria-label': 'Time left'});
    const count = h('p', {class: 'count'});
    const bar = h('progress', {max: String(plan.total), value: '0', 'aria-hidden': 'true'});
    const toggle = h('button', {type: 'button', class: 'primary', id: 'timer-toggle'}, 'Start');
    const last = index === items.length - 1;
    const hidden = (text) => h('span', {class: 'visually-hidden'}, text);
    const previousPose = h('button', {type: 'button', class: 'secondary'}, 'Previous', hidden(' pose'));
    const nextPose = h('button', {type: 'button', class: last ? 'primary' : 'secondary'},
      last ? 'Finish' : ['Next', hidden(' pose')]);
    const stop = h('button', {type: 'button', class: 'stop'}, 'Stop');

    fill(section,
      h('p', {class: 'progress-label'}, `Pose ${index + 1} of ${items.length}`),
      h('h1', {id: 'player-title', tabindex: '-1'}, item.pose.name),
      h('p', {class: 'dose'}, doseInWords(item.dose)),
      figure && h('img', {class: 'figure large', src: figure.url, 'data-source': figure.source, alt: figureAlt(item, figure)}),
      h('div', {class: 'timer'}, time, count, bar),
      h('div', {class: 'step'},
        stepCount, stepText,
        h('div', {class: 'step-nav'}, previousStep, nextStep)),
      h('div', {class: 'controls'}, toggle,
        h('div', {class: 'pose-nav'}, previousPose, stop, nextPose)));
    stepCount.id = 'step-count';

    const setStep = (n) => {
      const before = stepIndex;
      stepIndex = Math.max(0, Math.min(item.steps.length - 1, n));
      stepCount.textContent = `Step ${stepIndex + 1} of ${item.steps.length}`;
      stepText.textContent = item.steps[stepIndex].text;
      previousStep.setAttribute('aria-disabled', String(stepIndex === 0));
      nextStep.setAttribute('aria-disabled', String(stepIndex === item.steps.length - 1));
      return stepIndex !== before;
    };
    // a step that changes is read out (the live region), not only drawn
    const stepWords = () => `Step ${stepIndex + 1} of ${item.steps.length}: ${item.steps[stepIndex].text}`;
    const moveStep = (n) => {
      if (setStep(n)) announce(stepWords());
    };
    setStep(0);
    previousStep.addEventListener('click', () => moveStep(stepIndex - 1));
    nextStep.addEventListener('click', () => moveStep(stepIndex + 1));
    previousPose.setAttribute('aria-disabled', String(index === 0));
    previousPose.addEventListener('click', () => { if (index > 0) showPose(index - 1); });
    nextPose.addEventListener('click', () => {
      if (last) openStopDialog({finished: true});
      else showPose(index + 1);
    });
    stop.addEventListener('click', () => openStopDialog({finished: false}));

    timer = new Timer(plan, {
      render(position, state) {
        const {segment, into} = position;
        time.textContent = clock(segment.seconds - into);
        count.textContent = countText(plan, position, state);
        bar.value = String(Math.min(plan.total, elapsedOf(plan, position)));
        toggle.textContent = {ready: 'Start', running: 'Pause', paused: 'Resume', done: 'Start again'}[state];
      },
      started() {
        const doseStep = doseStepIndex(item);
        if (doseStep >= 0) setStep(doseStep);
        announce(`Started. ${stepWords()}`);
      },
      paused: () => announce('Paused.'),
      resumed: () => announce('Going on.'),
      segmentChanged(segment) {
        if (segment.kind === 'switch') {
          announce(`Switch sides. The other side starts in ${segment.seconds} seconds.`);
        } else announce('Other side now.');
      },
      lastSeconds: (seconds) => announce(`${seconds} seconds left.`),
      done() {
        announce(last ? 'Done. That was the last pose.' : `Done. Next: ${items[index + 1].pose.name}.`);
      },
    });
    toggle.addEventListener('click', () => timer.toggle());
    document.getElementById('player-title').focus();
    announce(stepWords()); // after the pose's name, which the focus reads
  }

  function openStopDialog({finished}) {
    const item = items[index];
    const wasRunning = timer && timer.state === 'running';
    if (wasRunning) timer.toggle();
    const pose = context.poses.get(item.pose.slug);
    const cautions = (pose?.cautions || []).map((caution) => caution.text);

    const ask = () => {
      fill(dialog,
        h('h2', {id: 'stop-title', tabindex: '-1'}, 'How did that feel?'),
        finished && h('p', {}, 'That is the end of the routine.'),
        h('div', {class: 'choices feelings'},
          h('button', {type: 'button', class: 'secondary', onclick: () => advise('fine')}, 'Fine'),
          h('button', {type: 'button', class: 'secondary', onclick: () => advise('uncomfortable')},
            'Uncomfortable'),
          h('button', {type: 'button', class: 'secondary', onclick: () => advise('hurt')}, 'It hurt')),
        !finished && h('button', {type: 'button', class: 'link', onclick: () => dialog.close('back')},
          'Go back to the pose'));
    };
    const advise = (feeling) => {
      // the stop advice: the session's warnings and actions, and this pose's cautions
      const advice = composition.notices.filter(
        (notice) => notice.severity !== 'info' || notice.action);
      const seen = new Set(advice.map((notice) => notice.message));
      const extra = cautions.filter((text) => !seen.has(text));
      fill(dialog,
        h('h2', {id: 'stop-title', tabindex: '-1'}, 'Before you stretch again'),
        h('p', {}, feeling === 'fine'
          ? 'Thank you. Keep this in mind each time you stretch.'
          : 'Thank you for telling us. Rest now, and read this before you stretch again.'),
        notices(advice, context),
        extra.length > 0 && h('ul', {class: 'notices'},
          extra.map((text) => h('li', {class: 'notice'}, text))),
        h('button', {type: 'button', class: 'primary', onclick: () => dialog.close('exit')},
          'Back to your routine'));
      dialog.dataset.stage = 'advice';
      dialog.querySelector('#stop-title').focus();
    };
    dialog.dataset.stage = 'ask';
    ask();
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'navigated') {
        // the browser's Back or Forward closed it: the screen it goes to takes the focus
      } else if (dialog.returnValue === 'back' || (dialog.returnValue === '' && dialog.dataset.stage === 'ask')) {
        document.getElementById('timer-toggle').focus();
      } else {
        if (timer) timer.stop();
        context.onExit();
      }
      dialog.returnValue = '';
    }, {once: true});
    dialog.showModal();
    dialog.querySelector('#stop-title').focus();
  }

  return {
    pause() {
      if (timer && timer.state === 'running') timer.toggle();
    },
    stop() {
      if (timer) timer.stop();
    },
  };
}

function elapsedOf(plan, position) {
  let start = 0;
  for (const segment of plan.segments) {
    if (segment === position.segment) return start + position.into;
    start += segment.seconds;
  }
  return plan.total;
}

function countText(plan, position, state) {
  const {segment, into} = position;
  if (state === 'done') return 'Done.';
  if (segment.kind === 'switch') return 'Switch sides.';
  const side = plan.sides > 1 ? `Side ${segment.side} of ${plan.sides}` : null;
  let counted = null;
  if (plan.measure !== 'seconds' && state === 'ready') {
    const unit = plan.measure === 'breaths' ? 'breaths' : 'repetitions';
    counted = `${plan.count} ${unit}, ${Number(plan.unitSeconds.toFixed(1))} seconds each`;
  } else if (plan.measure !== 'seconds') {
    const n = Math.min(plan.count, Math.floor(into / plan.unitSeconds) + 1);
    if (plan.measure === 'breaths') {
      const inward = into % plan.unitSeconds < plan.unitSeconds / 2;
      counted = `Breath ${n} of ${plan.count}: breathe ${inward ? 'in' : 'out'}`;
    } else counted = `Repetition ${n} of ${plan.count}`;
  }
  return [side, counted].filter(Boolean).join(' · ');
}

/** A pausable countdown over a plan's segments, on performance.now() (whole milliseconds
 * are added up, so a controlled clock gives exact times). */
class Timer {
  constructor(plan, hooks) {
    this.plan = plan;
    this.hooks = hooks;
    this.state = 'ready';
    this.elapsedMs = 0;
    this.interval = null;
    this.render();
  }

  toggle() {
    if (this.state === 'running') {
      this.tick();
      if (this.state === 'done') return;
      this.halt('paused');
      this.hooks.paused();
      return;
    }
    if (this.state === 'done') this.elapsedMs = 0;
    const resuming = this.state === 'paused';
    this.state = 'running';
    this.last = performance.now();
    this.segment = this.position().segment;
    this.cued = false;
    this.interval = window.setInterval(() => this.tick(), TICK_MS);
    if (resuming) this.hooks.resumed(); else this.hooks.started();
    this.render();
  }

  position() {
    return timerPosition(this.plan, Math.min(this.elapsedMs / 1000, this.plan.total));
  }

  tick() {
    const now = performance.now();
    this.elapsedMs += now - this.last;
    this.last = now;
    const position = this.position();
    if (position.done) {
      this.elapsedMs = this.plan.total * 1000;
      this.halt('done');
      this.hooks.done();
      return;
    }
    if (position.segment !== this.segment) {
      this.segment = position.segment;
      this.cued = false;
      this.hooks.segmentChanged(position.segment);
    }
    const left = position.segment.seconds - position.into;
    if (!this.cued && position.segment.kind === 'work'
        && position.segment.seconds >= 2 * LAST_SECONDS_CUE && left <= LAST_SECONDS_CUE) {
      this.cued = true;
      this.hooks.lastSeconds(LAST_SECONDS_CUE);
    }
    this.render();
  }

  halt(state) {
    window.clearInterval(this.interval);
    this.interval = null;
    this.state = state;
    this.render();
  }

  stop() {
    window.clearInterval(this.interval);
    this.interval = null;
  }

  render() {
    this.hooks.render(this.position(), this.state);
  }
}
