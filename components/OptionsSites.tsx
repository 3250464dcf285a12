import { useState } from 'preact/hooks';
import { OUTLETS } from '@/utils/sites/outlets';
import { type Settings, withSiteDisabled } from '@/utils/storage/settings-shape';
import { formatCount, t } from './i18n';
import type { OptionsDeps } from './options-deps';

type EveryState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'message'; text: string; error: boolean };

/** The curated sites, "check every site", and the sites the reader turned off. */
export function OptionsSites({
  settings,
  deps,
  update,
}: {
  settings: Settings;
  deps: Pick<OptionsDeps, 'enableEverySite' | 'disableEverySite'>;
  update: (change: (s: Settings) => Settings) => void;
}) {
  const [every, setEvery] = useState<EveryState>({ kind: 'idle' });

  const toggleEvery = (on: boolean) => {
    setEvery({ kind: 'busy' });
    // Called in the click itself: the browser shows its permission prompt only for a user gesture.
    (on ? deps.enableEverySite() : deps.disableEverySite()).then(
      (r) => {
        if (r.ok) setEvery({ kind: 'message', text: t(r.on ? 'everySiteOn' : 'everySiteOff'), error: false });
        else if (r.reason === 'denied')
          setEvery({ kind: 'message', text: t('everySiteDenied'), error: true });
        else setEvery({ kind: 'message', text: t('everySiteFailed', r.error ?? ''), error: true });
      },
      (e: unknown) => setEvery({ kind: 'message', text: t('everySiteFailed', String(e)), error: true }),
    );
  };

  return (
    <section class="card" aria-labelledby="sites-heading" data-section="sites">
      <h2 id="sites-heading">{t('sitesHeading')}</h2>
      <p>{t('sitesIntro')}</p>
      <details class="site-list">
        <summary>{t('curatedSites', formatCount(OUTLETS.length))}</summary>
        <ul class="columns">
          {OUTLETS.map(([d, name]) => (
            <li key={d}>
              {name} <span class="meta">{d}</span>
            </li>
          ))}
        </ul>
      </details>

      <div class="setting">
        <input
          type="checkbox"
          id="every-site"
          checked={settings.everySite}
          disabled={every.kind === 'busy'}
          aria-describedby="every-site-help every-site-status"
          onChange={(e) => toggleEvery((e.currentTarget as HTMLInputElement).checked)}
        />
        <div>
          <label for="every-site">{t('everySiteLabel')}</label>
          <p id="every-site-help" class="help">
            {t('everySiteHelp')}
          </p>
        </div>
      </div>
      <p
        id="every-site-status"
        class={every.kind === 'message' && every.error ? 'error' : 'status'}
        role="status"
      >
        {every.kind === 'message' ? every.text : ''}
      </p>

      <h3 id="off-heading">{t('sitesOffHeading')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="help">{t('sitesOffNone')}</p>
      ) : (
        <ul class="site-off-list" aria-labelledby="off-heading">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={t('turnOnAgainFor', site)}
                onClick={() => update((s) => withSiteDisabled(s, site, false))}
              >
                {t('turnOnAgain')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
