"""One recognizer per entity, each in its own file with its examples and counter-examples."""

from redactor.recognizers.address import AddressRecognizer
from redactor.recognizers.card import CardRecognizer
from redactor.recognizers.email import EmailRecognizer
from redactor.recognizers.person import PersonRecognizer
from redactor.recognizers.phone import PhoneRecognizer
from redactor.recognizers.spoken_email import SpokenEmailRecognizer

RECOGNIZERS = [
    PersonRecognizer,
    PhoneRecognizer,
    CardRecognizer,
    AddressRecognizer,
    EmailRecognizer,
    SpokenEmailRecognizer,
]


def build_recognizers():
    return [cls() for cls in RECOGNIZERS]
