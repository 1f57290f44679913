"""The `surrogates` part of `make bench`: issue 7's floors for `fake` surrogate names.

(a) Agreement: first names, patronymics and surnames of both genders that are NOT among the
    surrogates' own candidates, alone and as full names, in all six cases; each surrogate word,
    re-parsed by pymorphy3, must have a reading with the original's part, intended case and
    gender (floor 98 %, over several keys).
(b) Consistency: generated documents that mention one or two people in several forms («Иван
    Петров», «Ивану», «Петрова», «Иван Петрович», «Петрову И. П.», lowercase too), replaced with
    one shared `taken` per document: every mention of a person must give one surrogate lemma per
    part (an initial: the first letter of that person's surrogate), and two people never one
    (floor 100 %). `check_document` takes only the mentions with gold person ids and their
    surrogate strings, so that the whole pipeline can be scored the same way.
(c) Never equal: surrogate words equal to their original, or of the original's lemma (must be 0).
Also measured: how often two different originals draw the same surrogate without `taken`.

    python -m benchmarks.surrogates
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations

from redactor.detect.morph import CASES, NAME, PATRONYMIC, SURNAME, analyzer
from redactor.replace.surrogates import name_lists
from redactor.replace.surrogates.names import INITIAL_RE, surrogate_name, surrogate_names

SEED = 20261127
KEYS = [f"bench-key-{i}".encode() for i in range(5)]
AGREEMENT_FLOOR = 0.98
CONSISTENCY_FLOOR = 1.0
DOCUMENTS = 300
SAMPLED = 150  # lemmas per part and gender drawn from pymorphy3's dictionary
INITIAL = "Init"
GENDERS = ("masc", "femn")

# Originals the surrogates are not drawn from (those that are get filtered out below).
MALE = """
    богдан тарас савелий прохор остап нестор назар мирон лука эрик родион рустам вениамин елисей
    игнат платон демид савва фома мстислав ростислав артур альберт аким анисим афанасий
    викентий влас гордей давид еремей ермолай ерофей зиновий иннокентий исаак капитон клим
    кузьма лаврентий макар мартын мефодий наум никифор пантелей порфирий потап самуил сидор
    тихон трофим устин фадей феликс харитон эмиль юлиан
""".split()
FEMALE = """
    агата варвара василиса глафира дина злата лилия майя мирослава нелли римма роза снежана
    стефания фаина эмилия элеонора агния аделина алёна альбина анфиса арина белла берта
    владислава гульнара дана ефросинья изабелла илона каролина леся лилиана любава мадина марфа
    нонна пелагея прасковья руслана серафима тереза устинья фатима христина эвелина ядвига
""".split()
SURNAMES = """
    петров иванов кузнецов васильев фёдоров орлов сидоров алексеев сергеев андреев ильин
    киселёв корнилов уваров князев самсонов буров сысоев фомичёв субботин фокин колобов лыткин
    гуляев шаров устинов вишняков евсеев бирюков шарапов никонов щукин сазонов гордеев
    самойлов беспалов шашков доронин рожков лихачёв тетерин меркушев силин селиверстов туров
    чернов лапшин дьяконов рогов крюков филатов игнатов носов симонов кононов фадеев
    комиссаров дементьев зиновьев гурьев артемьев владимиров молчанов терентьев белкин ежов
    кругликов лаптев окунев пушкарёв рябинин сапожников тюрин усов хомяков цыганов чистяков
    шмелёв юрьев ягодин бурков варламов голиков дудин жаров засухин ивашов каменев лопатин
    малахов нагибин обухов пчёлкин редькин саввин уткин ухов цветаев черкасов гончаров
    троицкий вознесенский никольский спасский введенский задонский
""".split()


@dataclass(frozen=True)
class Word:
    """One word of a generated original: its form and what a surrogate must agree with."""

    text: str
    lemma: str
    part: str  # Name / Surn / Patr
    gender: str
    case: str


def _lexeme(lemma: str, part: str, gender: str):
    for p in analyzer().parse(lemma):
        if part in p.tag and p.tag.case == "nomn" and p.tag.number == "sing":
            if part != NAME or p.tag.gender == gender:
                return p
    return None


def inflect(lemma: str, part: str, gender: str, case: str) -> str | None:
    parse = _lexeme(lemma, part, gender)
    wanted = {case, "sing"} | ({gender} if part != NAME else set())
    form = parse and parse.inflect(wanted)
    return form.word if form else None


def originals() -> dict[tuple[str, str], list[str]]:
    """(part, gender) → benchmark lemmas: none among the candidates, all declined by pymorphy3."""
    own = {
        NAME: set(name_lists.MALE) | set(name_lists.FEMALE),
        SURNAME: set(name_lists.SURNAMES),
        PATRONYMIC: set(name_lists.PATRONYMICS.values()),
    }
    lists = {
        (NAME, "masc"): MALE,
        (NAME, "femn"): FEMALE,
        (SURNAME, "masc"): SURNAMES,
        (SURNAME, "femn"): SURNAMES,
        (PATRONYMIC, "masc"): [name_lists.patronymic(n) for n in MALE],
        (PATRONYMIC, "femn"): [name_lists.patronymic(n) for n in MALE],
    }
    return {
        (part, gender): [
            lemma
            for lemma in lemmas
            if lemma not in own[part] and all(inflect(lemma, part, gender, case) for case in CASES)
        ]
        for (part, gender), lemmas in lists.items()
    }


# --- (a) agreement ---------------------------------------------------------------------------


def dictionary_sample(seed: int = SEED, per_list: int = SAMPLED) -> list[list[Word]]:
    """A held-out set: `per_list` lemmas per (part, gender) drawn from every name, surname and
    patronymic pymorphy3 knows (foreign ones too: «Шмидт», «Кравчук», «Марио»), none among
    the candidates, each in all six cases."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in analyzer().iter_known_word_parses():
        tag = p.tag
        if tag.case == "nomn" and tag.number == "sing" and p.word == p.normal_form:
            part = next((t for t in (NAME, SURNAME, PATRONYMIC) if t in tag), None)
            if part and tag.gender in GENDERS and "-" not in p.word:
                found[(part, tag.gender)].add(p.word)
    own = set(name_lists.MALE) | set(name_lists.FEMALE) | set(name_lists.SURNAMES)
    rng = random.Random(seed)
    mentions = []
    for (part, gender), lemmas in sorted(found.items()):
        pool = sorted(lemmas - own)
        rng.shuffle(pool)
        genders = GENDERS if part != NAME else (gender,)
        taken = 0
        for lemma in pool:
            forms = [(g, c, inflect(lemma, part, g, c)) for g in genders for c in CASES]
            if taken == per_list or any(f is None for *_, f in forms):
                continue
            taken += 1
            mentions += [[Word(f.capitalize(), lemma, part, g, c)] for g, c, f in forms]
    return mentions


def agreement_set(seed: int = SEED, full_names: int = 200) -> list[list[Word]]:
    """Every benchmark lemma alone in all six cases, and `full_names` full names (name,
    patronymic, surname) of each gender in all six cases; capitalised."""
    lemmas = originals()
    mentions = [
        [Word(inflect(lemma, part, gender, case).capitalize(), lemma, part, gender, case)]
        for (part, gender), names in lemmas.items()
        for lemma in names
        for case in CASES
    ]
    rng = random.Random(seed)
    for gender in GENDERS:
        for _ in range(full_names):
            picked = [(part, rng.choice(lemmas[(part, gender)])) for part in (NAME, PATRONYMIC)]
            picked.append((SURNAME, rng.choice(lemmas[(SURNAME, gender)])))
            case = rng.choice(CASES)
            mentions.append(
                [
                    Word(inflect(lemma, part, gender, case).capitalize(), lemma, part, gender, case)
                    for part, lemma in picked
                ]
            )
    return mentions


def agrees(surrogate: str, word: Word) -> bool:
    """Some reading of the surrogate has the original's part, intended case and gender (or
    pymorphy3's common gender, ms-f: «Шевченко» is his and hers)."""
    return any(
        word.part in p.tag
        and p.tag.case == word.case
        and (p.tag.gender == word.gender or "ms-f" in p.tag)
        for p in analyzer().parse(surrogate.lower())
    )


def bench_agreement(mentions: list[list[Word]]) -> dict:
    words = agreed = whole = whole_agreed = equal = 0
    by_part: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key in KEYS:
        for mention in mentions:
            text = " ".join(w.text for w in mention)
            new = surrogate_name(text, key).split()
            ok = [agrees(s, w) for s, w in zip(new, mention, strict=True)]
            words += len(ok)
            agreed += sum(ok)
            for w, good in zip(mention, ok, strict=True):
                by_part[f"{w.part} {w.gender}"][0] += 1
                by_part[f"{w.part} {w.gender}"][1] += good
            if len(mention) > 1:
                whole += 1
                whole_agreed += all(ok)
            equal += sum(
                _same(s, w.text, w.lemma, w.part) for s, w in zip(new, mention, strict=True)
            )
    share = agreed / words
    return {
        "words": words,
        "agreed": share,
        "full_names": whole,
        "full_names_agreed": whole_agreed / whole if whole else None,
        "by_part": {k: good / n for k, (n, good) in sorted(by_part.items())},
        "equal_to_original": equal,
        "floor_met": share >= AGREEMENT_FLOOR,
    }


def _same(surrogate: str, original: str, lemma: str, part: str) -> bool:
    """The surrogate word is the original, or a form of the original's lemma."""
    if surrogate.lower() == original.lower():
        return True
    return any(
        part in p.tag and p.normal_form == lemma for p in analyzer().parse(surrogate.lower())
    )


# --- (b) consistency -------------------------------------------------------------------------

# How a person is mentioned: parts in order, the case, and whether the words are lowercase.
FORMS = [
    ((NAME, SURNAME), "nomn"),  # Иван Петров
    ((NAME,), "datv"),  # Ивану
    ((SURNAME,), "gent"),  # Петрова
    ((NAME, PATRONYMIC), "nomn"),  # Иван Петрович
    ((NAME, PATRONYMIC), "datv"),  # Ивану Петровичу
    ((SURNAME, INITIAL, INITIAL), "datv"),  # Петрову И. П.
    ((INITIAL, INITIAL, SURNAME), "nomn"),  # И. П. Петров
    ((SURNAME,), "ablt"),  # Петровым
    ((NAME, PATRONYMIC, SURNAME), "gent"),  # Ивана Петровича Петрова
]


@dataclass(frozen=True)
class Person:
    gender: str
    name: str
    patronymic: str
    surname: str

    def say(self, parts: Sequence[str], case: str, lower: bool) -> str:
        words, initials = [], iter((self.name, self.patronymic))
        for part in parts:
            if part == INITIAL:
                words.append(next(initials)[0].upper() + ".")
                continue
            lemma = {NAME: self.name, PATRONYMIC: self.patronymic, SURNAME: self.surname}[part]
            words.append(inflect(lemma, part, self.gender, case).capitalize())
        text = " ".join(words)
        return text.lower() if lower else text


def consistency_documents(seed: int = SEED, count: int = DOCUMENTS) -> list[list[tuple[str, int]]]:
    """Documents as lists of (mention, person id): one or two people with different names,
    patronymics and surnames, each mentioned three to six times in random forms, a third of
    the documents lowercase (speech recognition)."""
    lemmas = originals()
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        people: list[Person] = []
        for _ in range(rng.choice((1, 2))):
            gender = rng.choice(GENDERS)
            while True:
                person = Person(
                    gender,
                    rng.choice(lemmas[(NAME, gender)]),
                    rng.choice(lemmas[(PATRONYMIC, gender)]),
                    rng.choice(lemmas[(SURNAME, gender)]),
                )
                if all(
                    len({person.name, p.name}) == 2
                    and person.patronymic != p.patronymic
                    and person.surname != p.surname
                    for p in people
                ):
                    break
            people.append(person)
        lower = rng.random() < 1 / 3
        mentions = [
            (people[pid].say(*rng.choice(FORMS), lower), pid)
            for pid in range(len(people))
            for _ in range(rng.randint(3, 6))
        ]
        rng.shuffle(mentions)
        docs.append(mentions)
    return docs


def _parts_of(mention: str) -> list[str]:
    """The part of each word of an original mention: an initial (Name first, then Patr), or the
    name part pymorphy3 reads in it, as the mention's words agree (`name_readings.agreeing`)."""
    from redactor.replace.surrogates.name_readings import DIMINUTIVE, agreeing

    words = mention.split()
    readings = iter(agreeing([w for w in words if not INITIAL_RE.match(w)]))
    parts, initials = [], 0
    for w in words:
        if INITIAL_RE.match(w):
            parts.append(f"{INITIAL} {(NAME, PATRONYMIC)[min(initials, 1)]}")
            initials += 1
        else:
            reading = next(readings)
            part = reading.part if reading else SURNAME
            parts.append(NAME if part == DIMINUTIVE else part)
    return parts


def _lemmas(word: str, part: str) -> set[str]:
    if part.startswith(INITIAL):
        return {word[0].lower()}
    return {p.normal_form for p in analyzer().parse(word.lower()) if part in p.tag}


def check_document(mentions: Sequence[tuple[str, int]], surrogates: Sequence[str]) -> dict:
    """Score one document: `mentions` are the original mentions with gold person ids,
    `surrogates` what replaced each. A mention is consistent when each of its words gives the
    lemma its person's other mentions agree on for that part (an initial: the first letter of
    the person's surrogate name or patronymic); two people clash when they share a surrogate
    lemma of one part."""
    readings = []  # (person, part, lemmas of the surrogate word)
    for (mention, person), surrogate in zip(mentions, surrogates, strict=True):
        parts, words = _parts_of(mention), surrogate.split()
        if len(words) != len(parts):
            readings.append((person, None, set()))
            continue
        readings += [(person, part, _lemmas(w, part)) for part, w in zip(parts, words, strict=True)]
    chosen: dict[tuple[int, str], str] = {}
    by_slot = defaultdict(list)
    for person, part, lemmas in readings:
        by_slot[(person, part)].append(lemmas)
    for (person, part), found in by_slot.items():
        if part is None:
            continue
        counts = defaultdict(int)
        for lemmas in found:
            for lemma in lemmas:
                counts[lemma] += 1
        chosen[(person, part)] = max(sorted(counts), key=counts.__getitem__, default="")
    consistent = []
    for (mention, person), surrogate in zip(mentions, surrogates, strict=True):
        parts, words = _parts_of(mention), surrogate.split()
        ok = len(words) == len(parts) and all(
            chosen.get((person, part)) in _lemmas(w, part)
            and _initial_matches(chosen, person, part)
            for part, w in zip(parts, words, strict=True)
        )
        consistent.append(ok)
    people = sorted({p for _, p in mentions})
    clashes = sum(
        chosen.get((a, part)) == chosen.get((b, part)) and (a, part) in chosen
        for a, b in combinations(people, 2)
        for part in (NAME, PATRONYMIC, SURNAME)
        if (b, part) in chosen
    )
    return {"mentions": len(mentions), "consistent": sum(consistent), "clashes": clashes}


def _initial_matches(chosen: dict, person: int, part: str) -> bool:
    if not part.startswith(INITIAL):
        return True
    full = chosen.get((person, part.split()[1]))
    return full is None or full[:1] == chosen[(person, part)]


def bench_consistency(
    docs: list[list[tuple[str, int]]],
    replace: Callable[[list[str], bytes], list[str]] | None = None,
) -> dict:
    """Every document through `replace` (mentions → surrogates; by default `surrogate_name`
    with one `taken` per document), scored by `check_document`, over all keys."""
    replace = replace or _names_with_taken
    mentions = consistent = clashes = equal = lower = lower_kept = 0
    for key in KEYS:
        for doc in docs:
            surrogates = replace([m for m, _ in doc], key)
            score = check_document(doc, surrogates)
            mentions += score["mentions"]
            consistent += score["consistent"]
            clashes += score["clashes"]
            equal += sum(_equal_words(m, s) for (m, _), s in zip(doc, surrogates, strict=True))
            pairs = [(m, s) for (m, _), s in zip(doc, surrogates, strict=True) if m.islower()]
            lower += len(pairs)
            lower_kept += sum(s.islower() for _, s in pairs)
    share = consistent / mentions
    return {
        "documents": len(docs) * len(KEYS),
        "mentions": mentions,
        "consistent": share,
        "clashes": clashes,
        "equal_to_original": equal,
        "lowercase_kept": lower_kept / lower if lower else None,
        "floor_met": share >= CONSISTENCY_FLOOR and clashes == 0,
    }


def _names_with_taken(mentions: list[str], key: bytes) -> list[str]:
    return surrogate_names(mentions, key, {})


def _one_pass(mentions: list[str], key: bytes) -> list[str]:
    taken: dict = {}
    return [surrogate_name(m, key, taken) for m in mentions]


def _equal_words(original: str, surrogate: str) -> int:
    """Words of the surrogate equal to the original's word in their place (initials apart)."""
    return sum(
        a.lower() == b.lower() and not INITIAL_RE.match(a)
        for a, b in zip(original.split(), surrogate.split(), strict=False)
    )


# --- collisions without `taken` --------------------------------------------------------------


def collision_rate() -> dict:
    """The share of pairs of different originals of one part and gender whose surrogates share
    a lemma when each is drawn alone (no `taken`), over all keys."""
    pairs = same = 0
    for (part, gender), lemmas in originals().items():
        for key in KEYS:
            drawn = [
                surrogate_name(inflect(le, part, gender, "nomn").capitalize(), key) for le in lemmas
            ]
            for a, b in combinations(drawn, 2):
                pairs += 1
                same += a == b
    return {"pairs": pairs, "collisions": same / pairs}


def bench() -> dict:
    lemmas = originals()
    print(
        "originals (none among the candidates): "
        + ", ".join(f"{part} {gender} {len(v)}" for (part, gender), v in lemmas.items())
    )
    agreement = bench_agreement(agreement_set())
    print(
        f"(a) agreement: {agreement['agreed']:.4f} of {agreement['words']:,} surrogate words carry "
        f"the original's part, case and gender over {len(KEYS)} keys (floor {AGREEMENT_FLOOR}: "
        f"{'met' if agreement['floor_met'] else 'NOT MET'}); whole full names "
        f"{agreement['full_names_agreed']:.4f} of {agreement['full_names']:,}"
    )
    for part, share in agreement["by_part"].items():
        print(f"    {part}: {share:.4f}")
    sampled = bench_agreement(dictionary_sample())
    print(
        f"    held out, {SAMPLED} lemmas per part and gender drawn from pymorphy3's dictionary "
        f"(foreign and rare names too): {sampled['agreed']:.4f} of {sampled['words']:,} "
        f"({'met' if sampled['floor_met'] else 'NOT MET'})"
    )
    for part, share in sampled["by_part"].items():
        print(f"    {part}: {share:.4f}")
    docs = consistency_documents()
    consistency = bench_consistency(docs)
    print(
        f"(b) consistency: {consistency['consistent']:.4f} of {consistency['mentions']:,} mentions "
        f"in {consistency['documents']:,} documents map to their person's one surrogate; "
        f"{consistency['clashes']} clashes between two people (floor 100 %, no clash: "
        f"{'met' if consistency['floor_met'] else 'NOT MET'}); lowercase kept in "
        f"{consistency['lowercase_kept']:.4f} of lowercase mentions"
    )
    one_pass = bench_consistency(docs, _one_pass)
    held_out = bench_consistency(consistency_documents(SEED + 1))
    print(
        f"    held-out documents (seed {SEED + 1}): {held_out['consistent']:.4f}, "
        f"{held_out['clashes']} clashes; one pass in text order (an initial before its name "
        f"draws its own letter): {one_pass['consistent']:.4f}, {one_pass['clashes']} clashes"
    )
    equal = sum(r["equal_to_original"] for r in (agreement, sampled, consistency, held_out))
    print(f"(c) surrogate words equal to their original: {equal} (must be 0)")
    collisions = collision_rate()
    print(
        f"without `taken`: {collisions['collisions']:.4f} of {collisions['pairs']:,} pairs of "
        f"different originals draw the same surrogate (with `taken`: see the clashes above)"
    )
    return {
        "agreement": agreement,
        "agreement_dictionary_sample": sampled,
        "consistency": consistency,
        "consistency_held_out": held_out,
        "consistency_one_pass": one_pass,
        "equal_to_original": equal,
        "collisions_without_taken": collisions,
    }


if __name__ == "__main__":
    bench()
