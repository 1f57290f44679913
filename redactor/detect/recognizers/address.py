"""ADDRESS: street-level postal addresses, from the postcode or region through the flat number.

An address is read as a chain of parts («125009, г. Москва, ул. Тверская, д. 7, кв. 15» is
postcode, settlement, street, house, flat) that follow one another with only spaces and a comma
between them; the finding spans the whole chain and its explanation names the parts.

What is an address:
- a street with a house or flat: «ул. Ленина, 5», «Невский 28-15», «на Ленина, 5», «Мира 7, кв 41»;
- a street after a street type word, even without a house: «ул. Ленина», «улице Ленина» — the
  street a person lives on is personal data. A name with the type after it («Ленинский
  проспект», «Красной площади») is as often a landmark in passing, so alone it needs a context
  word («адрес», «живу», «курьер»); so does a bare «Ленина 5» and a city's «улицы Лондона»;
- a village and a house («д. Ивановка, д. 12»), a house and a flat («дом 5, кв. 17»), a postcode
  and a settlement («125009, г. Москва»), a flat alone («квартира 15»);
- a village alone («в деревне Ивановка»): it has few houses; a postcode after «индекс».
What is not: a city or region alone («звоню из Москвы», «г. Москва»), «на Ленина» without a
number, a house alone («дом 2», «Мой дом 500»), a floor or entrance alone («5 этаж»), a number
that counts something («на Петрова 2 карты», «45 кв. м», «2 года»), a round hundred after a
bare name («на Иванова 500» is a transfer as often as a house) unless a context word says so.

Speech recognition writes all of it in lowercase, without commas, numbers in words; the engine
gives this recognizer a copy with the numbers as digits (redactor.detect.spoken). Where no capital
marks a name, morphology does (address_names): «улица ленина», «город химки микрорайон
новогорск», «сочи проезд ленинский дом 5», «на ленина 5», «по пушкина 10», «от ленина 26»,
«горная 25 квартира 3» are addresses; «на улице холодно», «город большой», «на тариф 300», «на
ленина похож», «на иванова 2 карты», «мария прохорова 13 27» are not. A bare street name needs
a lead word («на», «по», «от», «адрес») or a house that is surely one after it («кв 3», «19б»).

Speed: one cheap trigger regex scans the text; the part regex (address_parts) runs only in
windows around the triggers, so text without addresses costs a single regex pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from redactor.detect.morph import lemma
from redactor.detect.recognizers import address_names as names
from redactor.detect.recognizers import address_words as w
from redactor.detect.recognizers.address_answers import answered, place_word
from redactor.detect.recognizers.address_fillers import without_fillers
from redactor.detect.recognizers.address_parts import Part, counts_something, parts, words_before
from redactor.detect.recognizers.answers import asked, first_words, last_words
from redactor.detect.recognizers.base import RuRecognizer
from redactor.entities import ADDRESS

# Between two parts of one address: spaces and at most one comma or semicolon, on one line.
GAP = w.line_regex(r"\s*[,;]?\s*")
# Fillers said between two parts: «улица восточно кругликовская эээ сейчас восемьдесят шесть».
FILLERS = w.line_regex(r"\s+(?:(?i:э+|м+|ну|так|вот|сейчас|значит|где-то|вроде|кажется)\s+){1,3}")
STREET_GAP = w.line_regex(r"\s+[а-яё]+(?:\s[а-яё]+|-[а-яё]+)?\s+")
HOUSE_TO_STREET = w.line_regex(r"\s+(?i:по|на)\s+")  # дом 16 по улице Лесной
LOCALITY_TO_STREET = w.line_regex(r"\s+(?i:на|в|во|по)\s+")
TOWN_TO_STREET = {"на", "по"}  # в подольске на улице кирова
ADDRESS_WORDS = {"адрес", "адресу"}  # по адресу магас улица кирова
LOCALITY = {"postcode", "area", "settlement", "place"}
STREETS = {"street", "street_after", "short"}
HOUSES = {"house", "number", "short"}
NUMBERED = {"street", "street_after", "settlement"}  # a bare number after these is a house

# Scores by shape. Street and house together are an address beyond doubt; a part alone (a
# street, a village, «индекс 125009») has the score address_parts gives it.
STREET_AND_HOUSE = 0.85
STREET_IN_LOCALITY = 0.75  # г. Москва, ул. Тверская
SETTLEMENT_AND_HOUSE = 0.75  # д. Ивановка, д. 12: villages have no streets
HOUSE_AND_UNIT = 0.6  # дом 5, кв. 17
POSTCODE_AND_LOCALITY = 0.6  # 125009, г. Москва
FLAT_ALONE = 0.45  # квартира 15
ANSWERED = 0.75  # «стачек 12» answering «адрес?» (address_answers)
# A company's place named right before its address: its office, branch, shop or pickup point.
BUSINESS = frozenset(
    "офис отделение салон филиал пункт клиника магазин аптека сервис автосервис склад касса"
    " банкомат терминал представительство ресторан кафе шоурум дилер постамат служба отдел мфц пвз".split()
)
NEAREST = re.compile(r"(?i:ближайш\w*)")  # «ближайший у вас на …»: its lemma is «близкий»
MINE = frozenset("я мы мой моя моё мое мои мне меня живу живём живем проживаю".split())
# A cheap look for the words of `BUSINESS` before reading a text's company places.
BUSINESS_HINT = re.compile(
    r"(?i:офис|отделени|салон|филиал|пункт|клиник|магазин|аптек|сервис|склад|касс|банкомат"
    r"|терминал|представительств|ресторан|кафе|шоурум|дилер|постамат|служб|отдел|мфц|пвз"
    r"|ближайш|к\s+нам)"
)
BUSINESS_REACH = 6  # words before an address where its company's place is named
HOME_REACH = 5  # words before a street alone where a word says it is someone's
WORD = re.compile(r"[^\W\d_]+")
FLAT_WORD = re.compile(r"(?<![\w])(?i:кв\.?|квартир[аеуы]?)(?![\w])")
LAST_WORD = re.compile(r"[^\W\d_]+(?=[^\w]*$)")  # a street's name: its last word
HOUSE_DIGITS = re.compile(r"\d+")
MIN_NAME = 4  # letters of a street's name looked for again: not «мира» said in passing
# Between two pieces of one address: fillers and repairs, on one line («эээ», «нет без корпуса»).
REPAIR_GAP = re.compile(
    r"[^\S\n]+(?:(?i:э+|м+|ну|так|вот|нет|ой|без|да|значит|сейчас|корпус\w*|строени\w*|квартир\w*)"
    r"[^\S\n]+){0,5}"
)
# A house's fraction or letter said after its number: «девять дробь два», «пять буква а».
FRACTION = (
    r"(?:[ \t]*(?:/|(?i:дробь|сл[эе]ш)[ \t])[ \t]*\d{1,4})?(?:[ \t]+(?i:буква|литера)[ \t]+[а-яё])?"
)
UNIT_START = w.line_regex(rf"{w.UNIT_TYPE}(?![а-яё])")
# Not addresses at any score: a city or region alone, a floor or entrance alone, and a house
# alone («дом 2» is a TV show, «Мой дом 500» a tariff, both said right after «по вашему адресу»).


class AddressRecognizer(RuRecognizer):
    ENTITY = ADDRESS
    READS_SPOKEN_NUMBERS = True  # «дом пять квартира двенадцать» through redactor.detect.spoken
    CONTEXT = (
        "адрес доставка доставить курьер жить проживать прописка прописать регистрация"
        " зарегистрировать подъехать приехать привезти отвезти заехать забрать"
        " поездка маршрут подача такси"  # «поездка от Мира 93 до …»
    ).split()
    EXAMPLES = [
        # a region and a district alone, answering a question for them as an address is given
        "s2: давайте адрес [село новоалександровка улица школьная дом три]\ns1: а район область"
        "\ns2: [ростовская область азовский район]",
        "живу [проспект мира сто двадцать корпус два] звоните",  # spoken, through normalize
        "на [улице гагарина дом пять квартира двенадцать] всё",
        # a street named by a noun in the genitive, with a house; an ordinal and its noun; a
        # hyphen lost in speech; a number corrected as it is said
        "клиент: [проспект стачек сорок семь] возле бизнес центра",
        "омск [улица двадцать второго партсъезда дом девяносто восемь квартира сорок пять]",
        "адрес [самара улица ново садовая сто шестьдесят корпус два квартира пятьдесят один]",
        "клиент: [улица ленина дом пять квартира двести девяносто нет двести девятнадцать]",
        # answering an address question: a street and a house, no type word (address_answers)
        "оператор: адрес доставки\nклиент: [стачек двенадцать]",
        "оператор: ваш адрес\nклиент: ну [октябрьская пять-четырнадцать]",
        "оператор: куда подать машину\nклиент: [фрунзенская д46]",
        "оператор: адрес регистрации\nклиент: [город казань профсоюзная дом сто пятьдесят шесть буква б]",
        "Оператор: Адрес [Челябинск, пр. Сиреневый, д. 76, кв. 46], верно?",
        "Нашла поездку: от [Мира 93] до [г. Екатеринбург, ш. Пушкина, 5].",
        "Адрес доставки: [125009, г. Москва, ул. Тверская, д. 7, кв. 15], курьер позвонит.",
        "Карту привезите на [Московская обл., Одинцовский р-н, пос. Новое, ул. Лесная, д. 3].",
        "Да, [МО, г. Химки, ул. Ленина, 5], второй подъезд.",
        "Я сейчас в [г.Казань, ул.Баумана, 15], подъезжайте.",
        "Прописка: [город Екатеринбург, улица Малышева, дом 36, квартира 8].",
        "Адрес для курьера — [СПб, Невский 28-15].",
        "Живу в [с. Ивановка, ул. Центральная, 4].",
        "Доставка в [д. Ивановка, д. 12], это за Тверью.",
        "Подъезжайте к [Ленинский проспект, 32].",
        "Заберите меня от [Кутузовский пр-т 32], пожалуйста.",
        "Точка выдачи: [1-я Тверская-Ямская ул., д. 5, стр. 1].",
        "Наш адрес [ул. 8 Марта, д. 3, оф. 304].",
        "Я на [ул. 50 лет Октября 12], жду машину.",
        "Отправьте на [ул. Ивана Франко, д. 8, кв. 3].",
        "Адрес: [пр. Маршала Жукова, 14, корп. 2].",
        "Курьер приедет на [ул. Тверская, д. 5, корп. 2, стр. 1, кв. 17] после обеда.",
        "Уточните: [ул. Садовая, дом 12А]?",
        "Это [ул. Строителей, 5к2], подъезд со двора.",
        "Адрес: [Профсоюзная ул., д.5/1, кв.15].",
        "Доставьте на [Ленина 5-12], домофон не работает.",
        "Я живу на [Ленина, 5].",
        "Запишите: [Мира 7, кв 41].",
        "Мастер был по адресу [Москва, Тверская 7].",
        "Такси от [Рублёвское ш., 12] до аэропорта.",
        "[Чистопрудный б-р, 5], вход со двора.",
        "Монтажник приедет на [пл. Победы, 1] в среду.",
        "Адрес: [мкр. Северный, д. 14, кв. 9].",
        "Подключение по адресу [Ясный проезд, 6, кв. 118].",
        "Доставка на [5-я линия В.О., д. 12].",
        "Меня зовут Анна, [ул. Ленина, 5, подъезд 2, этаж 4, домофон 15].",
        "[ул ленина д 5 кв 12] — верно?",
        "Я прописан на [улице Ленина].",
        "Живу на [Ленинском проспекте].",
        "Обновите адрес: [дом 5, кв. 17], остальное верно.",
        "Последняя строка адреса: [квартира 15].",
        "Индекс и город: [125009, г. Москва].",
        "Интернет проводили на [наб. реки Фонтанки, 20].",
        "Заказ на [ул. 1905 года, д. 10]?",
        "Я живу в [доме 16 по улице Генерала Дорохова], третий подъезд.",
        "[Нижний Новгород, ул. Большая Покровская, 4], верно?",
        "Такси на [Ленинградский пр-т, 37к3], второй подъезд.",
        "Монтажник придёт по адресу [ул. Гагарина, д. 10, кв. 45] с 9 до 12.",
        "Адрес регистрации: [Республика Татарстан, г. Казань, ул. Пушкина, д. 12, кв. 5].",
        "Карту везти домой: [Краснодарский край, г. Сочи, ул. Навагинская, 9, кв. 3].",
        "Клиент: [Гагарина 14-88]\nОператор: Спасибо, записала.",
        # Speech recognition: lowercase, no punctuation, numbers in words.
        "я живу [город химки микрорайон новогорск] а что",
        "это в [деревне ивановка] за тверью",
        "[посёлок октябрьский улица лесная] номер дома не помню",
        "привезите на [ленина пять] пожалуйста",
        "живу на [гагарина двенадцать квартира три]",
        "можно по [пушкина десять] оставить",
        "приезжайте на [невский двадцать восемь пятнадцать]",
        "[дом пять строение один] вход со двора",
        "[улица ленина дом пять подъезд два этаж четыре]",
        "индекс [сто двадцать пять ноль ноль девять]",
        "[московская область город химки улица ленина дом пять]",
        "[улица маршала жукова дом четырнадцать]",
        "[второй тверской переулок дом три]",
        "я живу в [городе химки на улице ленина дом пять]",
        "[улица восьмого марта дом три] это центр",
        "[набережная реки фонтанки дом двадцать]",
        "я прописана на [улице лесной]",
        "[ленинский проспект тридцать два] второй подъезд",
        "[улица мира семь дробь два]",
        "живу на [ленина 5 кв 12]",
        "адрес [ул. ленина д. 5 кв. 12]",
        "адрес [г москва пр ленина д 5 кв 12]",
        "вижу поездку от [ленина двадцать шесть корпус четыре квартира сто двадцать семь] водитель",
        "[горная двадцать пять квартира двести тридцать восемь] домофон не работает",
        "курьер приедет по адресу [сочи проезд ленинский дом сто двадцать б квартира сто десять]",
        "[улица ломоносова семьдесят шесть буква б квартира двести тринадцать]",
        "адрес [город самара площадь энтузиастов дом сто сорок четыре слэш семь]",
        "[город ростов на дону невский проезд дом сорок три] верно",
        "клиент: да [город казань профсоюзная дом сто пятьдесят шесть буква б] там во дворе",
        # pieces of one address with a filler or a repair between them
        "[улица гагарина сто три эээ корпус один квартира двенадцать] домофон работает",
        "[уфа улица ленина дом сорок семь корпус эээ нет без корпуса квартира двадцать один]",
        # a street named by a place's name in the nominative, with a house; said again
        "клиент: [улица маросейка дом девять дробь два квартира семь]\nоператор: [маросейка"
        " девять дробь два] [квартира семь] верно",
        "живу на [улице сретенка двенадцать]",
        # an entrance and a floor said as ordinals, before or after their word
        "оператор: [проспект стачек шестнадцать подъезд второй] куда поедем",
        "к: [квартира двести восемнадцать подъезд четвёртый этаж двенадцатый]",
        "клиент: [улица ленина шестнадцать второй подъезд]",
        "клиент: [третий подъезд четвёртый этаж квартира семьдесят один]",
        "клиент: [квартира пять третий подъезд четвёртый этаж]",
        # a title and a surname pymorphy3 does not know, or knows as a common noun
        "клиент: [москва улица академика янгеля дом шесть корпус один]",
        "клиент: [красноярск улица партизана железняка дом сорок шесть]",
        "записала как запасной [академика янгеля шесть корпус один квартира восемьдесят девять]",
        # the town before its street, in the locative
        "не знаю вроде в [подольске на улице кирова где-то дом сорок восемь] а номер сами ищите",
        "клиент: живу в [мытищах на олимпийском проспекте дом десять]",
        # hesitations inside a part: after the type word, before the house number
        "клиент: эээ [улица э гончарова дом ну пятнадцать корпус три]",
        "клиент: [проспект эээ мира дом ммм сорок] да",
        # a street's name taken back for another, or said twice
        "спикер_2: наверное [улица полевая ой луговая луговая дом двадцать три]\nспикер_1:"
        " [луговая двадцать три] лицевой счёт назовите",  # «лицевой» is no count of 23
        "ну новый эээ [краснодар улица восточно кругликовская эээ сейчас восемьдесят шесть корпус"
        " один квартира ну квартира триста двенадцать]",
        # a flat's number answering a question for it, corrected as it is said
        "клиент: живу на [ленина девяносто три]\nоператор: квартира\nклиент: [семьдесят ой нет"
        " сорок семь]",
        "диспетчер: квартира\nмама: [сорок семь] ну там подъезд второй",
        # the question for the flat at the end of a longer turn
        "оп: так дом подключён можем провести квартира какая\nаб: [сто шестьдесят три]",
        "s2: [улица ленина дом пять]\ns1: ленина пять минут назад был",  # again, but a count
        # read back without its type word
        "s2: [проспект стачек двести пятнадцать квартира восемьдесят]\ns1: [стачек двести"
        " пятнадцать] а корпус есть",
        # a street alone where a word says whose, or as an answer to an address question
        "я прописана на [улице лесной] с детства",
        "оператор: ваш адрес\nклиент: [улица лесная]",
        "я живу возле офиса на [тверской семь квартира пять]",  # a flat is a home
        # a street named after a person, its name rejected by morphology, with a house and flat
        "s2: [проспект коста двести сорок девять корпус один квартира сто шестнадцать] верно",
        "вижу заказ на [улицу сони кривой шестьдесят один квартира сто восемь]",
        "а в какое ближайшее я на [комсомольской сорок два] живу",  # the speaker's own place
    ]
    COUNTER_EXAMPLES = [
        # a flat in a longer turn, but no question for its number
        "оп: мастер зайдёт в квартиру завтра\nаб: двенадцать",
        "оп: сколько комнат у вас квартира какая\nаб: три",
        "Скорость на порту 500 Мбит/с. Подскажите, вы подключены по кабелю?",  # a unit, no «село»
        "на улице было пять человек",
        "курьер сказал на улице снега по колено",  # a noun in the genitive, no house
        "оператор: адрес\nклиент: это минут пять займёт",  # an answer, but no place in it
        "оператор: адрес\nклиент: у меня два адреса",
        "оператор: сколько стоит\nклиент: мира девяносто девять",  # no address question
        "оператор: адрес электронной почты\nклиент: щербакова 80 собака гмейл ком",
        "Звоню из Москвы, у нас всё работает.",
        "Живу в Казани уже пять лет.",
        "В Санкт-Петербурге хорошая погода.",
        "Наш офис в Москве работает до восьми.",
        "Звонок из г. Москва, клиент недоволен сроками.",
        "На улице дождь, курьер задерживается.",
        "Бабушку перевели в дом престарелых.",
        "Вчера смотрела дом 2 до ночи.",
        "Перейдите в раздел Мой дом в приложении.",
        "Подключите тариф Мой дом 500 за 450 рублей.",
        "Квартира в ипотеку, платёж 32 000 в месяц.",
        "Площадь квартиры 45 кв. м, две комнаты.",
        "Я на 5 этаже, лифт не работает.",
        "Это проспект компании, там все тарифы.",
        "Скачайте Мир Танков с официального сайта.",
        "Перевела на Ленина? Нет, на Иванова.",
        "Спишется 1000 рублей, это в 14:30 по Москве.",
        "Договор от 12.03.2024, пункт 5.",
        "Переведите на Иванова 500 рублей.",
        "Оформите на Петрова 2 карты.",
        "Оператор 1-й линии передал заявку на 2-ю линию.",
        "Позвоните на горячую линию 8 800 555-35-35.",
        "Отчёт за 3 квартал 2024 года готов.",
        "В 2023 г. Мы переехали, но номер тот же.",
        "Код из СМС 123456, никому не сообщайте.",
        "Глава 5-7 договора описывает комиссии.",
        "Курьер приедет с 10 до 14, будьте дома.",
        "В доме 5 подъездов и 9 этажей.",
        "Витамин Д3 не продаём, это аптека.",
        "Квартира 2 года в ипотеке, хочу досрочно погасить.",
        "Доставка по Москве бесплатная от 3000 рублей.",
        "По вашему адресу доступен тариф Мой дом 500.",
        "Курьер поднимется на 5 этаж, подъезд 2, код 1234.",
        "Курьер сказал, что будет через 15 минут.",
        "Адрес тот же, что в договоре, квартира своя.",
        "на пять минут опоздаю",
        "он на ленина похож очень",
        "в доме пять человек живёт",
        "квартира большая светлая",
        "мир танков скачал вчера",
        "хочу перейти на тариф триста",
        "позвоните на номер горячей линии",
        "живу хорошо спасибо",
        "город большой шумный",
        "на улице холодно сегодня",
        "на улице ну холодно сегодня",
        "на улице москва пять лет назад была другая",  # a count after it, not a house
        "вышла на улицу а там дождь",
        "в москве на улице тверской пробки",
        "на улице академика встретил",  # a title alone, no house
        "живу на втором этаже подъезд второй",  # a floor and an entrance alone  # a street in a town, no house: in passing  # a filler taken out leaves no address behind
        "ну вот дом эээ старый",
        "на улице ленина нет не знаю",  # «нет» after a name: no slip, and no house
        "улица там широкая",
        "на улице пять градусов",
        "на этой улице пять домов",
        "дом у нас старый",
        "оформите на иванова две карты",
        "переведите на петрова пятьсот",
        "записала на иванову пять",
        "позвоните по номеру восемь",
        "в деревне у бабушки хорошо",
        "посёлок городского типа",
        "на пушкина двадцать лет назад ходили",
        "Переведите на Иванова 500.",
        "лучше на рабочий восемь четыреста семьдесят три триста семьдесят девять двадцать семь",
        "пишите на комарова восемьдесят три собака лист ру",
        "мария прохорова 13 27 оплатила курс",
        "последний раз платил 11 октября 43 275",
        "на улице городского парка гуляли",
        "от северный пятьдесят семь итоговая стоимость",
        # a company's place (its office, branch, shop, pickup point) is no one's address
        "Встречаемся у офиса на Невский проспект, дом 28.",
        "Офис на Фрунзенская наб., д. 10, третий этаж.",
        "ближайшее отделение на ул комсомольской тридцать один",
        "посылка будет в пункте на удмуртской двести пятьдесят пять",
        "можно к нам на автовскую тридцать один",
        "ближайший салон на баумана тридцать восемь работает до восьми",
        "клиентская служба в норильске на ленинском проспекте двадцать четыре а",
        "ближайший у вас ну смотрите на проспекте мира тридцать шесть",
        "оператор: сколько квартир в доме\nклиент: сорок семь",  # a count, not asked for
        "оператор: квартира\nклиент: пять минут подождите",
        # a phone's first group after a word that is no street («номер»)
        "оператор: а в какой офис прийти\nклиент: номер бесплатный восемь восемьсот шестьсот"
        " ноль ноль ноль ноль ноль ноль",
        # a street alone in speech, with no word that makes it someone's
        "а в какой аптеке у меня рядом на проспекте мира",
        # a region answering a question for it, but no address given around it
        "s1: из какого вы региона звоните\ns2: ростовская область",
        "s1: адрес доставки уточните район\ns2: ну я не знаю район большой",
        "аварийные работы в районе станции метро проспект мира",
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        # «улица э гончарова дом ну пятнадцать»: read without the hesitations inside it
        cleaned = without_fillers(text)
        if cleaned is None:
            results = [self.result(*found) for found in self._addresses(text)]
        else:
            clean, cuts = cleaned
            results = [
                self.result(cuts.back(start), cuts.back(end, end=True), score, why)
                for start, end, score, why in self._addresses(clean)
            ]
        # answers are read as said: the turns and their questions as the speakers had them
        for start, end in answered(text):  # «адрес? — стачек 12»
            results.append(self.result(start, end, ANSWERED, "address shape: answer_street+house"))
        return results

    def _addresses(self, text: str) -> list[tuple[int, int, float, str]]:
        found = list(parts(text))
        chains = [_with_town(text, chain) for chain in _chains(text, found)]
        read = [(*_read(chain), chain) for chain in chains]
        read = [r for r in read if r[2] and _personal(text, r[0], r[1], r[4], self.context)]
        results = list(_joined(text, read))
        taken = [(start, end) for start, end, _, _ in results]
        for start, end in _said_again(text, read, taken):  # «стачек 215», read back
            results.append((start, end, ANSWERED, "address shape: said again"))
        return results


def _personal(text: str, start: int, end: int, chain: list[Part], context) -> bool:
    """Whether an address is someone's, not a company's or a place in passing. A flat is always
    a home. A company's place is said with what it is: «ближайший салон на баумана тридцать
    восемь», «посылка будет в пункте на удмуртской», «к нам на автовскую тридцать один». A
    street alone, with no house, in speech (no capitals) is personal only where a word says it
    is someone's («живу», «прописан», «адрес», «курьер», «поездка»), or as an answer to an
    address question: «в офисе на улице баумана», «у меня рядом на проспекте мира», «станция
    метро проспект мира» are not."""
    kinds = {p.kind for p in chain}
    if kinds & {"flat"} or FLAT_WORD.search(text, start, end):
        return True
    if _company(text, start):
        return False
    lemmas = [lemma(word) for word in last_words(text, start, HOME_REACH, WORD)]
    if kinds <= {"street", "street_after"} and all(p.loose for p in chain):
        around = lemmas[-HOME_REACH:] + [lemma(w) for w in first_words(text, end, 2, WORD)]
        return bool(set(around) & set(context)) or ADDRESS in asked(text, start)
    return True


def _said_again(text: str, read, taken: list[tuple[int, int]]):
    """(start, end) of a street and house of a found address said again later without its
    type word: «проспект стачек двести пятнадцать квартира восемьдесят» … «стачек двести
    пятнадцать а корпус есть» (an operator reading it back)."""
    for _, end, _, _, chain in read:
        streets = [p for p in chain if p.kind in STREETS]
        numbers = [p for p in chain if p.kind in {"house", "number"}]
        if not streets or not numbers:
            continue
        name = LAST_WORD.search(text, streets[0].start, streets[0].end)
        house = HOUSE_DIGITS.search(text, numbers[0].start, numbers[0].end)
        if not name or not house or len(name.group()) < MIN_NAME:
            continue
        again = re.compile(
            rf"(?<![\w-]){re.escape(name.group())}[ \t]+{house.group()}{FRACTION}(?![\w-])",
            re.IGNORECASE,
        )
        for m in again.finditer(text, end):
            if counts_something(text, m.end()):
                continue  # «ленина пять минут»
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append(m.span())
                yield m.span()


def _company(text: str, start: int) -> bool:
    """Whether the address at `start` is named as a company's place: «ближайший салон на …»,
    «в пункте на …», «к нам на …»; not when the speaker's own words follow the company's
    («ближайшее? я на комсомольской сорок два живу»)."""
    before = last_words(text, start, BUSINESS_REACH, WORD)
    company = [
        k
        for k, word in enumerate(before)
        if lemma(word) in BUSINESS
        or NEAREST.fullmatch(word)
        or (word.lower() == "нам" and k and before[k - 1].lower() == "к")
    ]
    return bool(company) and not any(w.lower() in MINE for w in before[company[-1] + 1 :])


def company_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of the addresses in `text` (numbers as digits) named as a company's place:
    no one's address, and no one's name is in them («салон на баумана 38»)."""
    if not BUSINESS_HINT.search(text):
        return []
    chains = [_with_town(text, chain) for chain in _chains(text, list(parts(text)))]
    return [
        (start, end)
        for start, end, score, _ in map(_read, chains)
        if score and not FLAT_WORD.search(text, start, end) and _company(text, start)
    ]


def _joined(text: str, read):
    """(start, end, score, why) of the addresses, those said in pieces joined: a filler or a
    repair between a house and its block or flat («улица гагарина сто три эээ корпус один
    квартира двенадцать», «дом сорок семь корпус эээ нет без корпуса квартира двадцать один»)
    does not end the address."""
    out: list[list] = []
    for start, end, score, why, _ in sorted(read, key=lambda r: r[0]):
        if out and REPAIR_GAP.fullmatch(text, out[-1][1], start) and UNIT_START.match(text, start):
            out[-1][1] = max(out[-1][1], end)
            out[-1][2] = max(out[-1][2], score)
            continue
        out.append([start, end, score, why])
    return [tuple(r) for r in out]


def _chains(text: str, parts: list[Part]):
    """Runs of parts with only a gap between them; a part that cannot belong ends the run."""
    chain: list[Part] = []
    kinds: set[str] = set()  # of the chain's parts, kept as it grows: a chain may be long
    for i, part in enumerate(parts):
        # «улицу сони кривой 61»: a street's name of two words, its second read with the house
        goes_on = bool(chain) and _name_goes_on(text, chain[-1], part)
        if (
            chain
            and not goes_on
            and (not _adjacent(text, chain[-1], part) or _starts_anew(kinds, part))
        ):
            yield chain
            chain, kinds = [], set()
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        fitted = _fits(text, part, chain[-1] if chain else None, nxt)
        if fitted:
            chain.append(fitted)
            kinds.add(fitted.kind)
        else:
            if chain:
                yield chain
            chain, kinds = [], set()
    if chain:
        yield chain


def _name_goes_on(text: str, prev: Part, part: Part) -> bool:
    """Whether a short part («кривой 61») goes on the lowercase street before it («улицу
    сони»), a space between."""
    return (
        prev.kind == "street" and prev.loose and part.kind == "short" and prev.end < part.start
    ) and not text[prev.end : part.start].strip()


def _adjacent(text: str, prev: Part, part: Part) -> bool:
    if GAP.fullmatch(text, prev.end, part.start) or FILLERS.fullmatch(text, prev.end, part.start):
        return True
    if prev.kind == "settlement" and part.kind == "house":
        # «город казань профсоюзная дом 156»: the street's name between, with no type word
        gap = STREET_GAP.fullmatch(text, prev.end, part.start)
        if gap and all(place_word(word) for word in gap.group().split()):
            return True
    if prev.kind == "house" and part.kind in {"street", "street_after"}:
        return bool(HOUSE_TO_STREET.fullmatch(text, prev.end, part.start))
    # «в городе химки на улице ленина», «в Москве на Ленина 5»
    return (
        prev.kind in LOCALITY
        and part.kind in STREETS
        and bool(LOCALITY_TO_STREET.fullmatch(text, prev.end, part.start))
    )


def _starts_anew(has: set[str], part: Part) -> bool:
    """A second street or house, or a city after a house: «д. 7, кв. 15; г. Тула, ул. Мира, 3».
    `has`: the kinds of the chain's parts."""
    if part.kind == "postcode":
        return True
    if part.kind in STREETS:
        return bool(has & STREETS)
    if part.kind in HOUSES:
        return bool(has & HOUSES)
    if part.kind in LOCALITY:
        return bool(has & (HOUSES | {"unit", "flat"}))
    return False


def _fits(text: str, part: Part, prev: Part | None, nxt: Part | None) -> Part | None:
    """The part as it joins the chain (a place may lose a word), or None if it cannot."""
    if part.kind == "junk":
        return None
    if part.kind == "number":  # a bare number is a house only right after a street or village
        if prev is None or prev.kind not in NUMBERED:
            return None
        # After a weak or lowercase street («2-й линии», «ул ленина») or a village it must not
        # count something («на улице ленина 5 машин»; «проспект мира 120 корпус 2» is a house).
        sure = prev.alone and not prev.loose
        return part if sure or not counts_something(text, part.end) else None
    if part.kind == "place":
        if nxt is None or nxt.kind in {"number", "place"}:
            return None
        if names.known_place(text[part.start : part.end]):
            return part
        # «Адрес Челябинск, пр. …»: the place pattern took the word before the town too.
        last = text.rfind(" ", part.start, part.end) + 1
        if last and names.is_toponym(text[last : part.end]):
            return replace(part, start=last)
        return None
    if part.kind == "postcode":  # «индекс 125009» alone, a bare one only before a place
        ok = nxt is not None and nxt.kind in LOCALITY | {"street", "street_after"}
        return part if ok or part.alone else None
    return part


def _with_town(text: str, chain: list[Part]) -> list[Part]:
    """The chain with the lowercase town said right before its street, if one is: «сочи
    проезд ленинский дом 5», «набережные челны улица кирова дом 3», and a town pymorphy3 does
    not know right after «адрес»: «по адресу магас улица кирова дом 39»."""
    if chain[0].kind not in STREETS:
        return chain
    before = words_before(text, chain[0].start - 50, chain[0].start)
    if not before:
        return chain
    words = [x.rstrip(":") for x in before.group(1).split()]
    n = names.town_words(tuple(words[-3:]))
    for k in (2, 1):
        if not n and len(words) > k and words[-k - 1] in ADDRESS_WORDS:
            town = words[-k:]
            n = k if all(map(names.may_be_town, town)) and not ADDRESS_WORDS & set(town) else 0
    if not n and _in_town(words, chain):
        n = 2  # «в подольске на улице кирова дом 48»: the town, and «на» after it
    if not n:
        return chain
    start = list(re.finditer(r"\S+", before.group(1)))[-n].start() + before.start(1)
    return [Part("place", start, before.end(1)), *chain]


def _in_town(words: list[str], chain: list[Part]) -> bool:
    """«в подольске на улице кирова дом 48», «в мытищах по олимпийскому проспекту 10»: a town
    in the locative said before its street, with a house in the address (a street alone in
    a town is a place in passing: «в москве на тверской пробки»)."""
    return (
        len(words) > 2
        and words[-1] in TOWN_TO_STREET
        and words[-3] in {"в", "во"}
        and names.town_words((words[-2],)) == 1
        and any(p.kind in HOUSES | {"flat"} for p in chain)
    )


def _read(chain: list[Part]) -> tuple[int, int, float, str]:
    """The span, score and shape of a chain; score 0 when the chain is not an address."""
    kinds = [p.kind for p in chain]
    has = set(kinds)
    streets = [p for p in chain if p.kind in STREETS]
    housed = bool(has & HOUSES)
    located = bool(has & LOCALITY)
    if streets and (has & {"house", "number", "flat"} or (located and "short" in has)):
        score = STREET_AND_HOUSE
    elif streets:
        alone = max(p.alone for p in streets)
        score = STREET_IN_LOCALITY if located and alone else alone
    elif "settlement" in has and housed:
        score = SETTLEMENT_AND_HOUSE
    elif "house" in has and (has & {"unit", "flat"}):
        score = HOUSE_AND_UNIT
    elif "postcode" in has and (has & {"settlement", "area"}):
        score = POSTCODE_AND_LOCALITY
    elif "flat" in has and has <= {"flat", "unit"}:
        score = FLAT_ALONE
    else:  # a village, a postcode after «индекс»
        score = max(p.alone for p in chain)
    shape = "+".join(dict.fromkeys(kinds))
    return chain[0].start, chain[-1].end, score, f"address shape: {shape}"
