export default defineBackground(() => {
  // Message routing and the toolbar badge land here with the content script.
});
