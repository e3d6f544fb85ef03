import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import type { RankedFactor } from './describe';
import { BandBadge, ScoreChange } from './score-change';

/** The largest open factors with their change since the previous round. */
export function TopFactors({
  top,
  round,
  previous,
}: {
  top: readonly RankedFactor[];
  round: string;
  previous: string;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="top-factors-heading" className="section">
      <h2 id="top-factors-heading">{t('factors.top.heading')}</h2>
      <ScrollTable label={t('factors.top.heading')}>
        <table className="data-table top-factors">
          <caption>{t('factors.top.caption', { round, previous })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('factors.top.colFactor')}</th>
              <th scope="col" className="num">
                {t('factors.top.colScore')}
              </th>
              <th scope="col">{t('factors.top.colBand')}</th>
              <th scope="col">{t('factors.top.colChange')}</th>
              <th scope="col">{t('factors.top.colOwner')}</th>
              <th scope="col">{t('factors.top.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {top.map(({ factor, rank }) => (
              <tr key={factor.code} data-code={factor.code}>
                <th scope="row">{factor.title}</th>
                <td className="num">{rank.current}</td>
                <td>
                  <BandBadge band={factor.band} />
                </td>
                <td>
                  <ScoreChange change={rank.change} />
                </td>
                <td>{factor.owner}</td>
                <td>{t(`factors.status.${factor.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
