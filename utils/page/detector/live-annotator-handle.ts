/**
 * Where the running annotator is kept in the content scripts' shared world, so that a second injection
 * replaces it and the detector can stop it when an SPA navigates away from the topic.
 */
export const LIVE_ANNOTATOR = Symbol.for('factcheck.live-annotator');
