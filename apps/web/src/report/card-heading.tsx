import { useTranslation } from 'react-i18next';
import { describePrevious } from './describe-values';
import { isUnconfirmedPrefill } from './report-values';
import type { ReportItemData } from './types';

interface CardHeadingProps {
  headingId: string;
  item: ReportItemData;
  previousRoundCode: string | null;
}

/** What the capability is, what the unit said last round, and whether this card is answered yet. */
export function CardHeading({ headingId, item, previousRoundCode }: CardHeadingProps) {
  const { t } = useTranslation();
  const previous = describePrevious(t, item);
  const answered = item.confirmed && (item.notApplicable || item.selfRating !== null);
  // Words, not only a colour: the mark is read and seen the same way.
  const mark = answered
    ? { className: 'card-mark is-answered', text: t('report.mark.answered') }
    : isUnconfirmedPrefill(item)
      ? {
          className: 'card-mark is-prefilled',
          text: t('report.mark.prefilled', { round: previousRoundCode ?? '' }),
        }
      : { className: 'card-mark is-open', text: t('report.mark.open') };
  return (
    <header className="card-header">
      <h3 id={headingId}>{item.capabilityName}</h3>
      <p className={mark.className}>{mark.text}</p>
      <p className="card-description">{item.description}</p>
      {previous && <p className="card-previous">{previous}</p>}
    </header>
  );
}
