import type { CapabilitySeed } from './capability-seed';

/** Informationshantering, samverkan, digital säkerhet, AI and IT-juridik. */
export const GOVERNANCE_CAPABILITIES: CapabilitySeed[] = [
  {
    area: 'informationshantering',
    code: 'informationsklassning',
    name: 'Informationsklassning',
    description:
      'Information klassas utifrån konfidentialitet, riktighet och tillgänglighet så att rätt skydd kan väljas.',
    subject: 'Informationsklassningen',
    practice: 'en fastställd klassningsmodell',
    measure: 'andel klassade informationsmängder',
  },
  {
    area: 'informationshantering',
    code: 'informationsforsorjning-och-masterdata',
    name: 'Informationsförsörjning och masterdata',
    description:
      'Gemensamma grunddata om personer, organisation och adresser hålls korrekta och återanvänds mellan system.',
    subject: 'Förvaltningen av masterdata',
    practice: 'utsedda informationsägare och en gemensam informationsmodell',
    measure: 'andel system som hämtar grunddata från källan',
  },
  {
    area: 'informationshantering',
    code: 'e-arkiv-och-bevarande',
    name: 'E-arkiv och bevarande',
    description:
      'Allmänna handlingar som ska bevaras levereras digitalt till stadens e-arkiv i rätt format.',
    subject: 'Leveranserna till e-arkivet',
    practice: 'en fastställd leveransplan för varje verksamhetssystem',
    measure: 'andel system med genomförd arkivleverans',
  },
  {
    area: 'informationshantering',
    code: 'oppna-data',
    name: 'Öppna data',
    description: 'Information som får delas publiceras som öppna data i maskinläsbara format.',
    subject: 'Publiceringen av öppna data',
    practice: 'en gemensam publiceringsprocess och stadens dataportal',
    measure: 'antal publicerade och uppdaterade datamängder',
  },
  {
    area: 'informationshantering',
    code: 'informationshanteringsplan',
    name: 'Informationshanteringsplan',
    description:
      'Informationshanteringsplanen beskriver vilka handlingar som finns och hur de hanteras, bevaras och gallras.',
    subject: 'Arbetet med informationshanteringsplanen',
    practice: 'en fastställd plan som revideras årligen',
    measure: 'andel processer som täcks av planen',
  },
  {
    area: 'samverkan',
    code: 'samverkan-med-forvaltningarna',
    name: 'Samverkan mellan ITD och förvaltningarna',
    description:
      'ITD och förvaltningarna planerar och följer upp digitaliseringen i gemensamma forum.',
    subject: 'Samverkan mellan ITD och förvaltningen',
    practice: 'en fastställd samverkansmodell med återkommande forum',
    measure: 'genomförda samverkansmöten och åtgärdade ärenden',
  },
  {
    area: 'samverkan',
    code: 'gemensam-portfolj-och-behovsprocess',
    name: 'Gemensam portfölj och behovsprocess',
    description:
      'Nya behov tas in, prioriteras och följs upp i en gemensam portfölj för hela staden.',
    subject: 'Prioriteringen av nya behov',
    practice: 'stadens gemensamma behovsprocess och portföljråd',
    measure: 'ledtid från inkommet behov till beslut',
  },
  {
    area: 'samverkan',
    code: 'leverantorssamverkan',
    name: 'Leverantörssamverkan',
    description: 'Stadens IT-leverantörer följs upp och utvecklingen planeras tillsammans med dem.',
    subject: 'Uppföljningen av leverantörer',
    practice: 'en fastställd modell för leverantörsmöten och avtalsuppföljning',
    measure: 'uppfyllda servicenivåer',
  },
  {
    area: 'samverkan',
    code: 'samverkan-med-andra-kommuner',
    name: 'Samverkan med andra kommuner',
    description:
      'Staden delar lösningar och erfarenheter med andra kommuner, regionen och nationella aktörer.',
    subject: 'Samverkan med andra kommuner',
    practice: 'överenskomna former för gemensamma lösningar och nätverk',
    measure: 'antal gemensamt utvecklade eller upphandlade lösningar',
  },
  {
    area: 'digital-sakerhet',
    code: 'ledningssystem-for-informationssakerhet',
    name: 'Ledningssystem för informationssäkerhet (LIS)',
    description:
      'Informationssäkerhetsarbetet bedrivs systematiskt enligt ISO 27001 med riskanalyser, mål och uppföljning.',
    subject: 'Informationssäkerhetsarbetet',
    practice: 'ett ledningssystem enligt ISO 27001',
    measure: 'andel verksamhetskritiska system med aktuell riskanalys',
  },
  {
    area: 'digital-sakerhet',
    code: 'incidenthantering',
    name: 'Incidenthantering',
    description:
      'Säkerhetsincidenter upptäcks, rapporteras och hanteras skyndsamt, och lärdomar tas tillvara.',
    subject: 'Hanteringen av säkerhetsincidenter',
    practice: 'en fastställd incidentprocess med rapportering till ITD',
    measure: 'tid från upptäckt till åtgärd',
  },
  {
    area: 'digital-sakerhet',
    code: 'behorighetshantering',
    name: 'Behörighetshantering',
    description:
      'Behörigheter tilldelas efter roll, granskas regelbundet och tas bort när de inte längre behövs.',
    subject: 'Tilldelningen och granskningen av behörigheter',
    practice: 'rollbaserade behörighetsprofiler och en fastställd granskningsrutin',
    measure: 'andel system med genomförd behörighetsgranskning',
  },
  {
    area: 'digital-sakerhet',
    code: 'kontinuitetshantering',
    name: 'Kontinuitetshantering',
    description:
      'Verksamhetskritiska system har kontinuitetsplaner som övas, så att verksamheten kan fortsätta vid avbrott.',
    subject: 'Kontinuitetsplaneringen',
    practice: 'fastställda kontinuitetsplaner för verksamhetskritiska system',
    measure: 'andel kontinuitetsplaner som övats det senaste året',
  },
  {
    area: 'ai',
    code: 'ai-policy-och-styrning',
    name: 'AI-policy och styrning',
    description:
      'Användningen av AI styrs av en fastställd policy med tydligt ansvar, riskbedömning och uppföljning.',
    subject: 'Styrningen av AI-användningen',
    practice: 'stadens AI-policy och en fastställd riskbedömning före användning',
    measure: 'andel AI-tillämpningar med dokumenterad riskbedömning',
  },
  {
    area: 'ai',
    code: 'data-for-ai',
    name: 'Data för AI',
    description:
      'Data av tillräcklig kvalitet finns tillgänglig och får användas för att träna och driva AI-tillämpningar.',
    subject: 'Arbetet med att göra data tillgängliga för AI',
    practice: 'en fastställd process för datakvalitet och rättslig prövning av dataanvändning',
    measure: 'andel prioriterade datamängder med godkänd kvalitet',
  },
  {
    area: 'ai',
    code: 'ai-kompetens',
    name: 'AI-kompetens',
    description:
      'Medarbetare och chefer har kunskap att bedöma, använda och följa upp AI i verksamheten.',
    subject: 'Kompetensutvecklingen inom AI',
    practice: 'en fastställd utbildningsplan för olika roller',
    measure: 'andel medarbetare som genomgått grundutbildning i AI',
  },
  {
    area: 'ai',
    code: 'ai-plattform',
    name: 'AI-plattform',
    description:
      'Det finns en gemensam, säker plattform där AI-tjänster kan prövas och tas i drift.',
    subject: 'Användningen av en gemensam AI-plattform',
    practice: 'stadens gemensamma AI-plattform och dess förvaltningsmodell',
    measure: 'antal tillämpningar i drift på plattformen',
  },
  {
    area: 'it-juridik',
    code: 'dataskydd-gdpr',
    name: 'Dataskydd (GDPR)',
    description:
      'Personuppgifter behandlas lagligt, med registerförteckning, konsekvensbedömningar och biträdesavtal.',
    subject: 'Dataskyddsarbetet',
    practice: 'fastställda rutiner för registerförteckning och konsekvensbedömningar',
    measure: 'andel behandlingar med aktuell registerpost',
  },
  {
    area: 'it-juridik',
    code: 'upphandling-och-avtal',
    name: 'Upphandling och avtal',
    description:
      'IT-upphandlingar och avtal tar tillvara stadens krav på säkerhet, dataskydd, exit och uppföljning.',
    subject: 'Kravställningen i IT-upphandlingar och avtal',
    practice: 'stadens mallar för krav och avtalsvillkor',
    measure: 'andel avtal med exitplan och säkerhetskrav',
  },
  {
    area: 'it-juridik',
    code: 'molntjanster-och-tredjelandsoverforing',
    name: 'Molntjänster och tredjelandsöverföring',
    description:
      'Användning av molntjänster föregås av rättslig bedömning av sekretess, dataskydd och tredjelandsöverföring.',
    subject: 'De rättsliga bedömningarna inför användning av molntjänster',
    practice: 'en fastställd bedömningsmall som granskas av jurist',
    measure: 'andel molntjänster med dokumenterad rättslig bedömning',
  },
  {
    area: 'it-juridik',
    code: 'it-rattslig-radgivning',
    name: 'IT-rättslig rådgivning',
    description: 'Förvaltningen får IT-rättslig rådgivning tidigt i projekt och upphandlingar.',
    subject: 'Den IT-rättsliga rådgivningen',
    practice: 'en överenskommen rutin för när jurist ska involveras',
    measure: 'andel projekt där jurist involverats före beslut',
  },
];
