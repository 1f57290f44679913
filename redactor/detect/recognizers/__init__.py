"""One recognizer per entity, each in its own file with its examples and counter-examples."""

from redactor.detect.recognizers.account_id import AccountIdRecognizer
from redactor.detect.recognizers.address import AddressRecognizer
from redactor.detect.recognizers.bank_account import BankAccountRecognizer
from redactor.detect.recognizers.birth_date import BirthDateRecognizer
from redactor.detect.recognizers.building_parts import BuildingPartsRecognizer
from redactor.detect.recognizers.card import CardRecognizer
from redactor.detect.recognizers.card_expiry import CardExpiryRecognizer
from redactor.detect.recognizers.code_talk import CodeTalkRecognizer
from redactor.detect.recognizers.driver_license import DriverLicenseRecognizer
from redactor.detect.recognizers.email import EmailRecognizer
from redactor.detect.recognizers.greeting import GreetingNameRecognizer
from redactor.detect.recognizers.handle import HandleRecognizer
from redactor.detect.recognizers.iban import IbanRecognizer
from redactor.detect.recognizers.inn import InnRecognizer
from redactor.detect.recognizers.ip_address import IpAddressRecognizer
from redactor.detect.recognizers.ogrnip import OgrnipRecognizer
from redactor.detect.recognizers.oms import OmsRecognizer
from redactor.detect.recognizers.passport import PassportRecognizer
from redactor.detect.recognizers.person import PersonRecognizer
from redactor.detect.recognizers.phone import PhoneRecognizer
from redactor.detect.recognizers.secret import SecretRecognizer
from redactor.detect.recognizers.sender import SenderNameRecognizer
from redactor.detect.recognizers.slot_answers import SlotAnswerRecognizer
from redactor.detect.recognizers.snils import SnilsRecognizer
from redactor.detect.recognizers.spoken_code import SpokenCodeRecognizer
from redactor.detect.recognizers.spoken_email import SpokenEmailRecognizer
from redactor.detect.recognizers.spoken_greeting import SpokenGreetingNameRecognizer
from redactor.detect.recognizers.spoken_profile import SpokenProfileRecognizer
from redactor.detect.recognizers.surname_cue import SurnameCueRecognizer
from redactor.detect.recognizers.url import UrlRecognizer
from redactor.detect.recognizers.vehicle_plate import VehiclePlateRecognizer

RECOGNIZERS = [
    PersonRecognizer,
    PhoneRecognizer,
    CardRecognizer,
    AddressRecognizer,
    BuildingPartsRecognizer,
    EmailRecognizer,
    SpokenEmailRecognizer,
    PassportRecognizer,
    DriverLicenseRecognizer,
    VehiclePlateRecognizer,
    SnilsRecognizer,
    InnRecognizer,
    OmsRecognizer,
    BankAccountRecognizer,
    OgrnipRecognizer,
    IbanRecognizer,
    CardExpiryRecognizer,
    SecretRecognizer,
    CodeTalkRecognizer,
    BirthDateRecognizer,
    IpAddressRecognizer,
    UrlRecognizer,
    HandleRecognizer,
    SpokenProfileRecognizer,
    SpokenCodeRecognizer,
    AccountIdRecognizer,
    SlotAnswerRecognizer,
    SenderNameRecognizer,
    GreetingNameRecognizer,
    SpokenGreetingNameRecognizer,
    SurnameCueRecognizer,
]


def build_recognizers():
    return [cls() for cls in RECOGNIZERS]
