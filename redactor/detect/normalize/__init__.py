"""Spoken numbers → digits, with an offset map back to the original text.

>>> n = normalize("мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять")
>>> n.text
'мой номер 8 916 123 45'
>>> n.to_original(12, 15)  # «916»: its words
(17, 38)
"""

from redactor.detect.normalize.numbers import spoken_digits
from redactor.detect.normalize.offsets import Normalized, NumberSpan
from redactor.detect.normalize.text import normalize

__all__ = ["Normalized", "NumberSpan", "normalize", "spoken_digits"]
