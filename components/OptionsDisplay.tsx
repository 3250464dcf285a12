import type { Settings } from '@/utils/storage/settings-shape';
import { t } from './i18n';
import { OptionsLanguage } from './OptionsLanguage';

/** Highlights and badges, everywhere (the popup turns them off for one site), and the language. */
export function OptionsDisplay({
  settings,
  update,
}: {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
}) {
  const flag = (key: 'highlights' | 'badges', label: string, help: string) => (
    <div class="setting">
      <input
        type="checkbox"
        id={`display-${key}`}
        checked={settings[key]}
        aria-describedby={`display-${key}-help`}
        onChange={(e) => {
          const on = (e.currentTarget as HTMLInputElement).checked;
          update((s) => ({ ...s, [key]: on }));
        }}
      />
      <div>
        <label for={`display-${key}`}>{label}</label>
        <p id={`display-${key}-help`} class="help">
          {help}
        </p>
      </div>
    </div>
  );
  return (
    <section class="card" aria-labelledby="display-heading" data-section="display">
      <h2 id="display-heading">{t('displayHeading')}</h2>
      {flag('highlights', t('highlightsLabel'), t('highlightsHelp'))}
      {flag('badges', t('badgesLabel'), t('badgesHelp'))}
      <OptionsLanguage settings={settings} update={update} />
    </section>
  );
}
