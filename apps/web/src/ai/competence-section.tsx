import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatChange, formatFte, formatInteger, formatLevel, formatList } from '../format';
import { describeCompetence } from './describe';
import { CompetenceChart } from './lazy-ai-charts';
import { COMPETENCE_AREAS, type AiCompetenceData, type UnitCompetenceData } from './types';

/** Q3's first question: how much AI and test competence the city has, and how it moves. */
export function CompetenceSection({ data }: { data: AiCompetenceData }) {
  const { t } = useTranslation();
  const point = (round: string, area: string) =>
    data.movement.find((m) => m.roundCode === round && m.area === area);
  const rows = data.rounds.map((roundCode) => ({
    roundCode,
    ai: point(roundCode, 'ai-och-data')?.fte ?? 0,
    test: point(roundCode, 'test')?.fte ?? 0,
  }));
  return (
    <section className="ai-section" aria-labelledby="ai-competence-heading">
      <h2 id="ai-competence-heading">{t('ai.competence.heading')}</h2>
      <p className="ai-summary">{describeCompetence(t, data)}</p>
      <ul className="ai-missing">
        {data.missing.map((m) => (
          <li key={m.area}>
            {m.unitSlugs.length === 0
              ? t('ai.competence.missingNone', { area: t(`ai.area.${m.area}`) })
              : t('ai.competence.missingIn', {
                  area: t(`ai.area.${m.area}`),
                  units: formatList(
                    m.unitSlugs.map(
                      (slug) => data.units.find((u) => u.slug === slug)?.name ?? slug,
                    ),
                  ),
                })}
          </li>
        ))}
      </ul>
      {rows.length > 0 && (
        <>
          <CompetenceChart
            rows={rows}
            label={t('ai.competence.chartLabel')}
            names={{ ai: t('ai.area.ai-och-data'), test: t('ai.area.test') }}
          />
          <ScrollTable label={t('ai.competence.cityCaption')}>
            <table className="data-table numeric-table">
              <caption>{t('ai.competence.cityCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ai.competence.colRound')}</th>
                  {COMPETENCE_AREAS.map((area) => (
                    <th key={`${area}-fte`} scope="col">
                      {t('ai.competence.colFteOf', { area: t(`ai.area.${area}`) })}
                    </th>
                  ))}
                  {COMPETENCE_AREAS.map((area) => (
                    <th key={`${area}-level`} scope="col">
                      {t('ai.competence.colLevelOf', { area: t(`ai.area.${area}`) })}
                    </th>
                  ))}
                  <th scope="col">{t('ai.competence.colReports')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rounds.map((round) => (
                  <tr key={round}>
                    <th scope="row">{round}</th>
                    {COMPETENCE_AREAS.map((area) => (
                      <td key={`${area}-fte`}>{formatFte(point(round, area)?.fte)}</td>
                    ))}
                    {COMPETENCE_AREAS.map((area) => (
                      <td key={`${area}-level`}>{formatLevel(point(round, area)?.meanLevel)}</td>
                    ))}
                    <td>{formatInteger(point(round, 'test')?.reports)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      <UnitCompetenceTable units={data.units} />
    </section>
  );
}

function UnitCompetenceTable({ units }: { units: UnitCompetenceData[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('ai.competence.unitCaption')}>
      <table className="data-table ai-unit-competence">
        <caption>
          {t('ai.competence.unitCaption')}
          <span className="caption-note">{t('ai.competence.missingRule')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('ai.competence.colUnit')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('ai.competence.colLatest')}
            </th>
            {COMPETENCE_AREAS.map((area) => (
              <th key={area} scope="colgroup" colSpan={3}>
                {t(`ai.area.${area}`)}
              </th>
            ))}
          </tr>
          <tr>
            {COMPETENCE_AREAS.map((area) => [
              <th key={`${area}-f`} scope="col">
                {t('ai.competence.colFte')}
              </th>,
              <th key={`${area}-l`} scope="col">
                {t('ai.competence.colLevel')}
              </th>,
              <th key={`${area}-c`} scope="col">
                {t('ai.competence.colChange')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.slug}>
              <th scope="row">{u.name}</th>
              <td>{u.roundCode ?? t('ai.competence.noReport')}</td>
              {COMPETENCE_AREAS.map((area) => {
                const a = u.areas.find((x) => x.area === area)!;
                return [
                  <td key={`${area}-f`} className="num">
                    {formatFte(a.fte)}
                  </td>,
                  <td key={`${area}-l`} className={a.missing ? 'is-missing' : undefined}>
                    {formatLevel(a.level)}
                    {a.missing && (
                      <span className="tag tag-missing">{t('ai.competence.missing')}</span>
                    )}
                  </td>,
                  <td key={`${area}-c`} className="num">
                    {a.fteChange === null
                      ? '–'
                      : t('ai.competence.change', {
                          fte: formatChange(a.fteChange),
                          level: formatChange(a.levelChange),
                        })}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
