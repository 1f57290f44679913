"""One recognizer per entity, each in its own file with its examples and counter-examples."""

from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers.bank_account import BankAccountRecognizer
from redactor.recognizers.birth_date import BirthDateRecognizer
from redactor.recognizers.card import CardRecognizer
from redactor.recognizers.card_expiry import CardExpiryRecognizer
from redactor.recognizers.driver_license import DriverLicenseRecognizer
from redactor.recognizers.email import EmailRecognizer
from redactor.recognizers.handle import HandleRecognizer
from redactor.recognizers.iban import IbanRecognizer
from redactor.recognizers.inn import InnRecognizer
from redactor.recognizers.ip_address import IpAddressRecognizer
from redactor.recognizers.oms import OmsRecognizer
from redactor.recognizers.passport import PassportRecognizer
from redactor.recognizers.person import PersonRecognizer
from redactor.recognizers.phone import PhoneRecognizer
from redactor.recognizers.secret import SecretRecognizer
from redactor.recognizers.snils import SnilsRecognizer
from redactor.recognizers.spoken_email import SpokenEmailRecognizer
from redactor.recognizers.url import UrlRecognizer
from redactor.recognizers.vehicle_plate import VehiclePlateRecognizer

RECOGNIZERS = [
    PersonRecognizer,
    PhoneRecognizer,
    CardRecognizer,
    AddressRecognizer,
    EmailRecognizer,
    SpokenEmailRecognizer,
    PassportRecognizer,
    DriverLicenseRecognizer,
    VehiclePlateRecognizer,
    SnilsRecognizer,
    InnRecognizer,
    OmsRecognizer,
    BankAccountRecognizer,
    IbanRecognizer,
    CardExpiryRecognizer,
    SecretRecognizer,
    BirthDateRecognizer,
    IpAddressRecognizer,
    UrlRecognizer,
    HandleRecognizer,
]


def build_recognizers():
    return [cls() for cls in RECOGNIZERS]
