import { browser } from 'wxt/browser';
import {
  disableEverySite,
  type EverySiteApis,
  type EverySiteResult,
  enableEverySite,
} from '@/utils/background/every-site';
import {
  createReaderRecordsStore,
  defineReaderRecordsItem,
  type ReaderRecordsStore,
} from '@/utils/storage/reader-records/store';
import { createSettingsStore, type SettingsStore } from '@/utils/storage/settings';
import {
  createSightingsStore,
  defineSightingsItem,
  type SightingsStore,
} from '@/utils/storage/sightings/store';
import { emptySightings, type Result, SIGHTINGS_VERSION } from '@/utils/storage/sightings/types';
import type { LanguageChoice } from '@/utils/wording/language-choice';
import { applyLanguageChoice } from './apply-language';
import { downloadText } from './download-text';
import { t } from './i18n';

/** What the options page works with, behind an interface so the components are tested with fakes. */
export interface OptionsDeps {
  settings: SettingsStore;
  sightings: Pick<SightingsStore, 'read' | 'exportJson' | 'exportCsv' | 'importJson'>;
  clearSightings(): Promise<Result>;
  /** Must be called straight from the click: it asks for the permission first. */
  enableEverySite(): Promise<EverySiteResult>;
  disableEverySite(): Promise<EverySiteResult>;
  /** Hands a file to the browser's downloads (a link with `download`, no permission needed). */
  download(filename: string, text: string, type: string): void;
  /** The reader's own record: accepted and rejected figures newer than the shipped record. */
  readerRecords: Pick<ReaderRecordsStore, 'read' | 'accept' | 'reject' | 'remove' | 'exportJson'>;
  /** Makes `t` (and the page's `lang` and title) speak the chosen language; resolves once it does. */
  applyLanguage(choice: LanguageChoice): Promise<void>;
}

export function browserOptionsDeps(): OptionsDeps {
  const settings = createSettingsStore();
  const item = defineSightingsItem();
  const apis = browser as unknown as EverySiteApis;
  const save = (on: boolean) => settings.update((s) => ({ ...s, everySite: on }));
  return {
    settings,
    sightings: createSightingsStore({ item }),
    async clearSightings() {
      try {
        await item.setValue(emptySightings());
        await item.setMeta({ v: SIGHTINGS_VERSION });
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    enableEverySite: () => enableEverySite(apis, save),
    disableEverySite: () => disableEverySite(apis, save),
    download: downloadText,
    readerRecords: createReaderRecordsStore(defineReaderRecordsItem()),
    async applyLanguage(choice) {
      await applyLanguageChoice(choice);
      document.title = t('optionsTitle');
    },
  };
}
