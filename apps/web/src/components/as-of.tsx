import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';

/** Which day a date-dependent figure was computed for: today, or the demo city's fixed day. */
export function AsOf({ day }: { day: { today: string; fixed: boolean } }) {
  const { t } = useTranslation();
  const date = formatDate(day.today);
  return (
    <span className="as-of">
      {day.fixed ? t('common.asOfFixed', { date }) : t('common.asOf', { date })}
    </span>
  );
}
