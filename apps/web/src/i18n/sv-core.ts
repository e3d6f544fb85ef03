// The Swedish texts the first route shows: the shell (header, states, filters, charts' text) and
// the overview. The rest of sv.json loads as the `pages` part before any other page shows (see
// load-catalogue.ts); a test checks that the first route's modules use no other section.
export {
  app,
  auth,
  chart,
  common,
  confidence,
  field,
  filters,
  form,
  movement,
  nav,
  overview,
  scale,
  state,
  summary,
} from './sv.json';
