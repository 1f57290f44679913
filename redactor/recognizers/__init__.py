"""One recognizer per entity, each in its own file with its examples and counter-examples."""

from redactor.recognizers.email import EmailRecognizer

RECOGNIZERS = [EmailRecognizer]


def build_recognizers():
    return [cls() for cls in RECOGNIZERS]
