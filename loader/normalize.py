"""Stage 2: read the values of tagged spans: numbers, durations, years.

Every reader returns a value with an ``approximate`` flag, or raises
`ValueProblem` saying why the text cannot be read; the caller keeps the text
and reports the problem instead of storing a wrong number.

>>> read_count("1.75 billion parameters")
Reading(value=1750000000, approximate=False)
>>> read_count("approximately 425 million parameters")
Reading(value=425000000, approximate=True)
>>> read_count("1.2 × 10^9").value, read_count("sixteen").value, read_count("86M").value
(1200000000, 16, 86000000)
>>> read_hours("approximately 4 weeks")
Reading(value=Decimal('672'), approximate=True)
>>> read_hours("2.5 days").value, read_hours("36h").value, read_hours("2.5 months").value
(Decimal('60.0'), Decimal('36'), Decimal('1825.0'))
>>> read_year("late 2021")
Reading(value=2021, approximate=False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Generic, TypeVar

T = TypeVar("T")


class ValueProblem(ValueError):
    """A tagged value that cannot be read as the quantity its tag promises."""


@dataclass(frozen=True)
class Reading(Generic[T]):
    value: T
    approximate: bool


_HEDGE = (
    r"\b(?:approximately|about|around|roughly|nearly|almost|circa|some|close to|more than|over|under|"
    r"less than|up to|at least|at most|just over|just under|an estimated|estimated|approx)\b|\b(?:approx|ca)\.|~|≈|∼"
)
_HEDGES = re.compile(_HEDGE, re.IGNORECASE)
#: A hedge written just before a value ("approximately <params>425 million</params>").
HEDGE_BEFORE = re.compile(rf"(?:{_HEDGE})\s*$", re.IGNORECASE)

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
# Words that say "one" without adding to a number already read: "a single", "a dozen".
_ONE = frozenset({"a", "an", "single"})
_SCALES = {
    "hundred": 10**2, "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "t": 10**12,
    "mln": 10**6, "bln": 10**9, "tn": 10**12,
}
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_PARENTHESIS = re.compile(r"(?<!\^)\([^()]*\)")  # not an exponent: "10^(9)"
_SUPERSCRIPT_RUN = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+")
_HALF_A = re.compile(r"\bhalf an?\b", re.IGNORECASE)

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,\w-])")
_SCIENTIFIC = re.compile(
    rf"(?P<mantissa>{_DIGITS})?\s*(?:[x×*·]\s*)?10\s*(?:\^|\*\*)\s*\(?(?P<exp>[+-]?\d+)\)?"
)
_E_NOTATION = re.compile(r"(?P<mantissa>\d+(?:\.\d+)?)[eE](?P<exp>[+-]?\d+)\b")
# A number, optionally followed by a scale word or a one-letter suffix that is not
# the start of a longer word ("86M", "1.3B-parameter", "175 B", but not "8 Mbps").
_SCALED = re.compile(
    rf"(?P<number>{_DIGITS})\s*(?P<scale>hundred|thousand|million|billion|trillion|mln|bln|mn|bn|tn|[kKmMbBtT](?![a-zA-Z]))?",
)


def _decimal(digits: str) -> Decimal:
    return Decimal(digits.replace(",", ""))


def _strip_hedges(text: str) -> tuple[str, bool]:
    cleaned, count = _HEDGES.subn(" ", text)
    return cleaned, count > 0


def read_number(text: str) -> Reading[Decimal]:
    """Read one number written with digits, separators, suffixes, scale words or words."""
    # "280 billion (280B)": a parenthesis restates or qualifies; the number outside it counts.
    outside = _PARENTHESIS.sub(" ", text)
    if re.search(r"\d", outside):
        text = outside
    # "10⁹" is "10^9"; "half a billion" is "0.5 billion".
    exponents = _SUPERSCRIPT_RUN.sub(lambda m: "^" + m.group().translate(_SUPERSCRIPT), text)
    cleaned, approximate = _strip_hedges(_HALF_A.sub("0.5", exponents))
    cleaned = cleaned.replace("\u2009", "").replace("\u202f", "").replace("\xa0", " ")
    cleaned = _SPACE_GROUPED.sub(lambda m: m.group().replace(" ", ""), cleaned)  # "1 024", SI digit groups
    for pattern in (_E_NOTATION, _SCIENTIFIC):
        match = pattern.search(cleaned)
        if match:
            mantissa = _decimal(match.group("mantissa")) if match.group("mantissa") else Decimal(1)
            return Reading(mantissa.scaleb(int(match.group("exp"))), approximate)
    numbers = list(_SCALED.finditer(cleaned))
    if len(numbers) > 1 and not _is_range(cleaned, numbers):
        raise ValueProblem(f"more than one number in {text!r}")
    if numbers:
        last = numbers[-1]
        trailing = _trailing_scale(cleaned[last.end() :])
        value = _scaled(last, None) * trailing
        if len(numbers) > 1:  # "4-5 B", "between 100 million and 1 billion": the middle
            first = _scaled(numbers[0], last.group("scale")) * trailing
            value = (first + value) / 2
            approximate = True
        return Reading(value, approximate)
    return Reading(Decimal(_read_words(cleaned, text)), approximate)


def _scaled(match: re.Match[str], shared_scale: str | None) -> Decimal:
    """A number times its own scale word, else the one the range shares ("4-5 B")."""
    scale = match.group("scale") or shared_scale
    return _decimal(match.group("number")) * (_SCALES[scale.lower()] if scale else 1)


def _is_range(text: str, numbers: list[re.Match[str]]) -> bool:
    if len(numbers) != 2:
        return False
    between = text[numbers[0].end() : numbers[1].start()].strip().lower()
    return between in {"-", "–", "—", "to", "and", "or"}


def _trailing_scale(rest: str) -> int:
    """Scale words after a first scale: "100,000 million" is 10^11 already; "2 hundred thousand"."""
    factor = 1
    for word in re.findall(r"[a-z]+", rest.lower())[:2]:
        if word in ("hundred", "thousand", "million", "billion", "trillion"):
            factor *= _SCALES[word]
        else:
            break
    return factor


_VAGUE = frozenset({"few", "several", "many", "dozens", "hundreds", "thousands", "millions", "billions", "multiple", "numerous", "various"})


def _read_words(cleaned: str, original: str) -> int:
    """Spelled-out numbers: "sixteen", "one hundred twenty-eight", "two thousand forty-eight"."""
    words = re.findall(r"[a-z]+", cleaned.lower().replace("-", " "))
    vague = _VAGUE.intersection(words)
    if vague:
        raise ValueProblem(f"{original!r} is not a number ({', '.join(sorted(vague))})")
    total, current, seen = 0, 0, False
    for word in words:
        if word in _ONE:
            current = max(current, 1)
            seen = True
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word in ("couple", "pair"):  # "a couple of days"
            current = max(current, 1) * 2
            seen = True
        elif word in ("hundred", "dozen"):
            current = max(current, 1) * (100 if word == "hundred" else 12)
            seen = True
        elif word in ("thousand", "million", "billion", "trillion"):
            total += max(current, 1) * _SCALES[word]
            current = 0
            seen = True
        elif word == "and":
            continue
        elif seen:
            break
    if not seen:
        raise ValueProblem(f"no number in {original!r}")
    return total + current


# "2 x 8", "16×8 GPUs": nodes times accelerators per node, written as a product.
_PRODUCT = re.compile(r"^\s*(?P<hedge>about\s+|~\s*)?(\d{1,5})\s*[x×*]\s*(\d{1,5})\b(?!\s*\^|\s*10)[^\d]*$", re.IGNORECASE)


def read_count(text: str) -> Reading[int]:
    """A count (parameters, accelerators): a whole number, or a product of two ("2 x 8" is 16).

    >>> read_count("2 x 8").value, read_count("16×8 GPUs").value
    (16, 128)
    """
    if product := _PRODUCT.match(text):
        return Reading(int(product.group(2)) * int(product.group(3)), approximate=product["hedge"] is not None)
    reading = read_number(text)
    count = int(reading.value.to_integral_value())
    if count <= 0:
        raise ValueProblem(f"{text!r} is not a positive count")
    return Reading(count, reading.approximate)


_HOURS_PER = {
    "second": Decimal(1) / 3600, "minute": Decimal(1) / 60, "hour": Decimal(1), "day": Decimal(24),
    "week": Decimal(168), "fortnight": Decimal(336), "month": Decimal(730), "year": Decimal(8760),
}
_UNIT = re.compile(
    r"(?<![a-zA-Z])(?P<unit>seconds?|secs?|(?<=\d\s)s|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|fortnights?|months?|mos?|years?|yrs?|y)(?![a-z])",
    re.IGNORECASE,
)
_UNIT_ALIASES = {
    "sec": "second", "s": "second", "min": "minute", "hr": "hour", "h": "hour", "d": "day", "wk": "week", "w": "week",
    "mo": "month", "yr": "year", "y": "year",
}
_ACCELERATOR_HOURS = re.compile(r"\b(?:gpu|tpu|chip|accelerator|device|node|core)[- ]?(?:hours?|days?)\b", re.IGNORECASE)
_PER_UNIT_OF_WORK = re.compile(r"\b(?:per|each|every|an?)\s+(?:epoch|step|iteration|batch|update|sample)s?\b", re.IGNORECASE)
_TRAILING_HALF = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_HALF = re.compile(r"\band a half\b|\bhalf an?\b|\bhalf\b", re.IGNORECASE)


def _unit_name(token: str) -> str:
    word = token.lower().rstrip("s") if len(token) > 2 else token.lower()
    return _UNIT_ALIASES.get(word, word)


def read_hours(text: str) -> Reading[Decimal]:
    """Wall-clock duration in hours; sums parts ("3 days and 12 hours")."""
    if _ACCELERATOR_HOURS.search(text):
        raise ValueProblem(f"{text!r} counts accelerator time, not wall-clock time")
    if _PER_UNIT_OF_WORK.search(text):
        raise ValueProblem(f"{text!r} is a time per unit of work, not the training time")
    # "12 days (288 hours)" restates, it does not add: the parenthesis is dropped.
    cleaned, approximate = _strip_hedges(_PARENTHESIS.sub(" ", text) if _UNIT.search(_PARENTHESIS.sub(" ", text)) else text)
    units = list(_UNIT.finditer(cleaned))
    if not units:
        raise ValueProblem(f"no time unit in {text!r}")
    total = Decimal(0)
    previous_end = 0
    for unit in units:
        amount_text = cleaned[previous_end : unit.start()].strip(" ,;")
        amount_text = re.sub(r"^(?:and|plus)\b", "", amount_text).strip()
        half = bool(_HALF.search(amount_text))
        amount_text = _HALF.sub(" ", amount_text).strip()
        if amount_text:
            amount = read_number(amount_text)
            approximate = approximate or amount.approximate
            value = amount.value
        else:
            value = Decimal(0) if half else Decimal(1)  # "a week" has its amount in the hedge-free text
        if half:
            value += Decimal("0.5")
        per_unit = _HOURS_PER[_unit_name(unit.group("unit"))]
        total += value * per_unit
        previous_end = unit.end()
        trailing_half = _TRAILING_HALF.match(cleaned, previous_end)
        if trailing_half:  # "a week and a half"
            total += per_unit / 2
            previous_end = trailing_half.end()
    if total.as_tuple().exponent < -6:  # "20 minutes": a third of an hour, to the micro-hour
        total = total.quantize(Decimal("0.000001"))
    if total <= 0:
        raise ValueProblem(f"{text!r} is not a positive duration")
    return Reading(total, approximate)


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)(?:[a-z]\b|\b)")  # "2023a" as citations write it


def read_year(text: str) -> Reading[int]:
    """A four-digit year between 1950 and 2099."""
    cleaned, approximate = _strip_hedges(text)
    years = _YEAR.findall(cleaned)
    if len(set(years)) != 1:
        raise ValueProblem(f"{text!r} does not name one year" if years else f"no year in {text!r}")
    return Reading(int(years[0]), approximate)


def xsd_duration(hours: Decimal) -> str:
    """Hours as an xsd:duration; months and years stay hours so the 730 h rule survives.

    >>> xsd_duration(Decimal(672)), xsd_duration(Decimal("60.5")), xsd_duration(Decimal(1) / 3)
    ('PT672H', 'PT60H30M', 'PT20M')
    """
    seconds_total = (hours * 3600).quantize(Decimal("0.001"))
    whole_hours, rest = divmod(seconds_total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = "PT"
    if whole_hours:
        parts += f"{int(whole_hours)}H"
    if minutes:
        parts += f"{int(minutes)}M"
    if seconds:
        parts += f"{seconds.normalize():f}S"
    return parts if parts != "PT" else "PT0S"


def decimal_text(value: Decimal) -> str:
    """A canonical xsd:decimal lexical form.

    >>> decimal_text(Decimal("672.0")), decimal_text(Decimal("1E+3"))
    ('672', '1000')
    """
    try:
        normalized = value.normalize()
    except InvalidOperation:  # NaN/Infinity never come from the readers; keep the text as is
        return str(value)
    text = f"{normalized:f}"
    return text
