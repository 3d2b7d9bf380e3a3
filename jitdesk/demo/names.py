"""Customer names from several countries, on purpose: accents, Greek, Cyrillic, Polish,
Turkish, Nordic, Czech, Vietnamese and an apostrophe, so documents and searches meet
real-world text."""

from __future__ import annotations

import unicodedata

# (native, latin transliteration) for first names with gender, and surnames (male, female).
NAME_POOLS: tuple[tuple[str, tuple, tuple, str], ...] = (
    (
        "de",
        (("Jürgen", "m"), ("Käthe", "f"), ("Sören", "m"), ("Anna", "f"), ("Lukas", "m")),
        (
            ("Müller", "Müller"),
            ("Schröder", "Schröder"),
            ("Weiß", "Weiß"),
            ("Köhler", "Köhler"),
            ("Groß", "Groß"),
        ),
        "+49 17# #######",
    ),
    (
        "at",
        (("Theresa", "f"), ("Florian", "m"), ("Anneliese", "f"), ("Maximilian", "m")),
        (
            ("Pölzl", "Pölzl"),
            ("Grünwald", "Grünwald"),
            ("Hötzendorfer", "Hötzendorfer"),
            ("Strauß", "Strauß"),
        ),
        "+43 66# #######",
    ),
    (
        "fr",
        (("Amélie", "f"), ("François", "m"), ("Hélène", "f"), ("Jérôme", "m"), ("Zoé", "f")),
        (
            ("Lefèvre", "Lefèvre"),
            ("Dubois", "Dubois"),
            ("Bérenger", "Bérenger"),
            ("Gâtineau", "Gâtineau"),
        ),
        "+33 6 ## ## ## ##",
    ),
    (
        "es",
        (("José", "m"), ("María", "f"), ("Iñaki", "m"), ("Nuria", "f"), ("Ángel", "m")),
        (("Núñez", "Núñez"), ("Ibáñez", "Ibáñez"), ("Peña", "Peña"), ("Muñoz", "Muñoz")),
        "+34 6## ### ###",
    ),
    (
        "gr",
        (
            (("Γιώργος", "Giorgos"), "m"),
            (("Ελένη", "Eleni"), "f"),
            (("Δημήτρης", "Dimitris"), "m"),
            (("Κατερίνα", "Katerina"), "f"),
        ),
        (
            (("Οικονόμου", "Oikonomou"),) * 2,
            (("Νικολάου", "Nikolaou"),) * 2,
            (("Γεωργίου", "Georgiou"),) * 2,
            (("Βασιλείου", "Vasileiou"),) * 2,
        ),
        "+30 69# ### ####",
    ),
    (
        "ru",
        (
            (("Иван", "Ivan"), "m"),
            (("Ольга", "Olga"), "f"),
            (("Дмитрий", "Dmitriy"), "m"),
            (("Наталья", "Natalya"), "f"),
        ),
        (
            (("Смирнов", "Smirnov"), ("Смирнова", "Smirnova")),
            (("Кузнецов", "Kuznetsov"), ("Кузнецова", "Kuznetsova")),
            (("Соколов", "Sokolov"), ("Соколова", "Sokolova")),
        ),
        "+7 9## ###-##-##",
    ),
    (
        "ua",
        (
            (("Олександр", "Oleksandr"), "m"),
            (("Ганна", "Hanna"), "f"),
            (("Тарас", "Taras"), "m"),
            (("Оксана", "Oksana"), "f"),
        ),
        (
            (("Шевченко", "Shevchenko"),) * 2,
            (("Коваленко", "Kovalenko"),) * 2,
            (("Бондаренко", "Bondarenko"),) * 2,
        ),
        "+380 6# ### ####",
    ),
    (
        "pl",
        (("Łukasz", "m"), ("Małgorzata", "f"), ("Paweł", "m"), ("Zofia", "f"), ("Wojciech", "m")),
        (
            ("Kowalski", "Kowalska"),
            ("Szczęsny", "Szczęsna"),
            ("Łuczak", "Łuczak"),
            ("Żółkiewski", "Żółkiewska"),
        ),
        "+48 5## ### ###",
    ),
    (
        "tr",
        (
            ("Çağrı", "m"),
            ("Şebnem", "f"),
            ("Gökhan", "m"),
            ("Ayşe", "f"),
            ("İlker", "m"),
            ("Özlem", "f"),
        ),
        (
            ("Yılmaz", "Yılmaz"),
            ("Öztürk", "Öztürk"),
            ("Şahin", "Şahin"),
            ("Çelik", "Çelik"),
            ("Doğan", "Doğan"),
        ),
        "+90 5## ### ## ##",
    ),
    (
        "nordic",
        (
            ("Søren", "m"),
            ("Åsa", "f"),
            ("Bjørn", "m"),
            ("Linnéa", "f"),
            ("Øystein", "m"),
            ("Sigríður", "f"),
        ),
        (
            ("Ødegård", "Ødegård"),
            ("Åkesson", "Åkesson"),
            ("Lindqvist", "Lindqvist"),
            ("Sæther", "Sæther"),
            ("Þórsson", "Þórsdóttir"),
        ),
        "+47 9## ## ###",
    ),
    (
        "cz",
        (("Jiří", "m"), ("Běla", "f"), ("Tomáš", "m"), ("Markéta", "f")),
        (("Dvořák", "Dvořáková"), ("Novák", "Nováková"), ("Černý", "Černá")),
        "+420 6## ### ###",
    ),
    (
        "ie",
        (("Siobhán", "f"), ("Seán", "m"), ("Aoife", "f"), ("Ciarán", "m")),
        (("O'Brien", "O'Brien"), ("Ó Súilleabháin", "Ó Súilleabháin"), ("McCarthy", "McCarthy")),
        "+353 8# ### ####",
    ),
    (
        "it",
        (("Niccolò", "m"), ("Chiara", "f"), ("Lucía", "f"), ("Andrea", "m")),
        (("Esposito", "Esposito"), ("D'Angelo", "D'Angelo"), ("Ferrè", "Ferrè")),
        "+39 3## ### ####",
    ),
    (
        "vn",
        (("Hương", "f"), ("Minh", "m"), ("Thảo", "f")),
        (("Nguyễn", "Nguyễn"), ("Trần", "Trần"), ("Phạm", "Phạm")),
        "+84 9# ### ####",
    ),
)

_ASCII_EXTRA = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ı": "i", "đ": "d"}
    | {"þ": "th", "Þ": "Th", "ð": "d", "'": "", " ": ""}
)


def ascii_fold(text: str) -> str:
    """Plain ASCII for e-mail local parts: "Łuczak" -> "Luczak", "Søren" -> "Soren"."""
    text = text.translate(_ASCII_EXTRA)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
