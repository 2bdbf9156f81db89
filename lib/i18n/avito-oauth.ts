// The outcome of "Connect with Avito" on the accounts page (lib/accounts/complete-avito-oauth.ts codes).

export const avitoOauthRu = {
  stale_state:
    "Вход через Авито не завершён: ссылка устарела или открыта в другом браузере. Начните подключение заново.",
  not_configured: "Вход через Авито не настроен на этом сервере",
  no_code: "Авито не прислал код авторизации. Начните подключение заново.",
  no_refresh_token: "Авито не вернул refresh_token для этого кода. Начните подключение заново.",
  avito_refused: "Авито отказал во входе",
  failed: "Не удалось подключить аккаунт Авито. Попробуйте ещё раз.",
  defaultAccountName: "Авито",
};

export const avitoOauthEn: typeof avitoOauthRu = {
  stale_state:
    "Sign-in with Avito did not finish: the link expired or was opened in another browser. Start connecting again.",
  not_configured: "Sign-in with Avito is not configured on this server",
  no_code: "Avito sent no authorization code. Start connecting again.",
  no_refresh_token: "Avito returned no refresh_token for this code. Start connecting again.",
  avito_refused: "Avito refused the sign-in",
  failed: "Could not connect the Avito account. Try again.",
  defaultAccountName: "Avito",
};
