import { render } from 'preact';
import { messagesLang, t } from '@/components/i18n';
import { OptionsApp } from '@/components/OptionsApp';
import { browserOptionsDeps } from '@/components/options-deps';
import '@/components/base.css';
import './style.css';

/** The options page: a Preact app from components/, wired to the browser here. */
document.documentElement.lang = messagesLang();
document.title = t('optionsTitle');

const root = document.getElementById('app');
if (root) render(<OptionsApp deps={browserOptionsDeps()} />, root);
