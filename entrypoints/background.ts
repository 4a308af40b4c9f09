export default defineBackground(() => {
  // Messaging and per-tab caching arrive with the in-page and popup features.
});
