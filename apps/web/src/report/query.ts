import type { QueryClient } from '@tanstack/react-query';
import { trpc } from '../trpc';
import type { ReportFormData } from './types';

export function reportFormQueryOptions(round: string) {
  return trpc.report.form.queryOptions({ round });
}

/** Changes the cached form in place, so a saved card and the progress show at once. */
export function updateCachedForm(
  queryClient: QueryClient,
  round: string,
  change: (form: ReportFormData) => ReportFormData,
) {
  queryClient.setQueryData(reportFormQueryOptions(round).queryKey, (form) =>
    form ? change(form) : form,
  );
}

/** Reads the form again: the submission's version and state may have moved with the last change. */
export function refreshForm(queryClient: QueryClient, round: string) {
  return queryClient.invalidateQueries({ queryKey: reportFormQueryOptions(round).queryKey });
}
