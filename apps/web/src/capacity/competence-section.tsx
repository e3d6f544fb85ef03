import { COMPETENCE_AREAS } from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../components/scroll-table';
import { formatFte } from '../forms/format-fte';
import { CellInput, CellSelect } from '../components/cell-field';
import { fieldId, type FieldKey } from './capacity-values';
import { listLevelOptions, nameArea } from './field-labels';
import type { SectionProps } from './section-props';

export function CompetenceSection({
  values,
  errors,
  onChange,
  totalFte,
}: SectionProps & { totalFte: number }) {
  const { t } = useTranslation();
  const levels = listLevelOptions(t, t('capacity.competence.notAssessed'));
  const errorOf = (key: FieldKey) => {
    const error = errors[key];
    return error && t(`capacity.errors.${error}`);
  };
  return (
    <section className="capacity-section" aria-labelledby="capacity-competence-heading">
      <h2 id="capacity-competence-heading">{t('capacity.competence.heading')}</h2>
      <p id="capacity-competence-text">{t('capacity.competence.text')}</p>
      <ScrollTable label={t('capacity.competence.caption')}>
        <table className="data-table capacity-table">
          <caption className="visually-hidden">{t('capacity.competence.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('capacity.competence.area')}</th>
              <th scope="col">{t('capacity.competence.fte')}</th>
              <th scope="col">{t('capacity.competence.level')}</th>
            </tr>
          </thead>
          <tbody>
            {COMPETENCE_AREAS.map((area) => {
              const row = values.competences[area];
              const fteKey = `competence.${area}.fte` as const;
              const levelKey = `competence.${area}.level` as const;
              return (
                <tr key={area}>
                  <th scope="row">{nameArea(t, area)}</th>
                  <td>
                    <CellInput
                      id={fieldId(fteKey)}
                      label={t('capacity.competence.fteLabel', { area: nameArea(t, area) })}
                      error={errorOf(fteKey)}
                      className="fte-input"
                      inputMode="decimal"
                      autoComplete="off"
                      value={row.fte}
                      onChange={(e) => {
                        const fte = e.target.value;
                        onChange(fteKey, (v) => ({
                          ...v,
                          competences: { ...v.competences, [area]: { ...row, fte } },
                        }));
                      }}
                    />
                  </td>
                  <td>
                    <CellSelect
                      id={fieldId(levelKey)}
                      label={t('capacity.competence.levelLabel', { area: nameArea(t, area) })}
                      error={errorOf(levelKey)}
                      options={levels}
                      value={row.level}
                      onChange={(e) => {
                        const level = e.target.value;
                        onChange(levelKey, (v) => ({
                          ...v,
                          competences: { ...v.competences, [area]: { ...row, level } },
                        }));
                      }}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('capacity.competence.total')}</th>
              <td className="num">{formatFte(totalFte)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </section>
  );
}
