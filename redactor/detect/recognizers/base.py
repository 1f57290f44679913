"""What every recognizer of ours shares, so that each recognizer file holds only its own rules.

Every recognizer class carries `EXAMPLES` (texts whose personal data of its entity is marked with
[square brackets]: all of it must be found, nothing else of that entity) and `COUNTER_EXAMPLES`
(texts with none of its entity). `tests/test_recognizers.py` runs them all through the engine.
"""

from __future__ import annotations

import re
from typing import ClassVar

import regex
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)

from redactor.detect.recognizers.answers import LAST_DIGIT, line_words

LANGUAGE = "ru"

# Words (and «№») for the cue checks that Presidio's lemma context cannot do: «тел.» lemmatizes
# to «тело», and a document word («заказ», «договор») must veto rather than boost.
CUE_WORD = re.compile(r"[^\W\d_]+|№")
CUE_WORDS = 5  # as many as Presidio's context window
CUE_REACH = 80  # characters: a cue further back belongs to another phrase


# Words that name a document or an operation: a number right after them is its id, not a phone
# or a card («номер заказа 9123456789»). Short ones match whole words only: «Инна» is a name.
DOCUMENT_WORD = re.compile(
    r"(?:заказ|договор|транзакц|операц|сч[её]т|накладн|квитанц|лицев|артикул|заявк|обращени"
    r"|паспорт|полис|трек|платеж|платёж|свидетельств|налогоплательщик)\w*|енп|омс"
    r"|инн|огрн(?:ип)?|кпп|бик|снилс|чек\w{0,2}|id|№",
    re.IGNORECASE,
)


def words_before(text: str, start: int, past_numbers: bool = True) -> list[str]:
    """The last few words before `start` on its line, nearest last. Without `past_numbers`,
    only those after the number before it: a document word before that number is its own
    («паспорт 4512 345678 и 912 345 67 89»: «паспорт» vetoes the first number, not the phone),
    while a word that names the same kind («карта 4276…, повторяю: 4276…») reaches both.
    Digits with no word between them and `start` are the same number going on («номер договора
    881 234 567 891 234…»: a window inside it keeps the number's own words)."""
    if not past_numbers:
        window = max(text.rfind("\n", 0, start) + 1, start - CUE_REACH)
        digit = LAST_DIGIT.search(text, window, start)
        if digit and CUE_WORD.search(text, digit.end(), start):
            return CUE_WORD.findall(text, digit.end(), start)[-CUE_WORDS:]
    return line_words(text, start, CUE_REACH, CUE_WORDS, True, CUE_WORD)


class RuPatternRecognizer(PatternRecognizer):
    """A Presidio pattern recognizer declared by class attributes."""

    ENTITY: ClassVar[str]
    PATTERNS: ClassVar[list[Pattern]]
    CONTEXT: ClassVar[list[str]] = []
    # Patterns are written in re.VERBOSE with a comment per line; Presidio compiles with `regex`.
    FLAGS: ClassVar[int] = regex.VERBOSE | regex.IGNORECASE | regex.MULTILINE
    EXAMPLES: ClassVar[list[str]] = []
    COUNTER_EXAMPLES: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=LANGUAGE,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )


class RuRecognizer(EntityRecognizer):
    """A Presidio recognizer with code of its own (`analyze`), declared by class attributes."""

    ENTITY: ClassVar[str]
    CONTEXT: ClassVar[list[str]] = []
    EXAMPLES: ClassVar[list[str]] = []
    COUNTER_EXAMPLES: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=LANGUAGE,
            context=list(self.CONTEXT),
        )

    def load(self) -> None:
        pass

    def result(self, start: int, end: int, score: float, why: str) -> RecognizerResult:
        """A finding of this recognizer; `why` names the rule that fired (shown by --explain)."""
        return result(self, self.ENTITY, start, end, score, why)


def result(
    recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float, why: str
) -> RecognizerResult:
    """A finding of `recognizer` as Presidio carries it, with the rule that fired (`why`)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, textual_explanation=why
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )
