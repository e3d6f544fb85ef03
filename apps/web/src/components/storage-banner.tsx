import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { storageStatus } from '../storage-status';

/** Says, on every page, that changes cannot be saved now and that what is saved is safe. */
export function StorageBanner() {
  const { t } = useTranslation();
  const failing = useSyncExternalStore(storageStatus.subscribe, storageStatus.isFailing);
  if (!failing) return null;
  // An alert that appears is announced at once; an empty one waiting on every page would not be
  // told from the page's own alerts.
  return (
    <div className="storage-banner" role="alert">
      <div className="storage-banner-inner">
        <strong>{t('state.storageTitle')}</strong> {t('state.storageText')}
      </div>
    </div>
  );
}
