import { useEffect, useMemo, useState } from 'preact/hooks';
import { createSettingsStore, type SettingsStore, setSiteDisabled } from '@/utils/storage/settings';
import { siteOfUrl } from '@/utils/storage/settings-shape';
import { t } from './i18n';

/**
 * "Turn off on this site": turns the extension off on the page's site (the annotator in the
 * page hears of it through storage and clears at once), or on again.
 */
export function PageControls({ url, store }: { url: string; store?: SettingsStore }) {
  const settings = useMemo(() => store ?? createSettingsStore(), [store]);
  const site = siteOfUrl(url);
  const [off, setOff] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!site) return;
    let live = true;
    const show = (disabled: string[]) => {
      if (live) setOff(disabled.includes(site));
    };
    settings.get().then(
      (s) => show(s.disabledSites),
      () => show([]),
    );
    const unwatch = settings.watch((s) => show(s.disabledSites));
    return () => {
      live = false;
      unwatch();
    };
  }, [settings, site]);

  if (!site || off === null) return null;
  const toggle = () => {
    setError(null);
    setSiteDisabled(settings, site, !off).then(
      (s) => setOff(s.disabledSites.includes(site)),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  return (
    <div class="page-controls" data-site-off={off}>
      {off ? <p class="page-meta">{t('siteOffNote', site)}</p> : null}
      <button type="button" class="button" onClick={toggle}>
        {off ? t('showHere') : t('hideHere')}
      </button>
      {error ? (
        <p class="error" role="alert">
          {t('settingsError', error)}
        </p>
      ) : null}
    </div>
  );
}
