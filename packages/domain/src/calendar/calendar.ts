import { z } from 'zod';

/**
 * The one rule for "today". Instants come from the clock the caller was given (the request's, a test's);
 * nothing here reads the wall clock. A municipality's day is the day in Stockholm. An organisation may
 * have a fixed "as of" date: the demo city tells a story written for one day and is read on that day,
 * whenever it is installed, so its overdue follow-ups and deadlines do not change as the calendar moves.
 */

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of an instant in Stockholm, the municipality's clock, as an ISO date. */
export function toStockholmDate(instant: Date): string {
  return stockholmDay.format(instant);
}

/** The day an organisation's date-dependent figures are computed for. */
export function resolveToday(now: Date, asOfDate: string | null): string {
  return asOfDate ?? toStockholmDate(now);
}

/** What a date-dependent figure stands on: the day, and whether it is a fixed "as of" date. */
export const calendarDaySchema = z.object({
  today: z.iso.date(),
  /** True when the organisation is read as of a fixed date (the demo city), not the real today. */
  fixed: z.boolean(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export function describeCalendarDay(now: Date, asOfDate: string | null): CalendarDay {
  return { today: resolveToday(now, asOfDate), fixed: asOfDate !== null };
}

/** The year of an ISO date. */
export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
