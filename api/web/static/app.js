// The page: questions → result → player, each screen a history entry (the browser's Back goes
// back a screen, with the answers as they were). Everything it shows comes from the API, and
// what it shows always answers the answers as they are now.

import {ProblemResponse, ServiceFailure, compose, getLibrary, getQuestionnaire} from './api.js';
import {h, showScreen} from './dom.js';
import {startPlayer} from './player.js';
import {renderQuestionnaire} from './questions.js';
import {renderResult} from './result.js';

// The script runs (every module loaded): index.html's "could not start" goes.
document.getElementById('not-started')?.remove();

const questionsSection = document.getElementById('questions');
const resultSection = document.getElementById('result');
const playerSection = document.getElementById('player');
const dialog = document.getElementById('stop-dialog');

// This load's history entries; one from before a reload has nothing left to show. The state
// holds the screen's name only, never an answer: the browser keeps history on disk.
const PAGE = Math.random().toString(36).slice(2);
let answers = 0; // the answers' version: one more on every change to any of them
let shown = null; // {answers, composition}: the result rendered, for the answers' version then
let player = null; // the player of the result shown, once started
let pending = null; // the AbortController of the composition in flight

function enter(view) {
  history.pushState({view, page: PAGE}, '');
  showScreen(view);
}

/** The browser's Back, and the page's own back buttons, which are the same thing. */
window.addEventListener('popstate', (event) => {
  const state = event.state;
  let view = state && state.page === PAGE ? state.view : 'questions';
  // a result for answers changed since (a Forward after changing them) is gone: never shown
  if (view === 'result' && !shown) view = 'questions';
  if (view === 'player' && !player) view = shown ? 'result' : 'questions';
  if (dialog.open) dialog.close('navigated');
  if (view !== 'player') player?.pause();
  if (view !== state?.view || state?.page !== PAGE) history.replaceState({view, page: PAGE}, '');
  showScreen(view);
});

/** Any change to an answer: what was composed before no longer answers them. */
function answersChanged() {
  answers += 1;
  if (pending) pending.abort();
  if (shown) {
    shown = null;
    if (player) player.stop();
    player = null;
    resultSection.replaceChildren();
    playerSection.replaceChildren();
  }
}

let library = null; // every pose and its figures, asked for once, before any answer

async function main() {
  library ??= getLibrary().catch(() => new Map()); // a pose that cannot be read shows no figure
  history.scrollRestoration = 'manual';
  history.replaceState({view: 'questions', page: PAGE}, '');
  const loading = h('div', {id: 'loading', role: 'status'}, h('p', {}, 'Loading the questions…'));
  questionsSection.append(loading);
  let questionnaire;
  try {
    questionnaire = await getQuestionnaire();
  } catch (error) {
    loading.replaceChildren(
      h('p', {}, 'The questions could not be loaded. ', failureMessage(error)),
      h('button', {type: 'button', class: 'secondary', onclick: () => {
        loading.remove();
        main();
      }}, 'Try again'));
    return;
  }
  const form = renderQuestionnaire(questionnaire, questionsSection, {
    onChange: answersChanged,
    async onSubmit(request, {region}) {
      if (shown) {
        enter('result'); // the same answers: the same result, not sent again
        return;
      }
      const controller = new AbortController();
      pending = controller;
      const version = answers;
      try {
        const composition = await compose(request, controller.signal);
        const poses = await posesOf(composition, controller.signal);
        if (version !== answers) return;
        show(composition, {questionnaire, poses, region}, version);
      } catch (error) {
        if (controller.signal.aborted || version !== answers) return; // answers changed
        if (error instanceof ProblemResponse && error.problem.errors?.length) {
          form.showProblem(error.problem);
        } else {
          form.showFailure(failureMessage(error));
          if (!(error instanceof ProblemResponse || error instanceof ServiceFailure)) reportError(error);
        }
      } finally {
        if (pending === controller) pending = null;
      }
    },
  });
}

/** The result screen for `composition`, composed from the answers' version `version`. */
function show(composition, context, version) {
  const full = {
    ...context,
    onChangeAnswers: () => history.back(),
    onStart: () => {
      if (player) player.stop();
      player = startPlayer(playerSection, dialog, composition, {
        ...full,
        onExit: () => history.back(),
      });
      enter('player');
    },
  };
  if (player) player.stop();
  player = null;
  playerSection.replaceChildren();
  renderResult(resultSection, composition, full);
  shown = {answers: version, composition};
  enter('result');
}

function failureMessage(error) {
  if (error instanceof ServiceFailure || error instanceof ProblemResponse) return error.message;
  return 'Something went wrong on this page. Try again in a moment.';
}

/**
 * Every pose's figures and cautions, for a routine (a referral shows none): from the library
 * the page asked for as it started, so the answers lead to no request but the compose.
 */
async function posesOf(composition, signal) {
  const poses = await library;
  if (signal.aborted) throw signal.reason;
  return composition.items.length === 0 ? new Map() : poses;
}

main();
