"""Entity names (a persisted interface: reports and configs use them) and their placeholders."""

PERSON = "PERSON"
PHONE_NUMBER = "PHONE_NUMBER"
CREDIT_CARD = "CREDIT_CARD"
ADDRESS = "ADDRESS"
EMAIL_ADDRESS = "EMAIL_ADDRESS"

# Placeholder stems, readable in a Russian dialogue: [ИМЯ_1], [ТЕЛЕФОН_2].
PLACEHOLDERS = {
    PERSON: "ИМЯ",
    PHONE_NUMBER: "ТЕЛЕФОН",
    CREDIT_CARD: "КАРТА",
    ADDRESS: "АДРЕС",
    EMAIL_ADDRESS: "ПОЧТА",
}

ALL = tuple(PLACEHOLDERS)
