// New chats and messages arrive by polling: well inside the "within 5 seconds" promise.
export const POLL_MS = 3_000;
export const SEARCH_INPUT_ID = "inbox-search";
// The composer's textarea (components/inbox/composer.tsx): "r" focuses it.
export const COMPOSER_INPUT_ID = "composer-input";
