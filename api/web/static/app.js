// The page: questions → result → player. Everything it shows comes from the API.

import {ProblemResponse, compose, getPose, getQuestionnaire} from './api.js';
import {h, showScreen} from './dom.js';
import {startPlayer} from './player.js';
import {renderQuestionnaire} from './questions.js';
import {renderResult} from './result.js';

const questionsSection = document.getElementById('questions');
const resultSection = document.getElementById('result');
const playerSection = document.getElementById('player');
const dialog = document.getElementById('stop-dialog');

async function main() {
  let questionnaire;
  try {
    questionnaire = await getQuestionnaire();
  } catch (error) {
    document.getElementById('loading').replaceChildren(
      'The questions could not be loaded. ', error.message, ' ',
      h('a', {href: '/'}, 'Try again'), '.');
    return;
  }
  const form = renderQuestionnaire(questionnaire, questionsSection, {
    async onSubmit(request, {region}) {
      let composition;
      try {
        composition = await compose(request);
      } catch (error) {
        if (error instanceof ProblemResponse) form.showProblem(error.problem);
        else throw error;
        return;
      }
      const poses = await posesOf(composition);
      const context = {
        questionnaire, poses, region,
        onChangeAnswers: () => showScreen('questions', questionnaire.title),
        onStart: () => {
          showScreen('player', 'Pose 1');
          startPlayer(playerSection, dialog, composition, {
            ...context,
            onExit: () => showScreen('result', title),
          });
        },
      };
      const title = renderResult(resultSection, composition, context);
      showScreen('result', title);
    },
  });
}

/** Each item's pose (figures and cautions); a pose that cannot be read shows no figure. */
async function posesOf(composition) {
  const slugs = [...new Set(composition.items.map((item) => item.pose.slug))];
  const poses = await Promise.all(slugs.map((slug) => getPose(slug).catch(() => null)));
  return new Map(slugs.map((slug, i) => [slug, poses[i]]));
}

main();
