// An account's last error (lib/accounts/account-error.ts codes) in words: {status} is the marketplace's HTTP
// status, {said} its own words, each "none" when not known (and then left out).

export const accountErrorsRu = {
  codes: {
    auth: "Маркетплейс не принял ключи доступа{status, select, none {} other { ({status})}}{said, select, none {} other {: «{said}»}}. Обновите ключи или подключите аккаунт снова.",
    disconnected: "Аккаунт отключён: подключите его снова.",
    rate_limited:
      "Маркетплейс временно ограничил частоту запросов{said, select, none {} other {: «{said}»}}; синхронизация продолжится сама.",
    server:
      "Сервер маркетплейса ответил ошибкой{status, select, none {} other { ({status})}}{said, select, none {} other {: «{said}»}}; повторим автоматически.",
    timeout: "Маркетплейс не ответил вовремя; повторим автоматически.",
    network: "Не удалось связаться с маркетплейсом; повторим автоматически.",
    refused:
      "Запрос не отправлен: адрес API указывает во внутреннюю сеть или перенаправляет на другой адрес. Проверьте адрес API аккаунта.",
    bad_response:
      "Маркетплейс прислал ответ в неожиданном виде; повторим автоматически, а если ошибка не пройдёт — напишите в поддержку.",
    request:
      "Маркетплейс отклонил запрос{status, select, none {} other { ({status})}}{said, select, none {} other {: «{said}»}}.",
    rejected:
      "Маркетплейс отклонил запрос{status, select, none {} other { ({status})}}{said, select, none {} other {: «{said}»}}.",
    unsupported: "Маркетплейс не поддерживает эту операцию через API.",
    internal: "Внутренняя ошибка при обращении к маркетплейсу; повторим автоматически.",
  },
};

export const accountErrorsEn: typeof accountErrorsRu = {
  codes: {
    auth: "The marketplace refused the access keys{status, select, none {} other { ({status})}}{said, select, none {} other {: “{said}”}}. Update the keys or connect the account again.",
    disconnected: "The account is disconnected: connect it again.",
    rate_limited:
      "The marketplace is limiting the request rate for now{said, select, none {} other {: “{said}”}}; syncing resumes by itself.",
    server:
      "The marketplace's server answered with an error{status, select, none {} other { ({status})}}{said, select, none {} other {: “{said}”}}; we will retry automatically.",
    timeout: "The marketplace did not answer in time; we will retry automatically.",
    network: "Could not reach the marketplace; we will retry automatically.",
    refused:
      "Not sent: the API address points into an internal network or redirects elsewhere. Check the account's API address.",
    bad_response:
      "The marketplace answered in an unexpected form; we will retry automatically, and if the error stays, contact support.",
    request:
      "The marketplace refused the request{status, select, none {} other { ({status})}}{said, select, none {} other {: “{said}”}}.",
    rejected:
      "The marketplace refused the request{status, select, none {} other { ({status})}}{said, select, none {} other {: “{said}”}}.",
    unsupported: "The marketplace does not offer this operation through its API.",
    internal: "Internal error while calling the marketplace; we will retry automatically.",
  },
};
