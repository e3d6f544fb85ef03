import { useTranslation } from 'react-i18next';
import { findDirection, formatScoreChange } from './describe';

/** A change of score as an arrow, a signed number and a word, so it never rests on the arrow alone. */
export function ScoreChange({ change }: { change: number | null }) {
  const { t } = useTranslation();
  const direction = findDirection(change);
  const word = {
    up: t('factors.change.wordUp'),
    down: t('factors.change.wordDown'),
    same: t('factors.change.wordSame'),
    new: t('factors.change.wordNew'),
  }[direction];
  const { arrow, value } = formatScoreChange(change);
  return (
    <span className={`score-change score-change-${direction}`} data-direction={direction}>
      {arrow && <span aria-hidden="true">{arrow} </span>}
      {value && <span className="score-change-value">{value} </span>}
      <span className="score-change-word">{word}</span>
    </span>
  );
}

/** The band as a word on a patterned badge: the pattern and the text carry it, not the colour. */
export function BandBadge({ band }: { band: 'low' | 'medium' | 'high' | 'critical' }) {
  const { t } = useTranslation();
  return <span className={`band-badge band-${band}`}>{t(`factors.band.${band}`)}</span>;
}
