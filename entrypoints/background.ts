import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    // Results and sightings arrive with the verdicts work; nothing to set up yet.
  });
});
