"""What the speed work of issue 15 must not change: the same tags, findings and text, however
the work is ordered or batched."""

from pathlib import Path

import pytest

from redactor.detect import nlp

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def pipeline():
    return nlp.load()


def test_chunks_sorted_by_length_get_the_tags_of_text_order(pipeline):
    ner = pipeline.get_pipe("slovnet_ner")
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    doc = pipeline.make_doc(text)
    items = [[doc[i].text for i in chunk] for chunk in nlp.chunks(doc)]
    assert len({len(i) for i in items}) > 3  # chunks of many lengths, batched apart
    assert nlp.by_length(ner._infer, items) == ner._infer(items)


@pytest.mark.parametrize(
    "items, expected",
    [
        ([], []),
        ([["а", "б", "в"], ["г"], ["д", "е"]], [[3], [1], [2]]),
    ],
)
def test_by_length_keeps_the_order_of_its_items(items, expected):
    assert nlp.by_length(lambda batch: [[len(i)] for i in batch], items) == expected


CALL = (
    "Оператор: Здравствуйте, Анна Петровна!\n"
    "Клиент: Мой телефон 8 912 345-67-89, а карта 4276 3800 1234 5678.\n"
    "Оператор: Спасибо, Анна Петровна, записала 8 912 345-67-89.\n"
)
SPOKEN = (
    "иван петров продиктовал восемь девятьсот двенадцать триста сорок пять шестьдесят семь "
    "восемьдесят девять "
)
# Repeated text through `redactor.redact`, as Presidio's anonymizer wrote it before the splice.
REPEATED = [
    ("Звоните Ивану на ivan@mail.ru. " * 3, [], "Звоните [ИМЯ_1] на [ПОЧТА_1]. " * 3),
    ("Звоните Ивану на ivan@mail.ru. " * 3, ["remove"], "Звоните  на . " * 3),
    ("Звоните Ивану на ivan@mail.ru. " * 3, ["mask"], "Звоните И**** на i***@****.ru. " * 3),
    (
        CALL * 2,
        [],
        "Оператор: Здравствуйте, [ИМЯ_1]!\n"
        "Клиент: Мой телефон [ТЕЛЕФОН_1], а карта [КАРТА_1].\n"
        "Оператор: Спасибо, [ИМЯ_1], записала [ТЕЛЕФОН_1].\n" * 2,
    ),
    (
        CALL * 2,
        ["remove"],
        "Оператор: Здравствуйте, !\nКлиент: Мой телефон , а карта .\n"
        "Оператор: Спасибо, , записала .\n" * 2,
    ),
    (
        CALL * 2,
        ["mask"],
        "Оператор: Здравствуйте, А*** П*******!\n"
        "Клиент: Мой телефон 8 9** ***-**-89, а карта 4276 **** **** 5678.\n"
        "Оператор: Спасибо, А*** П*******, записала 8 9** ***-**-89.\n" * 2,
    ),
    (SPOKEN * 2, [], "[ИМЯ_1] продиктовал [ТЕЛЕФОН_1] " * 2),
    (SPOKEN * 2, ["remove"], " продиктовал  " * 2),
]


@pytest.mark.parametrize("before, operators, after", REPEATED)
def test_repeated_text_is_written_as_before(before, operators, after):
    import redactor
    from redactor.replace import policy

    redaction = redactor.redact(before, policy=policy.parse(operators) if operators else None)
    assert redaction.text == after
    undone = redaction.text
    for edit in reversed(redaction.edits):
        undone = undone[: edit.start] + edit.original + undone[edit.end :]
    assert undone == before


def _messages() -> list[str]:
    lines = [
        line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text("utf-8").splitlines()
    ]
    # Blank and odd messages among them: no words, a stray surrogate, a lowercase one.
    return [*lines, "", "   ", "\ud800 Иван", "меня зовут валерия смирнова", "8 912 345-67-89"]


def test_analyze_many_finds_what_analyze_finds_one_by_one():
    import redactor

    messages = _messages()
    assert redactor.analyze_many(messages) == [redactor.analyze(m) for m in messages]


def test_analyze_many_whole_texts_and_small_batches():
    from redactor.engine import default_engine

    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    many = list(default_engine().analyzer.analyze_many(texts, batch_size=2))
    assert many == [default_engine().analyze(t) for t in texts]


def test_a_text_analysed_again_gets_the_same_findings():
    # The context step raises scores in place (no deep copy): nothing may carry over.
    import redactor

    text = CALL + "Перезвоните на номер 8 912 345-67-89, СНИЛС 112-233-445 95, паспорт 4512 345678."
    assert redactor.analyze(text) == redactor.analyze(text) == redactor.analyze(text)


def test_the_lowercase_models_share_the_word_vectors_with_the_same_scores(pipeline):
    import numpy as np

    from redactor.detect import lowercase_ner

    tagger = pipeline.get_pipe("slovnet_ner").lowercase
    words = [tagger.words.get(w, tagger.words.unk_id) for w in "меня зовут валерия".split()]
    word_id = np.array([words, [*words[:2], tagger.words.pad_id]])
    feature_id = np.ones_like(word_id)
    pad_mask = word_id == tagger.words.pad_id
    shared = tagger.models[0].emb.word(word_id)
    for model in tagger.models:
        alone = model(word_id, feature_id, pad_mask)
        assert np.array_equal(lowercase_ner._emissions(model, shared, feature_id, pad_mask), alone)


# (batch, words): one word alone, short and long chunks, rows of different lengths padded.
SHAPES = [(1, 1), (1, 2), (3, 1), (2, 3), (1, 20), (16, 12), (16, 30), (5, 200)]
# Around the sizes where OpenBLAS leaves its small-matrix kernels (`cnn.SMALL_PRODUCT`).
SHAPES += [(1, 3), (1, 4), (1, 5), (1, 10), (1, 11), (1, 19), (1, 40), (1, 41), (2, 5), (4, 8)]


@pytest.mark.parametrize("batch, words", SHAPES)
def test_the_cnn_gives_slovnets_scores_and_tags_bit_for_bit(pipeline, batch, words):
    import numpy as np

    from redactor.detect import cnn

    ner = pipeline.get_pipe("slovnet_ner")
    models = [ner.ner.infer.model, *ner.lowercase.models]
    rng = np.random.default_rng(batch * 1000 + words)
    lengths = [words, *rng.integers(1, words + 1, batch - 1)]
    for model in models:
        vocab = model.emb.word.indexes.array.shape[0]
        word_id = rng.integers(0, vocab - 1, (batch, words))
        shape_id = rng.integers(1, model.emb.shape.weight.array.shape[0], (batch, words))
        pad_mask = np.arange(words) >= np.array(lengths)[:, None]
        scores = model(word_id, shape_id, pad_mask)  # slovnet's own
        assert np.array_equal(cnn.tag_scores(model, word_id, shape_id, pad_mask), scores)
        crf = model.head.crf
        expected = crf.decode(scores.copy(), ~pad_mask)
        got = cnn.decode(crf.transitions.array, scores.copy(), ~pad_mask)
        assert [list(t) for t in got] == [list(t) for t in expected]


def test_the_news_model_tags_as_slovnet_does(pipeline):
    ner = pipeline.get_pipe("slovnet_ner")
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    doc = pipeline.make_doc(text)
    items = [[doc[i].text for i in chunk] for chunk in nlp.chunks(doc)]
    infer = ner.ner.infer
    assert ner._infer(items) == list(infer.decoder(infer.process(infer.encoder(items))))


def test_one_blas_thread_inside_and_as_many_as_before_after():
    from threadpoolctl import ThreadpoolController

    blas = ThreadpoolController().select(user_api="blas")
    assert blas.lib_controllers  # numpy ships a BLAS

    def threads():
        return [lib.get_num_threads() for lib in blas.lib_controllers]

    before = threads()
    with blas.limit(limits=2):
        two = threads()
        with nlp.OneBlasThread():
            assert set(threads()) == {1}
            with nlp.OneBlasThread():  # entered again inside
                assert set(threads()) == {1}
            assert set(threads()) == {1}
        assert threads() == two
    assert threads() == before


def test_the_context_step_and_artifacts_score_as_presidios_own():
    # `Engine._enhance_using_context` and the lazy `Artifacts` against Presidio's originals.
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

    from redactor.detect.analyzer import LANGUAGE, Artifacts
    from redactor.engine import default_engine

    engine = default_engine().analyzer.presidio
    text = CALL + "Перезвоните на номер 8 912 345-67-89, СНИЛС 112-233-445 95, паспорт 4512 345678."
    doc = engine.nlp_engine.nlp[LANGUAGE](text)
    lazy = engine.nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE)
    eager = SpacyNlpEngine._doc_to_nlp_artifact(engine.nlp_engine, doc, LANGUAGE)
    assert type(lazy) is Artifacts and type(eager) is NlpArtifacts
    recognizers = engine.registry.get_recognizers(LANGUAGE, all_fields=True)

    def raw():
        results = []
        for recognizer in recognizers:
            found = recognizer.analyze(text, None, eager) or []
            for r in found:
                r.recognition_metadata.setdefault(r.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                r.recognition_metadata.setdefault(r.RECOGNIZER_NAME_KEY, recognizer.name)
            results += found
        return results

    def scored(results):
        return [(r.start, r.end, r.entity_type, r.score) for r in results]

    ours = engine._enhance_using_context(text, raw(), lazy, recognizers)
    theirs = AnalyzerEngine._enhance_using_context(engine, text, raw(), eager, recognizers)
    assert scored(ours) == scored(theirs)
    assert scored(ours) != scored(raw())  # context words raised some scores
    assert (lazy.lemmas, lazy.tokens_indices, lazy.keywords) == (
        eager.lemmas,
        eager.tokens_indices,
        eager.keywords,
    )


@pytest.mark.parametrize(
    "around, words",
    [
        (["мой", "Телефон", "8"], ["номер", "телефон"]),
        (["мой", "телефон"], ["Телефон", "номер"]),  # the recognizer's word in capitals
        (["номер", "телефон"], ["телефон", "номер"]),  # the recognizer's order decides
        (["собрать", "брат"], ["бра"]),  # whole words only
        ([], ["телефон"]),
        (["телефон"], []),
        (None, ["телефон"]),
    ],
)
def test_the_supporting_context_word_is_presidios(around, words):
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    from redactor.detect.context import ContextEnhancer

    for mode in ("whole_word", "substring"):
        ours = ContextEnhancer._find_supportive_word_in_context(around, words, mode)
        theirs = LemmaContextAwareEnhancer._find_supportive_word_in_context(around, words, mode)
        assert ours == theirs


LABELS = [
    "[00:00:06] спикер 2: здравствуйте это почта банк",
    "[00:01:13] спикер 2: да спасибо",
    "22.09.2025, 10:13 - Ашот | Поддержка: Добрый вечер, меня зовут Ашот.",
    "23.09.2025, 11:48 - Ашот | Поддержка: Добрый вечер, меня зовут Ашот.",
]


@pytest.mark.parametrize("model", ["news", "lowercase"])
def test_kept_tags_are_the_tags_of_a_first_reading(pipeline, model):
    ner = pipeline.get_pipe("slovnet_ner")
    text = "\n".join(
        [*LABELS, *(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))]
    )
    doc = pipeline.make_doc(text.lower() if model == "lowercase" else text)
    items = [[doc[i].text for i in chunk] for chunk in nlp.chunks(doc)]
    if model == "news":
        tag, kept = ner._infer, ner.tagged
    else:
        tag, kept = (lambda i: list(ner.lowercase.tag(i))), ner.lowercase.tagged
    ner.forget()
    together = tag(items)
    assert kept  # short chunks were kept…
    one_by_one = [tag([item])[0] for item in items]  # …and are read from there now
    ner.forget()
    alone = [tag([item])[0] for item in items]  # each chunk first read alone, in a batch of one
    assert together == one_by_one == alone


def test_a_label_with_another_stamp_is_the_same_ids(pipeline):
    ner = pipeline.get_pipe("slovnet_ner")
    first, second = (pipeline.make_doc(line) for line in LABELS[2:])
    assert first.text != second.text
    assert ner._ids([t.text for t in first]) == ner._ids([t.text for t in second])
    assert ner.lowercase._ids([t.text.lower() for t in first]) == ner.lowercase._ids(
        [t.text.lower() for t in second]
    )


@pytest.mark.parametrize(
    "lengths, words, expected",
    [
        ([], 192, []),
        ([3], 192, [[3]]),
        ([3, 3, 3], 6, [[3, 3], [3]]),
        ([1, 2, 3, 4], 8, [[1, 2], [3, 4]]),  # padded to the longest: 3 × 3 > 8
        ([2, 2, 2, 2], 8, [[2, 2, 2, 2]]),
        ([5, 300], 192, [[5], [300]]),  # a chunk longer than a batch goes alone
    ],
)
def test_batches_hold_at_most_so_many_padded_words(lengths, words, expected):
    from redactor.detect import cnn

    items = [[0] * n for n in lengths]
    assert [[len(i) for i in b] for b in cnn.batches(items, words)] == expected


@pytest.mark.parametrize(
    "text",
    ["", "ок", "Меня зовут  Иван Петров,\nтелефон 8 912 345-67-89.", "ёлки-палки…  да\t\tнет"],
)
def test_token_ends_read_from_the_arrays_are_the_tokens_own(pipeline, text):
    from redactor.detect.context import _ends

    doc = pipeline(text)
    assert _ends(doc) == [token.idx + len(token) for token in doc]
    assert _ends(list(doc)) == _ends(doc)
