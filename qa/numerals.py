"""Dates and amounts typed another way than documents write them, written the documents' way:
"2025-10-24" and "24/10/2025" -> "October 24, 2025", "Nov 1st" and "1 Nov" -> "Nov 1" (qa/shorthand.py
writes the month out), "the 8th of November" -> "November 8", "on the thirteenth" -> "on 13", "one
hundred percent" -> "100%", "how many per cent" -> "what percentage", "the forty-seventh summit" -> "the
47th summit".

Typed so, a date is a number the documents do not have ("the documents do not mention 10"), and a
word the gate counts as missing ("thirteenth", "percent"). A day and month typed with slashes are
read only when one reading is possible ("24/10", "10/10"; not "1/11": January 11 or November 1?).
Measured without the model: a batch of 40 seed questions with dates and amounts so typed from 0.50
correct to 0.80 (with qa/listing.py 0.85); 2,805 SQuAD unchanged.
"""
from __future__ import annotations

import re

# the words of months and of numbers, for every module that reads them (timeline, listing, gate, comparison)
MONTHS = ("January February March April May June July August September October November December").split()
_MONTH_NAMES = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
# "October 24", "24 October", "October 24, 2025": a day of a month, with its year or not (month, day, year, or
# day, month, year, as groups; read with re.I)
DAY_OF_MONTH = (rf"\b({'|'.join(MONTHS)})\s+(\d{{1,2}})\b(?:,?\s+(\d{{4}}))?|"
                rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\b(?:,?\s+(\d{{4}}))?")
CARDINALS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = ("zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
_CARDINAL = {w: i for i, w in enumerate(CARDINALS)} | {w: 20 + 10 * i for i, w in enumerate(TENS)}
_ORDINAL = {w: i for i, w in enumerate(ORDINALS)} | {w: 20 + 10 * i for i, w in enumerate(ORDINAL_TENS)}
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?(?![\d/]|\.\d)")
_DAY_SUFFIX = re.compile(rf"\b({_MONTH_NAMES}\.?\s+\d{{1,2}})(?:st|nd|rd|th)\b", re.I)
# "the 8th of November", "1 Nov", "13 October": the month first, as the documents write it
_DAY_OF_MONTH = re.compile(rf"\b(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_NAMES})\b(\.?)", re.I)
_TENS_WORD = "|".join(TENS)
_UNIT_WORD = "|".join(CARDINALS[1:])
# "forty-seventh", "twenty-first", "thirteenth": an ordinal past ten (not "first", "fourth": words of their own)
_ORDINAL_WORDS = re.compile(rf"\b(?:({_TENS_WORD})[\s-]({'|'.join(ORDINALS[1:10])})|"
                            rf"({'|'.join(ORDINALS[11:] + ORDINAL_TENS)}))\b", re.I)
# "one hundred", "forty-five", "twelve" before "percent"
_AMOUNT = (rf"(?:(?:{_UNIT_WORD})\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS_WORD})(?:[\s-](?:{_UNIT_WORD}))?|"
           rf"(?:{_UNIT_WORD})))?|(?:{_TENS_WORD})(?:[\s-](?:{_UNIT_WORD}))?|(?:{_UNIT_WORD}))")
_PERCENT = re.compile(rf"\b({_AMOUNT}|\d+(?:\.\d+)?)\s*(?:percent|per\s+cent)\b", re.I)
_HOW_MANY_PERCENT = re.compile(r"\bhow\s+(?:many|much)\s+(?:percent|per\s+cent)\b", re.I)
# a day as an ordinal after a preposition: "on the 13th" (of "on the thirteenth"), "from the 24th"
_DAY_WORD = re.compile(r"\b(on|by|from|until|till|to|since|before|after)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)


def cardinal(word: str) -> int | None:
    """The number a word names ("three" -> 3, "twenty" -> 20), or None."""
    return _CARDINAL.get(word.lower())


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else _SUFFIX.get(n % 10, 'th')}"


def _date(day: int, month: int, year: str | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{MONTHS[month - 1]} {day}" + (f", {year}" if year else "")


def _slashed(m: re.Match[str]) -> str:
    """"24/10/2025" -> "October 24, 2025", "10/10" -> "October 10"; "1/11" (either order) as typed."""
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if m.group(0).count(".") and not year:  # "3.5" is a number
        return m.group(0)
    readings = {d for d in (_date(a, b, year), _date(b, a, year)) if d}
    return readings.pop() if len(readings) == 1 else m.group(0)


def _amount(words: str) -> int:
    """"one hundred and five" -> 105, "forty-seven" -> 47."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "hundred":
            current *= 100
        elif word in _CARDINAL:
            current += _CARDINAL[word]
    return total + current


def _percent(m: re.Match[str]) -> str:
    amount = m.group(1)
    return f"{amount if amount[0].isdigit() else _amount(amount)}%"


def _ordinal_word(m: re.Match[str]) -> str:
    tens, unit, alone = m.group(1), m.group(2), m.group(3)
    n = _CARDINAL[tens.lower()] + _ORDINAL[unit.lower()] if tens else _ORDINAL[alone.lower()]
    return _ordinal(n)


def in_figures(question: str) -> str:
    """``question`` with its dates and amounts written as documents write them (see the module)."""
    text = _ISO.sub(lambda m: _date(int(m.group(3)), int(m.group(2)), m.group(1)) or m.group(0), question)
    text = _SLASHED.sub(_slashed, text)
    text = _HOW_MANY_PERCENT.sub("what percentage", text)
    text = _PERCENT.sub(_percent, text)
    text = _ORDINAL_WORDS.sub(_ordinal_word, text)
    text = _DAY_SUFFIX.sub(r"\1", text)
    text = _DAY_OF_MONTH.sub(lambda m: m.group(0) if m.group(2) in ("may", "mar") else  # "the 3 may be"
                             f"{m.group(2)}{m.group(3)} {m.group(1)}", text)
    return _DAY_WORD.sub(r"\1 \2", text)
