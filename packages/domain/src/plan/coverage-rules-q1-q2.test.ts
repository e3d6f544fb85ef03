import { EMPTY_PLAN_FACTS, type PlanFacts } from './plan-facts';
import { describeCoverageCases, FULL_PLAN_FACTS, makeFacts, tableOf } from './test-facts';

const full = (changes: Partial<PlanFacts>) => makeFacts(changes, FULL_PLAN_FACTS);

const cases = tableOf({
  'q1-status': [
    ['all reported and validated', FULL_PLAN_FACTS, 'answered'],
    [
      'eight of ten is enough',
      full({ unitsReportedLatestRound: 8, unitsValidatedLatestRound: 8 }),
      'answered',
    ],
    [
      'reported but not validated',
      full({ unitsValidatedLatestRound: 7 }),
      'partly',
      ['validatedRatings:itd'],
    ],
    [
      'nobody reported',
      makeFacts({ unitsTotal: 10 }),
      'unanswered',
      ['maturitySelfRatings:units', 'validatedRatings:itd'],
    ],
  ],
  'q1-movement': [
    ['two closed rounds', full({ closedRounds: 2 }), 'answered'],
    ['one closed round is a baseline', full({ closedRounds: 1 }), 'partly', ['closedRounds:itd']],
    ['no closed round', full({ closedRounds: 0 }), 'unanswered', ['closedRounds:itd']],
  ],
  'q1-strengths-weaknesses': [
    ['both', FULL_PLAN_FACTS, 'answered'],
    ['only strengths', full({ weaknessesNoted: 0 }), 'partly', ['weaknesses:itd']],
    [
      'neither',
      full({ strengthsNoted: 0, weaknessesNoted: 0 }),
      'unanswered',
      ['strengths:itd', 'weaknesses:itd'],
    ],
  ],
  'q2-base-requirements': [
    ['set and validated', FULL_PLAN_FACTS, 'answered'],
    [
      'too few units set base requirements',
      full({ unitsWithBaseRequirements: 7 }),
      'partly',
      ['baseRequirements:units'],
    ],
    [
      'none set',
      full({ unitsWithBaseRequirements: 0, unitsValidatedLatestRound: 0 }),
      'unanswered',
      ['baseRequirements:units', 'validatedRatings:itd'],
    ],
  ],
  'q2-offensive': [
    ['two scenarios with benefits', FULL_PLAN_FACTS, 'answered'],
    ['one scenario, nothing to compare with', full({ scenarios: 1 }), 'partly', ['scenarios:itd']],
    [
      'no scenario, no expected benefit',
      full({ scenarios: 0, needsWithExpectedBenefit: 0 }),
      'unanswered',
      ['scenarios:itd', 'expectedBenefits:units'],
    ],
  ],
  'q2-planning-capacity': [
    ['reported', FULL_PLAN_FACTS, 'answered'],
    [
      'reported but no scenario to hold it against',
      full({ scenarios: 0 }),
      'partly',
      ['scenarios:itd'],
    ],
    [
      'no capacity reports',
      full({ capacityReportsLatest: 0 }),
      'unanswered',
      ['capacityReports:units'],
    ],
  ],
  'q2-investment-needs': [
    ['all costed', FULL_PLAN_FACTS, 'answered'],
    ['one need without a cost', full({ needsWithCosts: 5 }), 'partly', ['needCosts:itd']],
    ['no needs', EMPTY_PLAN_FACTS, 'unanswered', ['investmentNeeds:units', 'needCosts:itd']],
  ],
  'q2-trade-offs': [
    ['frame, scenario, constraints', FULL_PLAN_FACTS, 'answered'],
    ['no budget frame', full({ budgetFrameYears: 0 }), 'partly', ['budgetFrame:itd']],
    [
      'nothing',
      full({ budgetFrameYears: 0, scenarios: 0, needsWithConstraints: 0 }),
      'unanswered',
      ['budgetFrame:itd', 'scenarios:itd', 'needConstraints:itd'],
    ],
  ],
  'q2-timeline': [
    ['every decided need in time', FULL_PLAN_FACTS, 'answered'],
    [
      'a decided need without a start',
      full({ needsDecidedWithTimeline: 3 }),
      'partly',
      ['needTimelines:itd'],
    ],
    [
      'needs but nothing decided or scheduled',
      full({ needsDecided: 0, needsDecidedWithTimeline: 0, scenarios: 0 }),
      'unanswered',
      ['decidedNeeds:itd', 'needTimelines:itd', 'scenarios:itd'],
    ],
  ],
  'q2-operating-costs': [
    ['five of six stated', FULL_PLAN_FACTS, 'answered'],
    ['half is enough', full({ needsWithOperatingCost: 3 }), 'answered'],
    ['fewer than half', full({ needsWithOperatingCost: 2 }), 'partly', ['operatingCosts:itd']],
    ['none stated', full({ needsWithOperatingCost: 0 }), 'unanswered', ['operatingCosts:itd']],
  ],
});

describeCoverageCases('coverage rules for Q1 and Q2', cases);
