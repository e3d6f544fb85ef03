import { loadTexts } from './index';
import { CATALOGUE_PARTS } from './load-catalogue';

// Unit tests of the pages' text helpers read those texts without going through their routes.
await loadTexts(...CATALOGUE_PARTS);
