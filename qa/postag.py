"""Parts of speech of a sentence's words, from a lexicon-based tagger.

There is no parser model on these machines (spaCy's and NLTK's are downloads); TextBlob ships
Pattern's Brill tagger with its lexicon inside the package. It tells a name that
starts a sentence ("Geneva was ...") from an ordinary capitalised first word ("However, ...").
Offsets are into the sentence as given.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

# words (with inner hyphens, dots, apostrophes), a possessive 's on its own, or one punctuation mark
_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+|['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|[^\w\s]", re.UNICODE)


@lru_cache(maxsize=1)
def _parser():
    """Pattern's English parser from TextBlob's ``_text`` module, loaded from its file: importing it
    the usual way runs ``textblob/__init__``, which imports NLTK (1.4 s, for nothing used here);
    this takes 0.2 s. The lexicon files are the ones ``textblob.en`` loads."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError("the part-of-speech tagger is missing: pip install textblob")
    root = Path(spec.submodule_search_locations[0])
    text_spec = importlib.util.spec_from_file_location("qa._pattern_text", root / "_text.py")
    module = importlib.util.module_from_spec(text_spec)
    text_spec.loader.exec_module(module)
    en = root / "en"
    lexicon = module.Lexicon(path=str(en / "en-lexicon.txt"), morphology=str(en / "en-morphology.txt"),
                             context=str(en / "en-context.txt"), entities=str(en / "en-entities.txt"), language="en")
    return module.Parser(lexicon=lexicon, default=("NN", "NNP", "CD"), language="en")


@lru_cache(maxsize=4096)
def tagged(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, Penn Treebank tag) for each token: "NNP", "VBD", ..."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    if not toks:
        return ()
    text = " ".join(t.replace("/", "&slash;").replace("’", "'") for _, _, t in toks)
    parsed = _parser().parse(text, tokenize=False, chunks=False, map=lambda token, tag: (token, tag))
    rows = [row for s in parsed.split() for row in s]
    if len(rows) != len(toks):  # the parser split or merged something: no tags rather than wrong ones
        return ()
    return tuple((a, b, row[1]) for (a, b, _), row in zip(toks, rows))


def proper_noun_at(sentence: str, start: int) -> bool:
    """Whether the word at offset ``start`` is tagged a proper noun: "*Geneva* was ..." but not "*However*, ..."."""
    return any(a == start and pos.startswith("NNP") for a, _, pos in tagged(sentence))


def verb_at(text: str, start: int) -> bool:
    """Whether the word at offset ``start`` is tagged a verb: "What did Tymnet *connect*?"."""
    return any(a == start and pos.startswith("VB") for a, _, pos in tagged(text))


def known_word(word: str) -> bool:
    """Whether the tagger's lexicon knows ``word`` in lower case at all ("fast", "the", "union")."""
    return word.lower() in _parser().lexicon


def common_word(word: str) -> bool:
    """Whether the tagger's lexicon knows ``word`` in lower case as an ordinary word (a noun, an
    adjective, a verb): "union", "town", "democratic"; not "bessent", nor "he"."""
    tag = _parser().lexicon.get(word.lower())
    return bool(tag) and tag.startswith(("NN", "JJ", "VB")) and not tag.startswith("NNP")
