import { storage } from '@wxt-dev/storage';
import { render } from 'preact';
import { SightingsContext } from '@/components/AlsoReported';
import { requestCheck } from '@/components/CheckPageButton';
import { messagesLang, t } from '@/components/i18n';
import { PopupApp } from '@/components/PopupApp';
import { showFigureInTab } from '@/components/show-in-page';
import { browserSource, openFullView } from '@/components/tab-result-source';
import { localDay } from '@/utils/dates';
import { createReaderRecordsStore } from '@/utils/reader-records/store';
import { createSightingsStore } from '@/utils/sightings/store';
import { SIGHTINGS_KEY, type SightingsData } from '@/utils/sightings/types';
import '@/components/base.css';
import './style.css';

/** The toolbar popup, or with `?tabId=N` the full view of tab N in a tab of its own. */
const full = new URLSearchParams(location.search).has('tabId');
document.documentElement.classList.toggle('full', full);
// The language of the messages in use (a locale file names its own), not the browser's.
document.documentElement.lang = messagesLang();
document.title = t('appTitle');

// The reader's sightings, read only: the item is defined without its migrations, which the background
// runs, so a value not yet migrated is left alone (and "Also reported elsewhere" stays empty).
const sightings = createSightingsStore({
  item: storage.defineItem<SightingsData, { v: number }>(SIGHTINGS_KEY),
});

const readerRecords = createReaderRecordsStore();
const records = () => readerRecords.recordSet();

const root = document.getElementById('app');
if (root) {
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
