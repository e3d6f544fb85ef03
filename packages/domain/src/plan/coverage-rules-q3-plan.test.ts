import { EMPTY_PLAN_FACTS, type PlanFacts } from './plan-facts';
import { describeCoverageCases, FULL_PLAN_FACTS, makeFacts, tableOf } from './test-facts';

const full = (changes: Partial<PlanFacts>) => makeFacts(changes, FULL_PLAN_FACTS);

const cases = tableOf({
  'q3-ai-competence': [
    ['reported with targets', FULL_PLAN_FACTS, 'answered'],
    ['competence without a direction', full({ aiTargetsSet: 0 }), 'partly', ['aiTargets:itd']],
    [
      'nothing',
      full({ aiTargetsSet: 0, aiCompetenceReports: 0 }),
      'unanswered',
      ['aiCompetence:units', 'aiTargets:itd'],
    ],
  ],
  'q3-ai-within-reach': [
    ['assessed, three units', FULL_PLAN_FACTS, 'answered'],
    ['use cases from two units', full({ unitsWithAiUseCases: 2 }), 'partly', ['aiUseCases:units']],
    ['use cases not assessed', full({ aiUseCasesAssessed: 0 }), 'partly', ['aiReadiness:itd']],
    [
      'no use cases',
      full({ aiUseCases: 0, aiUseCasesAssessed: 0, unitsWithAiUseCases: 0 }),
      'unanswered',
      ['aiReadiness:itd', 'aiUseCases:units'],
    ],
  ],
  'q3-test-competence': [
    ['eight of ten', FULL_PLAN_FACTS, 'answered'],
    ['a few units', full({ testCompetenceReports: 2 }), 'partly', ['testCompetence:units']],
    ['none', full({ testCompetenceReports: 0 }), 'unanswered', ['testCompetence:units']],
  ],
  'q3-investment-needs': [
    ['costed', FULL_PLAN_FACTS, 'answered'],
    ['one not costed', full({ aiNeedsWithCosts: 1 }), 'partly', ['needCosts:itd']],
    [
      'no AI or test need',
      full({ aiNeedsLinked: 0, aiNeedsWithCosts: 0 }),
      'unanswered',
      ['aiNeeds:itd', 'needCosts:itd'],
    ],
  ],
  'q4-benefit-potential': [
    ['half the boards, half measured', FULL_PLAN_FACTS, 'answered'],
    [
      'benefits in too few boards, none measured',
      full({ boardsWithBenefits: 2, benefitsMeasured: 0 }),
      'partly',
      ['benefits:units', 'benefitMeasurements:units'],
    ],
    [
      'no benefits',
      full({ benefitsTotal: 0, benefitsMeasured: 0, boardsWithBenefits: 0 }),
      'unanswered',
      ['benefits:units', 'benefitMeasurements:units'],
    ],
  ],
  'q4-servicenamnden': [
    ['an action', FULL_PLAN_FACTS, 'answered'],
    [
      'no action, even with benefits measured',
      full({ actionsServicenamnden: 0 }),
      'unanswered',
      ['servicenamndenActions:servicenamnden'],
    ],
  ],
  'q4-kommunstyrelsen': [
    ['an action', FULL_PLAN_FACTS, 'answered'],
    [
      'only servicenämnden acted',
      full({ actionsKommunstyrelsen: 0 }),
      'unanswered',
      ['kommunstyrelsenActions:ks'],
    ],
  ],
  'q5-critical-factors': [
    ['one with a trend', FULL_PLAN_FACTS, 'answered'],
    [
      'factors scored once',
      full({ factorsWithTrend: 0 }),
      'partly',
      ['factorScoresOverRounds:itd'],
    ],
    [
      'no factors',
      full({ factorsTotal: 0, factorsWithTrend: 0 }),
      'unanswered',
      ['criticalFactors:itd', 'factorScoresOverRounds:itd'],
    ],
  ],
  'plan-whole-itd': [
    ['ITD reported', FULL_PLAN_FACTS, 'answered'],
    [
      'ITD assessed but no capacity',
      full({ itdCapacityReported: false }),
      'partly',
      ['itdCapacity:itd'],
    ],
    [
      'ITD absent',
      full({ itdCapacityReported: false, itdAssessedLatestRound: false }),
      'unanswered',
      ['itdMaturity:itd', 'itdCapacity:itd'],
    ],
  ],
  'plan-structure': [
    ['every chapter answered', FULL_PLAN_FACTS, 'answered'],
    ['one sub-question short', full({ closedRounds: 1 }), 'partly', ['answersToSubQuestions:itd']],
    ['nothing', EMPTY_PLAN_FACTS, 'unanswered', ['answersToSubQuestions:itd']],
  ],
});

describeCoverageCases('coverage rules for Q3, Q4, Q5 and the plan', cases);
