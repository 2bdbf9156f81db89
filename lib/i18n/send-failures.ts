// Why a reply was not sent (under the message in the thread): stored as a code with values, worded here.
// {detail} is the marketplace's status and own words, e.g. " (404): chat not found".

export const sendFailuresRu = {
  disconnected: "Аккаунт отключён: подключите его снова в настройках.",
  auth: "Маркетплейс не принял ключ доступа: {vendor}. Переподключите аккаунт в настройках.",
  rate_limited:
    "Маркетплейс ограничил частоту запросов. Повторите {seconds, plural, =0 {чуть позже} one {через # секунду} few {через # секунды} many {через # секунд} other {через # секунды}}.",
  unsupported: "Маркетплейс не позволяет отправить такой ответ через API.",
  timeout:
    "Маркетплейс не ответил вовремя. Сообщение могло дойти: проверьте в кабинете продавца, прежде чем повторять.",
  retry_later: "Маркетплейс не принял сообщение{detail}. Повторите позже.",
  refused: "Маркетплейс отказал{detail}. Повтор не поможет: проверьте чат в кабинете маркетплейса.",
  internal: "Не удалось отправить из-за внутренней ошибки. Повторите позже.",
  may_have_been_sent: "Возможно, отправлено — проверьте в кабинете маркетплейса, прежде чем повторять.",
};

export const sendFailuresEn: typeof sendFailuresRu = {
  disconnected: "The account is disconnected: connect it again in Settings.",
  auth: "The marketplace did not accept the access key: {vendor}. Reconnect the account in Settings.",
  rate_limited:
    "The marketplace limited the request rate. Try again {seconds, plural, =0 {a little later} one {in # second} other {in # seconds}}.",
  unsupported: "The marketplace does not allow sending this reply through its API.",
  timeout:
    "The marketplace did not answer in time. The message may have arrived: check the seller account before trying again.",
  retry_later: "The marketplace did not accept the message{detail}. Try again later.",
  refused:
    "The marketplace refused{detail}. Retrying will not help: check the chat in the marketplace's seller account.",
  internal: "Could not send because of an internal error. Try again later.",
  may_have_been_sent: "It may have been sent: check the marketplace's seller account before trying again.",
};
