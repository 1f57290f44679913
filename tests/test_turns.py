"""The turn model: headers of every layout, speakers and their roles, the question an answer
answers and what it asked for."""

import pytest

from redactor.detect.recognizers import sender
from redactor.detect.turns import headers, parse, roles, slots


@pytest.mark.parametrize(("line", "label"), headers.EXAMPLES)
def test_header_of_a_line(line, label):
    found = headers.match_line(line)
    assert (line[found.label_start : found.label_end] if found else None) == label


@pytest.mark.parametrize(("label", "names"), sender.EXAMPLES)
def test_names_in_a_sender_label(label, names):
    assert [label[s:e] for s, e in sender.name_spans(label)] == names


@pytest.mark.parametrize(("label", "role"), roles.EXAMPLES)
def test_role_of_a_label(label, role):
    assert roles.role_of(label) == role


@pytest.mark.parametrize(("question", "asked"), slots.EXAMPLES)
def test_slots_a_question_asks_for(question, asked):
    assert slots.asked(question) == asked


def speakers(text):
    """(speaker label, role, what they said) per turn."""
    chat = parse(text)
    return [
        (text[slice(*t.label)] if t.label else None, t.role, text[t.start : t.end])
        for t in chat.turns
    ]


# (text, turns as (label, role, words)) for the layouts a conversation comes in.
LAYOUTS = [
    (
        "Оператор: Назовите ФИО.\nКлиент: Иванов Иван.",
        [("Оператор", "operator", "Назовите ФИО."), ("Клиент", "client", "Иванов Иван.")],
    ),
    (
        "[00:01:23] Оператор: Слушаю.\n[00:01:25] Клиент: Да.\nещё строка",
        [("Оператор", "operator", "Слушаю."), ("Клиент", "client", "Да.\nещё строка")],
    ),
    (
        "(01:23) Клиент: алло\n(01:24) Оператор: слушаю",
        [("Клиент", "client", "алло"), ("Оператор", "operator", "слушаю")],
    ),
    (
        "Клиент (15:27): Да, я.\nОператор (15:28): Спасибо.",
        [("Клиент", "client", "Да, я."), ("Оператор", "operator", "Спасибо.")],
    ),
    (  # WhatsApp: names as labels, a stamp makes them speakers
        "12.03.2024, 14:05 - Ирина: привет\n12.03.2024, 14:06 - Пётр: да",
        [("Ирина", None, "привет"), ("Пётр", None, "да")],
    ),
    (  # a copy from Telegram Desktop: the header alone, the message below
        "Ирина, [12.03.2024 14:05]\nпривет\nкак дела\n\nПётр, [12.03.2024 14:06]\nнорм",
        [("Ирина", None, "привет\nкак дела"), ("Пётр", None, "норм")],
    ),
    (  # a stamp line, the sender's line, the message
        "2024-03-30 19:34:02\nИрина\nпривет\n\n2024-03-30 19:35:10\nПоддержка\nслушаю",
        [("Ирина", "client", "привет"), ("Поддержка", "operator", "слушаю")],
    ),
    (  # a table's rows: start and end cells on their lines, then the speaker and the text
        "00:00:47.2\n00:00:52.9\nSPEAKER_00: дата рождения\n"
        "00:00:53.4\n00:00:57.1\nSPEAKER_01: шестое шестого\n",
        [
            (None, None, "00:00:47.2"),
            ("SPEAKER_00", None, "дата рождения\n00:00:53.4"),  # the next row's start
            ("SPEAKER_01", None, "шестое шестого"),
        ],
    ),
    (  # a record's id before every header is no one's words
        "TX-1\noperator: по какому номеру\nTX-1\nclient: с моего\nTX-1\noperator: угу\n",
        [
            ("operator", "operator", "по какому номеру"),
            ("client", "client", "с моего"),
            ("operator", "operator", "угу"),
        ],
    ),
    (  # diarization ids: the side that greets and asks is the operator
        "spk_0: банк слушаю назовите фамилию\nspk_1: петров\nspk_0: спасибо",
        [
            ("spk_0", "operator", "банк слушаю назовите фамилию"),
            ("spk_1", "client", "петров"),
            ("spk_0", "operator", "спасибо"),
        ],
    ),
    (
        "О: МФЦ, здравствуйте.\nК: Здравствуйте.",
        [("О", "operator", "МФЦ, здравствуйте."), ("К", "client", "Здравствуйте.")],
    ),
    (  # a system line is a turn of its own
        "Клиент: привет\n— Анна присоединилась к диалогу —\nОператор: Анна, здравствуйте",
        [
            ("Клиент", "client", "привет"),
            (None, "system", "— Анна присоединилась к диалогу —"),
            ("Оператор", "operator", "Анна, здравствуйте"),
        ],
    ),
    (  # a date and a number in a message over several lines are no stamp and sender
        "Ирина, [12.03.2024 14:05]\nИванов Иван\n17.01.1999\n9619 084531\n\n"
        "Пётр, [12.03.2024 14:06]\nок\n12.03.2001\n4512 345678",
        [
            ("Ирина", None, "Иванов Иван\n17.01.1999\n9619 084531"),
            ("Пётр", None, "ок\n12.03.2001\n4512 345678"),
        ],
    ),
    (  # no headers: one turn per line
        "Добрый день.\nАдрес: ул. Ленина, 5\nСпасибо.",
        [
            (None, None, "Добрый день."),
            (None, None, "Адрес: ул. Ленина, 5"),
            (None, None, "Спасибо."),
        ],
    ),
]


@pytest.mark.parametrize(("text", "turns"), LAYOUTS)
def test_turns_of_a_layout(text, turns):
    assert speakers(text) == turns


# (text, the value whose question is asked about, the slots asked for)
ANSWERS = [
    (
        "Оператор: Назовите ФИО и дату рождения.\nКлиент: Климова Ксения, 28.10.44",
        "28.10.44",
        {"PERSON", "DATE_OF_BIRTH"},
    ),
    # fillers and the client's own turns in between
    (
        "Оператор: Продиктуйте номер карты.\nКлиент: угу\nКлиент: 5469 3825\nОператор: так\n"
        "Клиент: 2886 6812",
        "2886 6812",
        {"CREDIT_CARD"},
    ),
    # a question with no slot, then the answer
    ("Оператор: Что случилось?\nКлиент: 12.03 списали деньги", "12.03", set()),
    # the operator reads back: the client's words ask nothing of them
    ("Клиент: какой у вас адрес?\nОператор: Москва, Тверская 1", "Москва", set()),
    # sides guessed from diarization ids may be swapped: a question is a question
    (
        "spk_1: здравствуйте, поддержка\nspk_0: Сейчас. Дата рождения сына?\n"
        "spk_1: 9 октября 2012-го.",
        "9 октября",
        {"DATE_OF_BIRTH"},
    ),
    # a question that asks again or for the rest goes on with the question before
    (
        "оператор: назовите год рождения\nклиент: пятьдесят девятый\n"
        "оператор: угу и полностью дату\nклиент: первое сентября",
        "первое сентября",
        {"DATE_OF_BIRTH"},
    ),
    (
        "agent: номера загранпаспортов\ncustomer: семьдесят шесть ноль три\n"
        "agent: повторите второй\ncustomer: семьдесят пять одиннадцать",
        "семьдесят пять одиннадцать",
        {"RU_PASSPORT"},
    ),
    # the operator reads the answer back: the next answer answers the question before
    (
        "agent: фамилии и даты рождения\ncustomer: первый осипов павел тридцать первое августа\n"
        "agent: осипов павел тридцать один ноль восемь\ncustomer: вторая осипова эвелина",
        "вторая",
        {"PERSON", "DATE_OF_BIRTH"},
    ),
    # lines without speakers: a question put off by a question of the answerer's own
    (
        "Назовите, пожалуйста, дату рождения.\nА вы сначала скажите, по какому вопросу.\n"
        "По договору займа от марта 2023 года.\nНу, 11.02.1989.",
        "11.02.1989",
        {"DATE_OF_BIRTH"},
    ),
    # … but not a name so far back, nor past a line that asks something else
    (
        "Как вас зовут?\nА зачем?\nДля записи.\nМарина.",
        "Марина",
        set(),
    ),
    (
        "Назовите дату рождения.\nА вы кто?\nАгентство. Какой у вас номер договора?\n12.03.2024.",
        "12.03.2024",
        set(),
    ),
    # with speakers: a question put off by the answerer, the asker's turn since asks nothing
    (
        "Оператор: Дату рождения подскажите?\nКлиент: А, да. Сейчас. А сколько я сэкономлю, если"
        " внесу 800000.\nОператор: Я посчитаю после идентификации.\nКлиент: 11.07.1989.",
        "11.07.1989",
        {"DATE_OF_BIRTH"},
    ),
    # … but not once the answerer gave a number, nor past a turn of the asker that asks
    (
        "Оператор: Дата рождения?\nКлиент: 12.03.1985.\nОператор: Спасибо, проверяю.\n"
        "Клиент: А платёж от 05.06.2024 прошёл?",
        "05.06.2024",
        set(),
    ),
    (
        "Оператор: Дата рождения?\nКлиент: А зачем?\nОператор: Когда был платёж?\n"
        "Клиент: 05.06.2024.",
        "05.06.2024",
        set(),
    ),
    (  # the asker told something since: a number
        "Оператор: Дата рождения?\nКлиент: Сейчас.\nОператор: Последние показания — 18 304.\n"
        "Клиент: Сейчас 18 611.",
        "18 611",
        set(),
    ),
    (  # a client's words ask nothing of the operator
        "Клиент: А паспорт нужен?\nОператор: Не нужен, нужен код.\nКлиент: В-44187730\n"
        "Оператор: Вижу: RTX 4060 Ti.",
        "4060",
        set(),
    ),
    # not a question that asks again with nothing before it
    (
        "оператор: когда был платёж\nклиент: вчера\nоператор: повторите\nклиент: в среду",
        "в среду",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "value", "asked"), ANSWERS)
def test_what_an_answer_answers(text, value, asked):
    assert parse(text).asked_at(text.rindex(value)) == asked
