"""Shorthand a question may be typed in, written out: "What did the Pres. threaten on Oct. 10?" ->
"What did the President threaten on October 10?", "Who is the US Treas. Sec.?" -> "Who is the US
Treasury Secretary?", "Who met w/ Bessent?" -> "Who met with Bessent?", and chat spellings: "wher r they
gonna meet" -> "where r they going to meet".

Documents write months, titles and common words in full; typed short, they are words the documents
never use, and the gate takes a capitalised one for a name they do not mention ("the documents do not
mention oct"). Only forms with one reading are written out: a month's abbreviation before a day or
with its dot, a title with its dot ("Sec." is "Secretary"; "VP" stays: Vice President or Premier?).
"""
from __future__ import annotations

import re

from .text import cased_as

_MONTHS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
           "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
           "dec": "December"}
# "Oct. 10", "Oct 10", "Dec 2019", "Nov." (with its dot, or before a day or a year)
_MONTH = re.compile(rf"\b({'|'.join(_MONTHS)})(?:\.|(?=\s+\d{{1,4}}\b))", re.I)
_TITLES = {"pres": "President", "sec": "Secretary", "secy": "Secretary", "treas": "Treasury", "gov": "Governor",
           "sen": "Senator", "rep": "Representative", "gen": "General", "dept": "Department",
           "govt": "Government", "intl": "International", "natl": "National", "assn": "Association",
           "univ": "University", "approx": "approximately"}
_TITLE = re.compile(rf"(?<!\d\s)\b({'|'.join(_TITLES)})\.(?=\s|$|[?,;:])", re.I)  # not "10 sec."
# shorthand with no dot that is no word: "govts", "dept", "mfg", "w/", "wk"
_WORDS = {"govt": "government", "govts": "governments", "dept": "department", "depts": "departments",
          "mfg": "manufacturing", "intl": "international", "wk": "week", "wks": "weeks", "yr": "year",
          "yrs": "years", "mos": "months", "approx": "approximately", "w/": "with", "w/o": "without",
          "b/c": "because", "bc": "because",
          # chat spellings ("where are trump and xi gonna meet", "wher were the talks held?")
          "gonna": "going to", "wanna": "want to", "gotta": "got to", "abt": "about", "cuz": "because",
          "coz": "because", "ppl": "people"}
# chat spellings, not in capitals (an acronym, "U-boat"): "wher were the talks held?", "what did u ask"
_CHAT_WORDS = {"u": "you", "ur": "your", "wher": "where", "whr": "where", "wat": "what", "wht": "what",
               "whn": "when", "hw": "how"}
_WORD = re.compile(r"(?<![\w/])(w/o|w/|b/c|[A-Za-z]+)(?![\w/])")


def written_out(question: str) -> str:
    """``question`` with its shorthand written out (see the module's docstring)."""
    question = _MONTH.sub(lambda m: _MONTHS[m.group(1).lower()], question)
    question = _TITLE.sub(lambda m: _TITLES[m.group(1).lower()], question)
    return _WORD.sub(lambda m: _written_out(m.group(1)), question)


def _written_out(word: str) -> str:
    full = _WORDS.get(word.lower()) or (None if word.isupper() else _CHAT_WORDS.get(word.lower()))
    return cased_as(full, word) if full else word
