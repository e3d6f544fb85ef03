import aiEn from './ai.en.json';
import aiSv from './ai.sv.json';
import benefitsEn from './benefits.en.json';
import benefitsSv from './benefits.sv.json';
import en from './en.json';
import factorsEn from './factors.en.json';
import factorsSv from './factors.sv.json';
import planEn from './plan.en.json';
import planSv from './plan.sv.json';
import sv from './sv.json';

// The Q3–Q5 pages and the plan keep their texts in files of their own, merged here under one key each.
export const svCatalogue = {
  ...sv,
  ai: aiSv,
  benefits: benefitsSv,
  factors: factorsSv,
  plan: planSv,
};
export const enCatalogue = {
  ...en,
  ai: aiEn,
  benefits: benefitsEn,
  factors: factorsEn,
  plan: planEn,
};
