import type { CapabilitySeed } from './capability-seed';

/** Testverksamhet, arkitektur och integration, infrastruktur och drift, kompetens and nyttorealisering. */
export const DELIVERY_CAPABILITIES: CapabilitySeed[] = [
  {
    area: 'testverksamhet',
    code: 'testmetodik',
    name: 'Testmetodik',
    description:
      'Test planeras och genomförs enligt en gemensam metodik med teststrategi, testfall och rapportering.',
    subject: 'Testarbetet',
    practice: 'stadens gemensamma testmetodik',
    measure: 'andel leveranser med testrapport',
  },
  {
    area: 'testverksamhet',
    code: 'testautomatisering',
    name: 'Testautomatisering',
    description:
      'Återkommande tester, till exempel regressionstester vid uppgraderingar, körs automatiserat.',
    subject: 'Automatiseringen av tester',
    practice: 'ett gemensamt ramverk för automatiserade regressionstester',
    measure: 'andel regressionstester som körs automatiskt',
  },
  {
    area: 'testverksamhet',
    code: 'acceptanstest-med-verksamheten',
    name: 'Acceptanstest med verksamheten',
    description:
      'Verksamheten deltar i acceptanstest och godkänner att lösningen möter behoven före driftsättning.',
    subject: 'Acceptanstesterna med verksamheten',
    practice: 'en fastställd rutin för acceptanstest och godkännande',
    measure: 'andel driftsättningar med godkänt acceptanstest',
  },
  {
    area: 'testverksamhet',
    code: 'testmiljoer-och-testdata',
    name: 'Testmiljöer och testdata',
    description: 'Det finns ändamålsenliga testmiljöer och avidentifierade testdata.',
    subject: 'Försörjningen av testmiljöer och testdata',
    practice: 'en fastställd rutin för beställning av testmiljöer och avidentifiering av data',
    measure: 'ledtid för att få en testmiljö',
  },
  {
    area: 'testverksamhet',
    code: 'tillganglighetstestning',
    name: 'Tillgänglighetstestning',
    description:
      'Digitala tjänster testas mot kraven i lagen om tillgänglighet till digital offentlig service.',
    subject: 'Tillgänglighetstestningen av digitala tjänster',
    practice: 'en fastställd testrutin enligt WCAG och aktuella tillgänglighetsredogörelser',
    measure: 'andel tjänster med aktuell tillgänglighetsredogörelse',
  },
  {
    area: 'arkitektur-och-integration',
    code: 'verksamhetsarkitektur',
    name: 'Verksamhetsarkitektur',
    description:
      'Verksamhetens processer, information och system beskrivs i en gemensam arkitekturmodell.',
    subject: 'Beskrivningen av verksamhetsarkitekturen',
    practice: 'stadens gemensamma arkitekturramverk',
    measure: 'andel kärnprocesser som är modellerade',
  },
  {
    area: 'arkitektur-och-integration',
    code: 'integrationer-och-api',
    name: 'Integrationer och API:er',
    description:
      'System utbyter information via stadens integrationsplattform och dokumenterade API:er.',
    subject: 'Informationsutbytet mellan system',
    practice: 'stadens integrationsplattform och fastställda API-riktlinjer',
    measure: 'andel integrationer som går via plattformen',
  },
  {
    area: 'arkitektur-och-integration',
    code: 'arkitekturstyrning',
    name: 'Arkitekturstyrning',
    description: 'Nya lösningar granskas mot stadens arkitekturprinciper innan de anskaffas.',
    subject: 'Arkitekturgranskningen av nya lösningar',
    practice: 'fastställda arkitekturprinciper och en granskningsrutin',
    measure: 'andel anskaffningar som granskats före beslut',
  },
  {
    area: 'arkitektur-och-integration',
    code: 'applikationsportfolj-och-livscykel',
    name: 'Applikationsportfölj och livscykel',
    description:
      'Förvaltningens system är kartlagda med ägare, livscykelstatus och plan för avveckling.',
    subject: 'Hanteringen av applikationsportföljen',
    practice: 'ett gemensamt systemregister med utsedda ägare',
    measure: 'andel system med aktuell livscykelplan',
  },
  {
    area: 'infrastruktur-och-drift',
    code: 'drift-och-overvakning',
    name: 'Drift och övervakning',
    description:
      'Driften av verksamhetens system övervakas så att avbrott upptäcks innan användarna märker dem.',
    subject: 'Övervakningen av driften',
    practice: 'överenskomna servicenivåer och en gemensam övervakningstjänst',
    measure: 'tillgänglighet för verksamhetskritiska system',
  },
  {
    area: 'infrastruktur-och-drift',
    code: 'digital-arbetsplats',
    name: 'Digital arbetsplats',
    description:
      'Medarbetare har en stabil och säker digital arbetsplats med nätverk, klienter och samarbetsverktyg.',
    subject: 'Försörjningen av den digitala arbetsplatsen',
    practice: 'stadens standardiserade klient- och nätverkstjänster',
    measure: 'nöjdhet och antal störningsärenden per medarbetare',
  },
  {
    area: 'infrastruktur-och-drift',
    code: 'systemforvaltning',
    name: 'Systemförvaltning',
    description:
      'System förvaltas enligt en gemensam förvaltningsmodell med förvaltningsledare och förvaltningsplaner.',
    subject: 'Systemförvaltningen',
    practice: 'stadens förvaltningsmodell med årliga förvaltningsplaner',
    measure: 'andel system med fastställd förvaltningsplan',
  },
  {
    area: 'infrastruktur-och-drift',
    code: 'sakerhetskopiering-och-aterstallning',
    name: 'Säkerhetskopiering och återställning',
    description: 'Data säkerhetskopieras och återställning testas regelbundet.',
    subject: 'Säkerhetskopieringen och återställningstesterna',
    practice: 'en fastställd rutin med dokumenterade återställningstester',
    measure: 'andel lyckade återställningstester',
  },
  {
    area: 'infrastruktur-och-drift',
    code: 'lokal-driftmiljo',
    name: 'Lokal driftmiljö',
    description:
      'System som driftas lokalt, utanför ITD:s gemensamma driftmiljö, sköts säkert och är dokumenterade.',
    subject: 'Driften av lokala system',
    practice: 'samma driftrutiner som i ITD:s gemensamma miljö',
    measure: 'andel lokala system med dokumenterad driftrutin',
  },
  {
    area: 'digital-kompetens',
    code: 'digital-grundkompetens',
    name: 'Digital grundkompetens',
    description:
      'Alla medarbetare har den digitala kompetens som krävs för att använda verksamhetens verktyg.',
    subject: 'Utvecklingen av medarbetarnas digitala grundkompetens',
    practice: 'en fastställd kompetensplan med introduktion för nyanställda',
    measure: 'andel medarbetare som genomfört grundutbildningen',
  },
  {
    area: 'digital-kompetens',
    code: 'kompetensforsorjning-it-roller',
    name: 'Kompetensförsörjning för IT-roller',
    description:
      'Förvaltningen kan rekrytera, utveckla och behålla specialister inom IT och digitalisering.',
    subject: 'Kompetensförsörjningen för IT-roller',
    practice: 'en fastställd kompetensförsörjningsplan för nyckelroller',
    measure: 'andel nyckelroller med ersättare',
  },
  {
    area: 'digital-kompetens',
    code: 'digitalt-ledarskap',
    name: 'Digitalt ledarskap',
    description:
      'Chefer leder verksamhetsutveckling med stöd av digitalisering och tar ansvar för förändringen.',
    subject: 'Chefernas arbete med digital verksamhetsutveckling',
    practice: 'ett fastställt ledarprogram och tydliga uppdrag i verksamhetsplanen',
    measure: 'andel chefer med digitaliseringsmål i sin verksamhetsplan',
  },
  {
    area: 'digital-kompetens',
    code: 'sakerhetsmedvetenhet',
    name: 'Säkerhetsmedvetenhet',
    description: 'Medarbetare känner till risker som nätfiske och vet hur information ska skyddas.',
    subject: 'Utbildningen i säkerhetsmedvetenhet',
    practice: 'en årlig obligatorisk utbildning och återkommande övningar',
    measure: 'andel medarbetare som klickar på simulerade nätfiskemejl',
  },
  {
    area: 'nyttorealisering',
    code: 'nyttoanalys-fore-beslut',
    name: 'Nyttoanalys före beslut',
    description:
      'Förväntade nyttor identifieras, kvantifieras och ägs av verksamheten innan en investering beslutas.',
    subject: 'Nyttoanalysen inför investeringsbeslut',
    practice: 'stadens nyttomodell med utsedda nyttoägare',
    measure: 'andel investeringar med kvantifierade nyttor',
  },
  {
    area: 'nyttorealisering',
    code: 'uppfoljning-av-nyttor',
    name: 'Uppföljning av nyttor',
    description: 'Utfallet av nyttor mäts mot baslinje och mål efter genomförandet.',
    subject: 'Uppföljningen av nyttor',
    practice: 'en fastställd uppföljningsplan med baslinje och mätpunkter',
    measure: 'andel nyttor som följts upp i tid',
  },
  {
    area: 'nyttorealisering',
    code: 'hemtagning-i-verksamheten',
    name: 'Hemtagning i verksamheten',
    description: 'Frigjord tid och minskade kostnader tas tillvara i budget och arbetssätt.',
    subject: 'Hemtagningen av frigjorda resurser',
    practice: 'en fastställd rutin där hemtagning beslutas i budgetprocessen',
    measure: 'realiserad andel av beslutade nyttor',
  },
  {
    area: 'nyttorealisering',
    code: 'forandringsledning',
    name: 'Förändringsledning',
    description:
      'Nya digitala arbetssätt införs med planerad förändringsledning så att de faktiskt används.',
    subject: 'Förändringsledningen vid införanden',
    practice: 'en gemensam metod för förändringsledning',
    measure: 'användningsgrad efter införande',
  },
];
