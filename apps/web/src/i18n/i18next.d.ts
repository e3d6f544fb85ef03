import 'i18next';
import type { svCatalogue } from './catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof svCatalogue };
  }
}
