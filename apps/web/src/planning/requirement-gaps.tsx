import { useTranslation } from 'react-i18next';
import type { CapacityBalanceData } from '../api-types';
import { DataTable } from '../components/data-table';
import { formatList } from '../format';
import { Section } from '../components/section';

/** Where operations are most held back: base requirements against validated levels, ranked. */
export function RequirementGaps({
  data,
  headingId,
}: {
  data: CapacityBalanceData;
  headingId: string;
}) {
  const { t } = useTranslation();
  const unitName = new Map(data.units.map((u) => [u.slug, u.name]));
  const names = (slugs: string[]) => formatList(slugs.map((s) => unitName.get(s) ?? s));
  const gaps = data.requirementGaps.filter((g) => g.totalGap > 0);
  const top = gaps[0];
  return (
    <Section headingId={headingId} heading={t('planning.gaps.heading')}>
      <p className="section-intro">
        {t('planning.gaps.intro', { round: data.baselineRound ?? '–' })}
      </p>
      <p className="chart-summary">
        {top
          ? t('planning.gaps.summary', {
              count: gaps.length,
              name: top.capabilityName,
              units: top.unitsBelow.length,
              levels: top.totalGap,
            })
          : t('planning.gaps.none')}
      </p>
      <DataTable
        columns={[
          t('planning.gaps.colRank'),
          t('planning.gaps.colCapability'),
          t('planning.gaps.colLevels'),
          t('planning.gaps.colMax'),
          t('planning.gaps.colUnits'),
          t('planning.gaps.colUnknown'),
        ]}
        caption={t('planning.gaps.caption')}
      >
        {data.requirementGaps.map((g, i) => (
          <tr key={g.capabilityCode}>
            <td className="numeric">{i + 1}</td>
            <th scope="row">
              {g.capabilityName}
              <br />
              <span className="meta">{g.areaName}</span>
            </th>
            <td className="numeric">{g.totalGap}</td>
            <td className="numeric">{g.maxGap}</td>
            <td>
              {g.unitsBelow.length
                ? t('planning.gaps.unitsBelow', {
                    count: g.unitsBelow.length,
                    names: names(g.unitsBelow),
                  })
                : '–'}
            </td>
            <td>{g.unitsUnknown.length ? names(g.unitsUnknown) : '–'}</td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
