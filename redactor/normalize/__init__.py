"""Spoken numbers → digits, with an offset map back to the original text.

>>> n = normalize("мой номер восемь девятьсот шестнадцать сто двадцать три сорок пять")
>>> n.text
'мой номер 891612345'
>>> n.to_original(10, 13)  # «891» starts inside the run: the whole run
(10, 66)
"""

from redactor.normalize.numbers import spoken_digits
from redactor.normalize.text import Normalized, NumberSpan, normalize

__all__ = ["Normalized", "NumberSpan", "normalize", "spoken_digits"]
