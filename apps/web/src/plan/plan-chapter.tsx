import {
  formatPlanText,
  formatPlanFigure,
  type PlanChapter,
  type PlanLocale,
} from '@lagesbild/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanTableView } from './plan-table';

/** Where a chapter's heading points: the table of contents links here. */
export const chapterAnchor = (key: string) => `kapitel-${key}`;

/** One chapter: heading, key figures, the computed text, the tables (and charts), then ITD's comment. */
export function PlanChapterView({
  chapter,
  number,
  lang,
  children,
}: {
  chapter: PlanChapter;
  number: number;
  lang: PlanLocale;
  /** ITD's comment and anything the chapter carries after its computed part. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = chapterAnchor(chapter.key);
  return (
    <section aria-labelledby={id} className="plan-chapter" data-chapter={chapter.key}>
      <h2 id={id}>
        {t('plan.edition.chapterHeading', {
          number,
          title: formatPlanText(lang, `${chapter.key}.title`),
        })}
      </h2>
      {chapter.figures.length > 0 && (
        <dl className="plan-figures">
          {chapter.figures.map((f) => (
            <div key={f.key} className="plan-figure">
              <dt>{formatPlanText(lang, f.key)}</dt>
              <dd>{formatPlanFigure(lang, f.value, f.unit)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="plan-statements">
        {chapter.statements.map((s, i) => (
          <p key={`${s.key}-${i}`}>{formatPlanText(lang, s.key, s.values)}</p>
        ))}
      </div>
      {chapter.tables.map((table) => (
        <PlanTableView key={table.key} table={table} lang={lang} />
      ))}
      {children}
    </section>
  );
}
