"""Entity names (a persisted interface: reports and configs use them) and their placeholders."""

PERSON = "PERSON"
PHONE_NUMBER = "PHONE_NUMBER"
CREDIT_CARD = "CREDIT_CARD"
ADDRESS = "ADDRESS"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
# Russian identifiers (issue 4); country ids carry the RU_ prefix, as Presidio names them.
RU_PASSPORT = "RU_PASSPORT"  # internal and foreign passports, birth certificates, department codes
RU_SNILS = "RU_SNILS"
RU_INN = "RU_INN"
RU_OMS = "RU_OMS"
RU_DRIVER_LICENSE = "RU_DRIVER_LICENSE"
RU_VEHICLE_PLATE = "RU_VEHICLE_PLATE"
RU_BANK_ACCOUNT = "RU_BANK_ACCOUNT"
RU_OGRNIP = "RU_OGRNIP"  # a sole proprietor's registration number: the person's
IBAN_CODE = "IBAN_CODE"  # Presidio's name
CARD_EXPIRY = "CARD_EXPIRY"
SECRET = "SECRET"  # one-time codes, PINs, CVV/CVC, code words: never shared, whatever their shape
DATE_OF_BIRTH = "DATE_OF_BIRTH"
IP_ADDRESS = "IP_ADDRESS"  # Presidio's name
URL = "URL"  # Presidio's name; only links that carry a personal token
HANDLE = "HANDLE"  # accounts: @ivan_petrov, t.me/…, vk.com/id…, a лицевой счёт, a login

# Placeholder stems, readable in a Russian dialogue: [ИМЯ_1], [ТЕЛЕФОН_2].
PLACEHOLDERS = {
    PERSON: "ИМЯ",
    PHONE_NUMBER: "ТЕЛЕФОН",
    CREDIT_CARD: "КАРТА",
    ADDRESS: "АДРЕС",
    EMAIL_ADDRESS: "ПОЧТА",
    RU_PASSPORT: "ПАСПОРТ",
    RU_SNILS: "СНИЛС",
    RU_INN: "ИНН",
    RU_OMS: "ПОЛИС",
    RU_DRIVER_LICENSE: "ПРАВА",
    RU_VEHICLE_PLATE: "ГОСНОМЕР",
    RU_BANK_ACCOUNT: "СЧЁТ",
    RU_OGRNIP: "ОГРНИП",
    IBAN_CODE: "IBAN",
    CARD_EXPIRY: "СРОК_КАРТЫ",
    SECRET: "КОД",
    DATE_OF_BIRTH: "ДАТА_РОЖДЕНИЯ",
    IP_ADDRESS: "IP",
    URL: "ССЫЛКА",
    HANDLE: "АККАУНТ",
}

ALL = tuple(PLACEHOLDERS)
