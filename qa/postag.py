"""Parts of speech of a sentence's words, from a lexicon-based tagger.

There is no parser model on these machines (spaCy's and NLTK's are downloads); TextBlob ships
Pattern's Brill tagger with their lexicons inside the package. It tells a name that
starts a sentence ("Geneva was ...") from an ordinary capitalised first word ("However, ...").
Offsets are into the sentence as given.
"""
from __future__ import annotations

import re
from functools import lru_cache

# words (with inner hyphens, dots, apostrophes), a possessive 's on its own, or one punctuation mark
_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+|['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|[^\w\s]", re.UNICODE)


@lru_cache(maxsize=4096)
def tagged(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, Penn Treebank tag) for each token: "NNP", "VBD", ..."""
    from textblob.en import parse  # 1.4 s to import (NLTK): only when a candidate starts a sentence

    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    if not toks:
        return ()
    text = " ".join(t.replace("/", "&slash;").replace("’", "'") for _, _, t in toks)
    rows = [row for s in parse(text, tokenize=False, chunks=False).split() for row in s]
    if len(rows) != len(toks):  # the parser split or merged something: no tags rather than wrong ones
        return ()
    return tuple((a, b, row[1]) for (a, b, _), row in zip(toks, rows))


def proper_noun_at(sentence: str, start: int) -> bool:
    """Whether the word at offset ``start`` is tagged a proper noun: "*Geneva* was ..." but not "*However*, ..."."""
    return any(a == start and pos.startswith("NNP") for a, _, pos in tagged(sentence))
