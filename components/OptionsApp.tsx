import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/storage/settings-shape';
import type { LanguageChoice } from '@/utils/wording/language-choice';
import { t } from './i18n';
import { OptionsAbout, OptionsPrivacy } from './OptionsAbout';
import { OptionsData } from './OptionsData';
import { OptionsDisplay } from './OptionsDisplay';
import { OptionsNewer } from './OptionsNewer';
import { OptionsSites } from './OptionsSites';
import type { OptionsDeps } from './options-deps';

/**
 * The options page: sites, display, the reader's data, the reference data, privacy. `initialLanguage`
 * is the language the page was rendered in; another one chosen (here or elsewhere) re-renders it all
 * in that one, at once.
 */
export function OptionsApp({
  deps,
  initialLanguage,
}: {
  deps: OptionsDeps;
  initialLanguage?: LanguageChoice;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [language, setLanguage] = useState<LanguageChoice | undefined>(initialLanguage);
  const wanted = settings?.language;

  useEffect(() => {
    if (wanted === undefined || wanted === language) return;
    let live = true;
    deps.applyLanguage(wanted).then(
      // Every component below renders again, in the new language.
      () => live && setLanguage(wanted),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [deps, wanted, language]);

  useEffect(() => {
    let live = true;
    deps.settings.get().then(
      (s) => live && setSettings(s),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    const unwatch = deps.settings.watch((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [deps]);

  const update = (change: (s: Settings) => Settings) => {
    setError(null);
    deps.settings
      .update(change)
      .then(setSettings, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <div class="options">
      <header class="options-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        {error ? (
          <p class="error" role="alert">
            {t('settingsError', error)}
          </p>
        ) : null}
        {settings ? (
          <>
            <OptionsSites settings={settings} deps={deps} update={update} />
            <OptionsDisplay settings={settings} update={update} />
          </>
        ) : (
          <p class="loading" role="status">
            {t('optionsLoading')}
          </p>
        )}
        <OptionsNewer deps={deps} />
        <OptionsData deps={deps} />
        <OptionsAbout />
        <OptionsPrivacy />
      </main>
    </div>
  );
}
