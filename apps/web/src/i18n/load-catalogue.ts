import type { BackendModule, i18n as I18n } from 'i18next';

// Only the Swedish texts the first route needs ship with it (sv-core.ts). The other pages' texts
// (`pages`) and those of the Q3–Q5 pages and the plan load with those pages, in every language
// loaded by then; English loads whole when it is chosen (i18next asks this backend for it).

export const CATALOGUE_PARTS = ['pages', 'ai', 'benefits', 'factors', 'plan'] as const;
export type CataloguePart = (typeof CATALOGUE_PARTS)[number];
type Texts = Record<string, unknown>;

const json = (load: Promise<{ default: unknown }>) => load.then((m) => m.default as Texts);
const under = (key: string, load: Promise<{ default: unknown }>) =>
  json(load).then((texts) => ({ [key]: texts }));

const parts: Record<string, Record<CataloguePart, () => Promise<Texts>>> = {
  sv: {
    // As text: sv-core.ts imports sections of sv.json itself, and the bundler would put a module
    // imported both ways in the first route whole.
    pages: () => import('./sv.json?raw').then((m) => JSON.parse(m.default) as Texts),
    ai: () => under('ai', import('./ai.sv.json')),
    benefits: () => under('benefits', import('./benefits.sv.json')),
    factors: () => under('factors', import('./factors.sv.json')),
    plan: () => under('plan', import('./plan.sv.json')),
  },
  en: {
    // en.json comes whole with the language, so the pages' English is already there.
    pages: () => Promise.resolve({}),
    ai: () => under('ai', import('./ai.en.json')),
    benefits: () => under('benefits', import('./benefits.en.json')),
    factors: () => under('factors', import('./factors.en.json')),
    plan: () => under('plan', import('./plan.en.json')),
  },
};

const bases: Record<string, () => Promise<Texts>> = {
  en: () => json(import('./en.json')),
};

/** The parts some page has asked for: a language loaded later brings them along. */
const wanted = new Set<CataloguePart>();
/** `language:part` for each part already in i18next's store. */
const loaded = new Set<string>();

async function readParts(language: string, which: CataloguePart[]): Promise<Texts> {
  const loaders = parts[language];
  if (!loaders) return {};
  const texts = await Promise.all(which.map((part) => loaders[part]()));
  for (const part of which) loaded.add(`${language}:${part}`);
  return Object.assign({}, ...texts) as Texts;
}

/** The i18next backend for languages not bundled: the base texts and every part asked for so far. */
export const catalogueBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const base = bases[language];
    if (!base) return callback(new Error(`no catalogue for ${language}`), false);
    void (async () => {
      const texts = { ...(await base()) };
      // A part asked for while this language was loading comes along too.
      let missing: CataloguePart[];
      while ((missing = [...wanted].filter((p) => !loaded.has(`${language}:${p}`))).length > 0) {
        Object.assign(texts, await readParts(language, missing));
      }
      return texts;
    })().then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

/** Loads parts into every language loaded so far; a page waits for this before it shows. */
export async function loadCatalogueParts(i18n: I18n, which: CataloguePart[]): Promise<void> {
  for (const part of which) wanted.add(part);
  const languages = Object.keys(parts).filter((l) => i18n.hasResourceBundle(l, 'translation'));
  await Promise.all(
    languages.map(async (language) => {
      const missing = which.filter((p) => !loaded.has(`${language}:${p}`));
      if (missing.length === 0) return;
      i18n.addResourceBundle(language, 'translation', await readParts(language, missing), true);
    }),
  );
}
