import type { Settings } from '@/utils/storage/settings-shape';
import { LANGUAGE_CHOICES, type LanguageChoice } from '@/utils/wording/language-choice';
import { t } from './i18n';

/**
 * Each language by its own name, whatever the language in use: a reader who reads only Hindi finds
 * हिन्दी. "Browser language" is in the language in use.
 */
const OWN_NAMES: Record<Exclude<LanguageChoice, 'browser'>, string> = { en: 'English', hi: 'हिन्दी' };

/** The language of the extension: the browser's, or one the reader chooses. */
export function OptionsLanguage({
  settings,
  update,
}: {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
}) {
  return (
    <fieldset class="language-choice" aria-describedby="language-help">
      <legend>{t('languageLabel')}</legend>
      <div class="language-options">
        {LANGUAGE_CHOICES.map((choice) => (
          <div class="language-option" key={choice}>
            <input
              type="radio"
              name="language"
              id={`language-${choice}`}
              value={choice}
              checked={settings.language === choice}
              onChange={() => update((s) => ({ ...s, language: choice }))}
            />
            {choice === 'browser' ? (
              <label for="language-browser">{t('languageBrowser')}</label>
            ) : (
              <label for={`language-${choice}`} lang={choice}>
                {OWN_NAMES[choice]}
              </label>
            )}
          </div>
        ))}
      </div>
      <p id="language-help" class="help">
        {t('languageHelp')}
      </p>
    </fieldset>
  );
}
