"""Presidio's context step, without its quadratic cost on long texts.

`LemmaContextAwareEnhancer` finds the token under each finding by walking the document from its
first token, and tests each neighbouring lemma against a list of all the document's words: a
chat export with thousands of findings took minutes (186,000 characters: 140 s). The same token
by binary search over token end offsets, and the same test against a set, both built once per
document, give the same context words (the same export: 5 s). And it deep-copies the results
it is handed before raising their scores (7 % of a call), objects the analyzer
never reads again; here they are raised in place. Its test of the words around a finding
against a recognizer's lowercased both lists once per pair of words; here once per finding.
"""

from __future__ import annotations

from bisect import bisect_right

from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc


class ContextEnhancer(LemmaContextAwareEnhancer):
    # Caches keyed by the very list they were built from, held so that it stays alive: keyed by
    # id() alone, a freed list's id could come back for the next document and match stale ends.
    _ends: tuple[object, list[int]] = (None, [])  # (the document's token offsets, token ends)
    _keywords: tuple[object, frozenset[str]] = (None, frozenset())  # (the list, as a set)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        handed = Handed(raw_results)
        return super().enhance_using_context(text, handed, nlp_artifacts, recognizers, context)

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices) -> int:
        key, ends = ContextEnhancer._ends
        if key is not tokens_indices or len(ends) != len(tokens_indices):
            ends = _ends(tokens)
            ContextEnhancer._ends = (tokens_indices, ends)
        # The first token that ends after `start`: the one at `start`, or the one covering it.
        i = bisect_right(ends, start)
        if i == len(ends):
            raise ValueError("a finding lies beyond the last token")  # never the word: no PII
        return i

    @staticmethod
    def _add_n_words(index, n_words, lemmas, lemmatized_filtered_keywords, is_backward):
        key, keywords = ContextEnhancer._keywords
        if key is not lemmatized_filtered_keywords:
            keywords = frozenset(lemmatized_filtered_keywords)
            ContextEnhancer._keywords = (lemmatized_filtered_keywords, keywords)
        # As Presidio's: at most n context words (and the finding's own), nearest first.
        i, words, remaining = index, [], n_words + 1
        while 0 <= i < len(lemmas) and remaining > 0:
            lemma = lemmas[i].lower()
            if lemma in keywords:
                words.append(lemma)
                remaining -= 1
            i = i - 1 if is_backward else i + 1
        return words

    @staticmethod
    def _find_supportive_word_in_context(
        context_list, recognizer_context_list, matching_mode="substring"
    ) -> str:
        # As Presidio's, the first of the recognizer's words that one around the finding is,
        # with the words around lowercased once rather than once per recognizer's word.
        if matching_mode != "whole_word" or context_list is None or recognizer_context_list is None:
            return LemmaContextAwareEnhancer._find_supportive_word_in_context(
                context_list, recognizer_context_list, matching_mode
            )
        around = {word.lower() for word in context_list}
        return next((w for w in recognizer_context_list if w.lower() in around), "")


def _ends(tokens) -> list[int]:
    """Each token's end offset; a document's from its arrays, without a `Token` per word."""
    if isinstance(tokens, Doc):
        starts_lengths = tokens.to_array([IDX, LENGTH])
        return (starts_lengths[:, 0] + starts_lengths[:, 1]).tolist()
    return [token.idx + len(token) for token in tokens]


class Handed(list):
    """Results handed over by the analyzer, which holds no other reference to them: a deep
    copy of them is the list itself."""

    def __deepcopy__(self, memo) -> list:
        return list(self)
