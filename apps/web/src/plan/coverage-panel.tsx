import {
  formatPlanText,
  formatPlanValue,
  type CoverageResult,
  type CoverageStatus,
  type PlanContent,
  type PlanLocale,
} from '@lagesbild/domain';
import { useTranslation } from 'react-i18next';
import { groupCoverage, isShareMetric } from './plan-helpers';

// A shape per status, so the status reads without colour: full, half, empty.
const ICONS: Record<CoverageStatus, string> = { answered: '●', partly: '◐', unanswered: '○' };

/** A status in words with its icon; the class gives the border pattern (solid, dashed, dotted). */
export function CoverageStatusTag({ status, lang }: { status: CoverageStatus; lang: PlanLocale }) {
  return (
    <span className={`coverage-status coverage-${status}`}>
      <span aria-hidden="true">{ICONS[status]} </span>
      {formatPlanText(lang, `coverage.status.${status}`)}
    </span>
  );
}

function writeCheckValue(lang: PlanLocale, metric: string, value: number): string {
  return isShareMetric(metric)
    ? formatPlanValue(lang, Math.round(value * 100), 'percent')
    : formatPlanValue(lang, value, 'count');
}

function SubQuestion({
  result,
  text,
  lang,
}: {
  result: CoverageResult;
  text: string;
  lang: PlanLocale;
}) {
  const { t } = useTranslation();
  return (
    <li className={`coverage-item coverage-item-${result.status}`} data-sub-question={result.id}>
      <p className="coverage-question">
        <q>{text}</q> <CoverageStatusTag status={result.status} lang={lang} />
      </p>
      <dl className="coverage-details">
        <dt>{t('plan.coverage.rule')}</dt>
        <dd>{formatPlanText(lang, `coverage.rule.${result.rule.key}`)}</dd>
        {result.rule.checks.length > 0 && (
          <>
            <dt>{t('plan.coverage.checks')}</dt>
            <dd>
              <ul>
                {result.rule.checks.map((c) => (
                  <li key={c.metric}>
                    {t('plan.coverage.check', {
                      metric: formatPlanText(lang, `coverage.metric.${c.metric}`),
                      value: writeCheckValue(lang, c.metric, c.value),
                      min: writeCheckValue(lang, c.metric, c.min),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('plan.coverage.missing')}</dt>
        <dd>
          {result.missing.length === 0 ? (
            t('plan.coverage.nothingMissing')
          ) : (
            <ul>
              {result.missing.map((m) => (
                <li key={`${m.what}-${m.who}`}>
                  {t('plan.coverage.missingItem', {
                    what: formatPlanText(lang, `coverage.missing.${m.what}`),
                    who: formatPlanText(lang, `coverage.who.${m.who}`),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </li>
  );
}

/** "Svarar planen på frågorna?": every question of the reservation, computed from the data. */
export function CoveragePanel({ content, lang }: { content: PlanContent; lang: PlanLocale }) {
  const { t } = useTranslation();
  const groups = groupCoverage(content.coverage, content.coverageSummary, lang);
  const { counts } = content.coverageSummary;
  const total = counts.answered + counts.partly + counts.unanswered;
  return (
    <section aria-labelledby="coverage" className="section plan-coverage">
      <h2 id="coverage">{t('plan.coverage.heading')}</h2>
      <p>{t('plan.coverage.intro')}</p>
      <p className="coverage-summary" data-testid="coverage-summary">
        {t('plan.coverage.summary', { ...counts, total })}
      </p>
      {groups.map((group) => (
        <section
          key={group.questionId}
          aria-labelledby={`coverage-${group.questionId}`}
          className="coverage-group"
        >
          <h3 id={`coverage-${group.questionId}`}>
            {t(`plan.coverage.question.${group.questionId}`)}{' '}
            <CoverageStatusTag status={group.status} lang={lang} />
          </h3>
          <p className="coverage-counts">{t('plan.coverage.counts', group.counts)}</p>
          <ul className="coverage-list">
            {group.items.map(({ result, text }) => (
              <SubQuestion key={result.id} result={result} text={text} lang={lang} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
