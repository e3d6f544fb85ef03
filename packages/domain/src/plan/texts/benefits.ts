/** Texts of the benefits chapter, keys prefixed 'benefits.'. Wording follows the /nyttor page. */
export const benefitsTexts = {
  sv: {
    'benefits.title': 'Nyttorealisering',
    'benefits.none':
      'Inga nyttor är registrerade ännu, så hemtagningen av investeringarna går inte att följa upp.',
    'benefits.summary':
      'Av {{benefits}} planerade nyttor har {{realised}} nått sitt mål och {{partly}} en del av vägen; de {{measured}} som har mätts är i genomsnitt realiserade till {{mean}} %.',
    'benefits.summaryNone': 'Av {{benefits}} planerade nyttor har ingen mätts ännu.',
    'benefits.boardSpread':
      'Högst realisering har {{high}} ({{highRate}} %), lägst {{low}} ({{lowRate}} %).',
    'benefits.boardsUnmeasured':
      '{{count}} nämnder har nyttor som inte har mätts alls: {{boards}}.',
    'benefits.boardsUnmeasured_one': 'En nämnd har nyttor som inte har mätts alls: {{boards}}.',
    'benefits.overdueNone': 'Inga uppföljningar är försenade per {{date}}.',
    'benefits.overdue': '{{count}} uppföljningar är försenade per {{date}}.',
    'benefits.overdue_one': '{{count}} uppföljning är försenad per {{date}}.',
    'benefits.overdueItem':
      '{{unit}} ({{board}}) ska mäta ”{{title}}”; uppföljningen skulle ha gjorts {{date}}.',
    'benefits.byYear':
      'Till och med {{year}} skulle {{planned}} nyttor vara hemtagna; hittills har {{realised}} av dem nått sitt mål.',
    'benefits.later': '{{count}} nyttor har måldatum efter {{year}}.',
    'benefits.later_one': 'En nytta har måldatum efter {{year}}.',
    'benefits.actions.servicenamnden':
      'Vad kan servicenämnden göra? {{count}} åtgärder väntar, den första ska vara klar senast {{first}}.',
    'benefits.actions.servicenamnden_one':
      'Vad kan servicenämnden göra? En åtgärd väntar och ska vara klar senast {{first}}.',
    'benefits.actions.kommunstyrelsen':
      'Vad kan kommunstyrelsen göra? {{count}} åtgärder väntar, den första ska vara klar senast {{first}}.',
    'benefits.actions.kommunstyrelsen_one':
      'Vad kan kommunstyrelsen göra? En åtgärd väntar och ska vara klar senast {{first}}.',
    'benefits.actionsNone.servicenamnden':
      'Vad kan servicenämnden göra? Ingen öppen åtgärd för servicenämnden är registrerad.',
    'benefits.actionsNone.kommunstyrelsen':
      'Vad kan kommunstyrelsen göra? Ingen öppen åtgärd för kommunstyrelsen är registrerad.',
    'benefits.figure.benefits': 'Planerade nyttor',
    'benefits.figure.realised': 'Realiserade nyttor',
    'benefits.figure.meanRate': 'Genomsnittlig realisering',
    'benefits.figure.overdue': 'Försenade uppföljningar',
    'benefits.table.byBoard': 'Genomsnittlig realisering per nämnd',
    'benefits.table.byBoard.board': 'Nämnd',
    'benefits.table.byBoard.mean': 'Genomsnittlig realisering',
    'benefits.table.boardCounts': 'Nyttor per nämnd',
    'benefits.table.boardCounts.board': 'Nämnd',
    'benefits.table.boardCounts.benefits': 'Nyttor',
    'benefits.table.boardCounts.measured': 'Mätta',
    'benefits.table.boardCounts.realised': 'Realiserade',
    'benefits.table.boardCounts.partly': 'Delvis',
    'benefits.table.boardCounts.overdue': 'Försenade uppföljningar',
    'benefits.table.byYear': 'Planerade och realiserade nyttor per måldatumets år',
    'benefits.table.byYear.year': 'År',
    'benefits.table.byYear.planned': 'Planerade',
    'benefits.table.byYear.measured': 'Mätta',
    'benefits.table.byYear.realised': 'Realiserade',
    'benefits.table.servicenamnden': 'Vad kan servicenämnden göra?',
    'benefits.table.servicenamnden.action': 'Åtgärd',
    'benefits.table.servicenamnden.benefit': 'För nyttan',
    'benefits.table.servicenamnden.due': 'Klart senast',
    'benefits.table.kommunstyrelsen': 'Vad kan kommunstyrelsen göra?',
    'benefits.table.kommunstyrelsen.action': 'Åtgärd',
    'benefits.table.kommunstyrelsen.benefit': 'För nyttan',
    'benefits.table.kommunstyrelsen.due': 'Klart senast',
  },
  en: {
    'benefits.title': 'Benefit realisation',
    'benefits.none':
      'No benefits are registered yet, so the realisation of the investments cannot be followed up.',
    'benefits.summary':
      'Of {{benefits}} planned benefits, {{realised}} have reached their target and {{partly}} part of the way; the {{measured}} measured are {{mean}} % realised on average.',
    'benefits.summaryNone': 'None of the {{benefits}} planned benefits has been measured yet.',
    'benefits.boardSpread':
      'Realisation is highest in {{high}} ({{highRate}} %) and lowest in {{low}} ({{lowRate}} %).',
    'benefits.boardsUnmeasured': '{{count}} boards have benefits not measured at all: {{boards}}.',
    'benefits.boardsUnmeasured_one': 'One board has benefits not measured at all: {{boards}}.',
    'benefits.overdueNone': 'No follow-up is overdue as of {{date}}.',
    'benefits.overdue': '{{count}} follow-ups are overdue as of {{date}}.',
    'benefits.overdue_one': '{{count}} follow-up is overdue as of {{date}}.',
    'benefits.overdueItem':
      '{{unit}} ({{board}}) is to measure "{{title}}"; the follow-up was due {{date}}.',
    'benefits.byYear':
      'By {{year}}, {{planned}} benefits were to be realised; so far {{realised}} of them have reached their target.',
    'benefits.later': '{{count}} benefits have a target date after {{year}}.',
    'benefits.later_one': 'One benefit has a target date after {{year}}.',
    'benefits.actions.servicenamnden':
      'What can servicenämnden do? {{count}} actions are open, the first due by {{first}}.',
    'benefits.actions.servicenamnden_one':
      'What can servicenämnden do? One action is open, due by {{first}}.',
    'benefits.actions.kommunstyrelsen':
      'What can kommunstyrelsen do? {{count}} actions are open, the first due by {{first}}.',
    'benefits.actions.kommunstyrelsen_one':
      'What can kommunstyrelsen do? One action is open, due by {{first}}.',
    'benefits.actionsNone.servicenamnden':
      'What can servicenämnden do? No open action for servicenämnden is registered.',
    'benefits.actionsNone.kommunstyrelsen':
      'What can kommunstyrelsen do? No open action for kommunstyrelsen is registered.',
    'benefits.figure.benefits': 'Planned benefits',
    'benefits.figure.realised': 'Realised benefits',
    'benefits.figure.meanRate': 'Mean realisation',
    'benefits.figure.overdue': 'Overdue follow-ups',
    'benefits.table.byBoard': 'Mean realisation per board',
    'benefits.table.byBoard.board': 'Board',
    'benefits.table.byBoard.mean': 'Mean realisation',
    'benefits.table.boardCounts': 'Benefits per board',
    'benefits.table.boardCounts.board': 'Board',
    'benefits.table.boardCounts.benefits': 'Benefits',
    'benefits.table.boardCounts.measured': 'Measured',
    'benefits.table.boardCounts.realised': 'Realised',
    'benefits.table.boardCounts.partly': 'Partly',
    'benefits.table.boardCounts.overdue': 'Overdue follow-ups',
    'benefits.table.byYear': 'Planned and realised benefits per target year',
    'benefits.table.byYear.year': 'Year',
    'benefits.table.byYear.planned': 'Planned',
    'benefits.table.byYear.measured': 'Measured',
    'benefits.table.byYear.realised': 'Realised',
    'benefits.table.servicenamnden': 'What can servicenämnden do?',
    'benefits.table.servicenamnden.action': 'Action',
    'benefits.table.servicenamnden.benefit': 'For the benefit',
    'benefits.table.servicenamnden.due': 'Due by',
    'benefits.table.kommunstyrelsen': 'What can kommunstyrelsen do?',
    'benefits.table.kommunstyrelsen.action': 'Action',
    'benefits.table.kommunstyrelsen.benefit': 'For the benefit',
    'benefits.table.kommunstyrelsen.due': 'Due by',
  },
} satisfies Record<'sv' | 'en', Record<string, string>>;
