import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatDate } from '../format';
import type { RoundSummary } from './types';

/** Every round, newest first; each code links to its progress below. */
export function RoundsTable({
  rounds,
  selected,
}: {
  rounds: readonly RoundSummary[];
  selected: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">{t('rounds.listHeading')}</h2>
      <ScrollTable label={t('rounds.listScrollLabel')}>
        <table className="data-table rounds-table">
          <caption>{t('rounds.listCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rounds.col.code')}</th>
              <th scope="col">{t('rounds.col.status')}</th>
              <th scope="col">{t('rounds.col.period')}</th>
              <th scope="col">{t('rounds.col.deadline')}</th>
            </tr>
          </thead>
          <tbody>
            {rounds.map((round) => {
              const isSelected = round.code === selected;
              return (
                <tr key={round.code} className={isSelected ? 'is-selected' : undefined}>
                  <th scope="row">
                    <Link
                      to="/omgangar"
                      search={{ omgang: round.code }}
                      aria-current={isSelected ? 'true' : undefined}
                      resetScroll={false}
                    >
                      {round.code}
                    </Link>
                    {isSelected && (
                      <span className="visually-hidden"> {t('rounds.selectedRound')}</span>
                    )}
                  </th>
                  <td>
                    <span className={`round-status round-status-${round.status}`}>
                      {t(`rounds.status.${round.status}`)}
                    </span>
                  </td>
                  <td className="nowrap">
                    {formatDate(round.startsOn)}–{formatDate(round.endsOn)}
                  </td>
                  <td className="nowrap">{round.deadline ? formatDate(round.deadline) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
