"""The names surrogates are drawn from, and the diminutives read in originals.

Large lists keep two people of one document apart: with 60 first names two different originals
share an HMAC-first surrogate one time in 60, and `names.surrogate_name(…, taken=…)` moves the
second one on. Every surname here is one pymorphy3 inflects as a surname (Surn) in all six
cases and both genders (tests/test_surrogate_names.py checks the lists).

>>> MALE["сергей"], FEMALE["анна"], PATRONYMICS["сергей"]
('серёжа', 'аня', 'сергеевич')
"""

from __future__ import annotations

# First names with the diminutive a surrogate «Ваня» takes («Иван» → «Сергей», «Ваня» →
# «Серёжа»); "" where no diminutive declines like «Ваня» (consonant forms such as «Вадик» are
# left out: their accusative differs from the «-а/-я» ones).
MALE = dict(
    pair.split(":")
    for pair in """
    алексей:лёша анатолий:толя андрей:андрюша антон:тоша аркадий:аркаша арсений:сеня артём:тёма
    борис:боря вадим: валерий:валера василий:вася виктор:витя виталий: владимир:вова
    владислав: всеволод: вячеслав: геннадий:гена георгий:гоша глеб: григорий:гриша даниил:даня
    денис: дмитрий:дима егор: захар: иван:ваня игорь: илья:илюша кирилл: константин:костя
    лев:лёва леонид:лёня максим: марк: матвей: михаил:миша никита: николай:коля олег: пётр:петя
    роман:рома руслан: святослав: семён:сёма сергей:серёжа станислав: степан:стёпа
    тимофей:тима тимур: фёдор:федя филипп: эдуард: юрий:юра ярослав: яков:яша ефим: герман:
    гавриил: павел: александр: валентин: евгений: юлий:
""".split()
)
FEMALE = dict(
    pair.split(":")
    for pair in """
    алина: алла: анастасия:настя ангелина: анна:аня антонина:тоня валерия:лера вера:
    вероника: виктория:вика галина:галя дарья:даша диана: ева: екатерина:катя елена:лена
    елизавета:лиза жанна: зинаида:зина зоя: инна: ирина:ира карина: кира: клавдия:клава
    кристина: ксения:ксюша лариса:лара лидия:лида любовь:люба людмила:люда маргарита:рита
    марина: мария:маша милана: надежда:надя наталья:наташа нина: оксана: олеся: ольга:оля
    полина: раиса:рая регина: светлана:света софья:соня таисия:тая тамара: татьяна:таня
    ульяна:уля эльвира: юлия:юля яна: ярослава: александра: валентина: евгения: станислава:
    владислава: евдокия:дуня инга: анжела: виолетта:
""".split()
)
# Surnames ending in a consonant, not of the -ов/-ин/-ский types: his decline, hers do not
# («Шмидту», «Анне Шмидт»), so «Шмидт» (his nominative or any of hers) gets one of these.
CONSONANT_SURNAMES = """
    ковальчук кравчук шевчук полищук ткачук бондарчук марчук нестерук дорошук яковчук гуревич
    кац лемберг гольдберг вайнштейн гринберг
""".split()
# Male names that do not decline («Марио»), for originals that do not either.
INDECLINABLE_MALE = "марио пабло антонио бруно отто карло хьюго".split()
# Female names that do not decline, for originals that do not either («Нелли», «Мадлен»).
INDECLINABLE_FEMALE = "элли натали мадлен кэти люси энни жаклин".split()
# Names whose forms may coincide with the other gender's: «Валентина» is Валентин's genitive
# too. An original read either way («Дина»: Дин's genitive or Дина) gets a surrogate of such a
# pair, ambiguous in the same way, so that it fits whichever reading the text meant.
COUNTERPART_ENDINGS = (("ий", "ия"), ("", "а"))  # (masculine, feminine): Евгений, Валентин


def counterpart(lemma: str, gender: str | None) -> tuple[str, str] | None:
    """(feminine ending, the other gender's lemma) by spelling: «дина» → ("а", "дин"),
    «евгений» → ("ия", "евгения"); pymorphy3 decides whether that other name exists."""
    for masc, femn in COUNTERPART_ENDINGS:
        if gender == "femn" and lemma.endswith(femn) and len(lemma) > len(femn) + 1:
            return femn, lemma[: len(lemma) - len(femn)] + masc
        if gender == "masc" and lemma.endswith(masc) and lemma[-1:] not in "аяйь" + masc[-1:]:
            return femn, lemma + femn  # Валентин
        if gender == "masc" and masc and lemma.endswith(masc):
            return femn, lemma[: len(lemma) - len(masc)] + femn  # Евгений
    return None


# Irregular patronymics; the rest follow `patronymic()`.
IRREGULAR_PATRONYMICS = {
    "лев": "львович", "пётр": "петрович", "павел": "павлович", "илья": "ильич",
    "яков": "яковлевич", "михаил": "михайлович", "гавриил": "гаврилович",
    "дмитрий": "дмитриевич", "георгий": "георгиевич", "даниил": "даниилович",
}  # fmt: skip


def patronymic(name: str) -> str:
    """«сергей» → «сергеевич», «юрий» → «юрьевич», «никита» → «никитич», «игорь» → «игоревич»."""
    if name in IRREGULAR_PATRONYMICS:
        return IRREGULAR_PATRONYMICS[name]
    if name.endswith("ий"):
        return name[:-2] + "ьевич"
    if name.endswith(("ей", "ай", "ь")):
        return name[:-1] + "евич"
    if name.endswith(("а", "я")):
        return name[:-1] + "ич"
    return name + "ович"


PATRONYMICS = {name: patronymic(name) for name in MALE}

# Surnames of several declension types: -ов/-ёв/-ев, -ин/-ын, -ский/-цкий.
SURNAMES = """
    смирнов кузнецов соколов попов лебедев козлов новиков морозов волков соловьёв зайцев
    павлов семёнов голубев виноградов богданов воробьёв михайлов беляев тарасов белов комаров
    макаров ковалёв гусев титов кудрявцев баранов куликов степанов яковлев романов захаров
    борисов королёв герасимов пономарёв григорьев лазарев медведев ершов соболев рябов поляков
    цветков данилов жуков фролов журавлёв николаев крылов максимов осипов белоусов федотов
    дорофеев егоров матвеев бобров дмитриев анисимов петухов антонов тимофеев никифоров
    филиппов марков большаков суханов миронов ширяев коновалов шестаков казаков ефимов денисов
    громов давыдов мельников щербаков блинов колесников карпов афанасьев власов маслов исаков
    тихонов гаврилов родионов котов горбунов кудряшов быков зуев третьяков савельев панов
    рыбаков суворов абрамов воронов архипов трофимов мартынов емельянов горшков панфилов
    копылов михеев назаров лобанов беляков потапов некрасов хохлов жданов наумов шилов
    воронцов ермаков дроздов игнатьев логинов сафонов моисеев елисеев кошелев горбачёв ефремов
    евдокимов калашников кабанов носков прохоров нестеров харитонов агафонов муравьёв
    ларионов пахомов
    сорокин никитин калинин ильин кузьмин фомин мухин галкин лукин савин капустин костин юдин
    кулагин шубин брагин гришин мишин гущин блохин
    островский вишневский ковальский покровский успенский рождественский знаменский
    добровольский лисицкий белецкий высоцкий городецкий
""".split()
# Surnames that do not decline: the surrogate of a surname that does not decline either
# («Шевченко», «Мюллер» of a woman) or that pymorphy3 does not know, fit for any case and gender.
INDECLINABLE = """
    шевченко коваленко бондаренко ткаченко гончаренко макаренко сидоренко петренко марченко
    руденко кириленко мартыненко павленко джанелидзе кручёных
""".split()

# Diminutives read in originals, with their full name («Ваня» is Иван's); those of either
# gender («Саша», «Женя», «Валя») are drawn from `EITHER_GENDER` instead.
DIMINUTIVE_OF = {
    **{d: full for full, d in (MALE | FEMALE).items() if d},
    **dict(pair.split(":") for pair in """
        саня:александр шура:александр лёха:алексей толик:анатолий андрюха:андрей тёма:артём
        вадик:вадим валера:валерий васька:василий витёк:виктор виталик:виталий вова:владимир
        володя:владимир вовка:владимир влад:владислав слава:вячеслав гоша:георгий жора:георгий
        даня:даниил дима:дмитрий димка:дмитрий егорка:егор ванька:иван игорёк:игорь кирюша:кирилл
        костик:константин лёня:леонид макс:максим мишка:михаил никитка:никита коля:николай
        колька:николай олежка:олег паша:павел петька:пётр ромка:роман серёга:сергей стас:станислав
        стёпа:степан федя:фёдор юра:юрий юрка:юрий
        настя:анастасия аня:анна анька:анна галя:галина даша:дарья катя:екатерина катька:екатерина
        лена:елена ленка:елена лиза:елизавета ира:ирина ирка:ирина ксюша:ксения люда:людмила
        маша:мария машка:мария маня:мария надя:надежда наташа:наталья таня:татьяна танька:татьяна
        света:светлана оля:ольга олька:ольга юля:юлия соня:софья тоня:антонина поля:полина
""".split())
}  # fmt: skip
EITHER_GENDER = "саша женя валя".split()
