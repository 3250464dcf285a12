import { storage } from '@wxt-dev/storage';
import { render } from 'preact';
import { SightingsContext } from '@/components/AlsoReported';
import { applyLanguageChoice } from '@/components/apply-language';
import { requestCheck } from '@/components/CheckPageButton';
import { t } from '@/components/i18n';
import { PopupApp } from '@/components/PopupApp';
import { showFigureInTab } from '@/components/show-in-page';
import { browserSource, openFullView } from '@/components/tab-result-source';
import { localDay } from '@/utils/engine/dates';
import { createReaderRecordsStore } from '@/utils/storage/reader-records/store';
import { createSettingsStore } from '@/utils/storage/settings';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings-shape';
import { createSightingsStore } from '@/utils/storage/sightings/store';
import { SIGHTINGS_KEY, type SightingsData } from '@/utils/storage/sightings/types';
import '@/components/base.css';
import './style.css';

/** The toolbar popup, or with `?tabId=N` the full view of tab N in a tab of its own. */
const full = new URLSearchParams(location.search).has('tabId');
document.documentElement.classList.toggle('full', full);

// The reader's sightings, read only: the item is defined without its migrations, which the background
// runs, so a value not yet migrated is left alone (and "Also reported elsewhere" stays empty).
const sightings = createSightingsStore({
  item: storage.defineItem<SightingsData, { v: number }>(SIGHTINGS_KEY),
});

const readerRecords = createReaderRecordsStore();
const records = () => readerRecords.recordSet();

/** In the language the reader chose (read each time the popup opens), then rendered. */
async function start(): Promise<void> {
  const { language } = await createSettingsStore()
    .get()
    .catch(() => DEFAULT_SETTINGS);
  // Sets <html lang> to the language of the messages in use (a locale file names its own).
  await applyLanguageChoice(language);
  document.title = t('appTitle');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <SightingsContext.Provider value={sightings}>
      <PopupApp
        source={browserSource(location.search)}
        full={full}
        // Only the toolbar popup holds activeTab, and the background answers only a page in no tab.
        onCheckPage={full ? undefined : requestCheck}
        records={records}
        today={localDay()}
        onShowInPage={(tabId, figure) =>
          showFigureInTab(tabId, figure, full).then((shown) => {
            // The popup steps aside, so that focus goes to the page; the full view stays in its own tab.
            if (shown && !full) window.close();
            return shown;
          })
        }
        onOpenFullView={(tabId) => {
          openFullView(tabId).then(
            () => window.close(),
            (e: unknown) => console.warn('[factcheck] could not open the full view', e),
          );
        }}
      />
    </SightingsContext.Provider>,
    root,
  );
}

void start();
