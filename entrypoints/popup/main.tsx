import { render } from 'preact';
import { t } from '@/components/i18n';
import { PopupApp } from '@/components/PopupApp';
import { browserSource, openFullView } from '@/components/tab-result-source';
import './style.css';

/** The toolbar popup, or with `?tabId=N` the full view of tab N in a tab of its own. */
const full = new URLSearchParams(location.search).has('tabId');
document.documentElement.classList.toggle('full', full);
// The language of the messages in use (a locale file names its own), not the browser's.
const lang = t('htmlLang');
document.documentElement.lang = lang === 'htmlLang' ? 'en' : lang;
document.title = t('appTitle');

const root = document.getElementById('app');
if (root) {
  render(
    <PopupApp
      source={browserSource(location.search)}
      full={full}
      onOpenFullView={(tabId) => {
        openFullView(tabId).then(
          () => window.close(),
          (e: unknown) => console.warn('[factcheck] could not open the full view', e),
        );
      }}
    />,
    root,
  );
}
