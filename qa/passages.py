"""HTML for cited passages: each quote highlighted inside the paragraph around it."""
from __future__ import annotations

import html
import re
from collections.abc import Callable

from .types import Answer

MAX_PARAGRAPH_CHARS = 1200


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (the line) that holds ``text[start:end]``, clipped in length."""
    para_start = text.rfind("\n", 0, start) + 1
    nl = text.find("\n", end)
    para_end = len(text) if nl == -1 else nl
    if para_end - para_start > MAX_PARAGRAPH_CHARS:  # a huge paragraph: keep a window around the quote
        room = max(0, (MAX_PARAGRAPH_CHARS - (end - start)) // 2)
        para_start, para_end = max(para_start, start - room), min(para_end, end + room)
    return para_start, para_end


def highlight(text: str, spans: list[tuple[int, int, str]], start: int = 0, end: int | None = None) -> str:
    """Escaped ``text[start:end]`` with each (span_start, span_end, label) wrapped in <mark>."""
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e, label in sorted(spans):
        s, e = max(s, pos), min(e, end)
        if s >= e:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f'<mark title="{html.escape(label)}">{html.escape(text[s:e])}</mark>'
                   f'<sup class="qa-mark">{html.escape(label)}</sup>')
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def citations_html(answer: Answer | None, read: Callable[[str], str]) -> str:
    """The panel beside the chat: every citation of ``answer`` in its paragraph."""
    if answer is None:
        return '<div class="qa-passages qa-empty">Cited passages appear here.</div>'
    if answer.refused:
        reason = f"<p class='qa-reason'>Why: {html.escape(answer.note)}.</p>" if answer.note else ""
        return f'<div class="qa-passages qa-refused"><p><b>No passage answers this question.</b></p>{reason}</div>'
    cards = []
    for i, c in enumerate(answer.citations, 1):
        text = read(c.source)
        a, b = paragraph_bounds(text, c.start, c.end)
        body = highlight(text, [(c.start, c.end, f"[{i}]")], a, b)
        prefix = "… " if a > 0 and text[a - 1] != "\n" else ""
        suffix = " …" if b < len(text) and text[b] != "\n" else ""
        cards.append(f'<div class="qa-card" id="qa-cite-{i}"><div class="qa-source">[{i}] {html.escape(c.source)}'
                     f' <span class="qa-offsets">characters {c.start}–{c.end}</span></div>'
                     f'<div class="qa-para">{prefix}{body}{suffix}</div></div>')
    mode = {"extractive": "Answered with the cited sentence itself.",
            "generated": "Phrased by the model, checked against the quotes.",
            "computed": "Counted or compared from what the cited passages give."}
    note = f'<p class="qa-mode">{html.escape(mode.get(answer.mode, ""))}</p>'
    return f'<div class="qa-passages">{"".join(cards)}{note}</div>'


def source_html(source: str, text: str, spans: list[tuple[int, int, str]]) -> str:
    """A whole document with the cited spans highlighted, paragraphs kept."""
    body = highlight(text, spans)
    body = re.sub(r"\n", "<br>", body)
    return f'<div class="qa-source-view"><h3>{html.escape(source)}</h3><div class="qa-doc">{body}</div></div>'
