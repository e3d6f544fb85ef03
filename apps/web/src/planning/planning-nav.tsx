import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The planning views as links, so each has its own address and the browser's back works. */
export function PlanningNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('planning.nav.label')} className="sub-nav">
      <ul>
        <li>
          <Link to="/planering" activeOptions={{ exact: true, includeSearch: false }}>
            {t('planning.nav.scenarios')}
          </Link>
        </li>
        <li>
          <Link to="/planering/tidslinje" activeOptions={{ includeSearch: false }}>
            {t('planning.nav.timeline')}
          </Link>
        </li>
        <li>
          <Link to="/planering/kapacitet" activeOptions={{ includeSearch: false }}>
            {t('planning.nav.capacity')}
          </Link>
        </li>
        <li>
          <Link to="/planering/behov" activeOptions={{ includeSearch: false }}>
            {t('planning.nav.needs')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
