import { render } from 'preact';
import { OptionsApp } from '@/components/OptionsApp';
import { browserOptionsDeps } from '@/components/options-deps';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings-shape';
import '@/components/base.css';
import './style.css';

/**
 * The options page: a Preact app from components/, wired to the browser here, rendered once the
 * language the reader chose is read (the app follows later changes of it itself).
 */
async function start(): Promise<void> {
  const deps = browserOptionsDeps();
  const { language } = await deps.settings.get().catch(() => DEFAULT_SETTINGS);
  await deps.applyLanguage(language);
  const root = document.getElementById('app');
  if (root) render(<OptionsApp deps={deps} initialLanguage={language} />, root);
}

void start();
