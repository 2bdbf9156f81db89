export const SEARCH_INPUT_ID = "inbox-search";
// The composer's textarea (components/inbox/composer.tsx): "r" focuses it.
export const COMPOSER_INPUT_ID = "composer-input";
