import aiEn from './ai.en.json';
import aiSv from './ai.sv.json';
import benefitsEn from './benefits.en.json';
import benefitsSv from './benefits.sv.json';
import en from './en.json';
import factorsEn from './factors.en.json';
import factorsSv from './factors.sv.json';
import sv from './sv.json';

// The Q3–Q5 pages keep their texts in files of their own, merged here under one key each.
export const svCatalogue = { ...sv, ai: aiSv, benefits: benefitsSv, factors: factorsSv };
export const enCatalogue = { ...en, ai: aiEn, benefits: benefitsEn, factors: factorsEn };
