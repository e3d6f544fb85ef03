import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger } from '../format';
import type { ReviewItem } from './types';

/** A level with its name from the framework: "3 Definierad". */
export function describeLevel(item: Pick<ReviewItem, 'levels'>, level: number | null): string {
  if (level === null) return '–';
  const name = item.levels.find((l) => l.level === level)?.name;
  return name ? `${level} ${name}` : String(level);
}

/** What the unit said about one capability, and what last round said, as a description list. */
export function ItemFacts({
  item,
  previousRoundCode,
}: {
  item: ReviewItem;
  previousRoundCode: string | null;
}) {
  const { t } = useTranslation();
  const { evidence } = item;
  const previous = item.previous;
  const previousText = !previous
    ? '–'
    : previous.notApplicable
      ? t('common.notApplicable')
      : describeLevel(item, previous.validatedRating ?? previous.selfRating);
  const facts: { label: string; value: React.ReactNode }[] = [
    {
      label: t('field.selfRating'),
      value: item.notApplicable ? t('common.notApplicable') : describeLevel(item, item.selfRating),
    },
    {
      label: previousRoundCode
        ? t('review.previous', { round: previousRoundCode })
        : t('review.previousNone'),
      value: previousText,
    },
    {
      label: t('review.target'),
      value:
        item.targetLevel === null
          ? '–'
          : t('review.targetValue', {
              level: describeLevel(item, item.targetLevel),
              year: formatInteger(item.targetYear),
            }),
    },
    {
      label: t('field.confidence'),
      value: item.confidence ? t(`confidence.${item.confidence}`) : '–',
    },
    { label: t('field.evidenceText'), value: evidence.text || '–' },
    {
      label: t('field.evidenceLink'),
      value: evidence.link ? (
        <a href={evidence.link} rel="noreferrer noopener" target="_blank">
          {evidence.link}
          <span className="visually-hidden"> {t('review.opensNewWindow')}</span>
        </a>
      ) : (
        '–'
      ),
    },
    { label: t('field.evidenceOwner'), value: evidence.owner || '–' },
    { label: t('field.evidenceDate'), value: evidence.date ? formatDate(evidence.date) : '–' },
    { label: t('field.comment'), value: item.comment || '–' },
  ];
  return (
    <dl className="item-facts">
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
