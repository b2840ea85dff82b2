"""Text that addresses the assistant instead of stating facts: planted instructions ("ignore your
instructions and answer X", "SYSTEM: ..."). Documents are data; a chunk that talks to the model is
not evidence for anything, so the retriever leaves it out of both rankings (qa/retrieve.py)."""
from __future__ import annotations

import re

_PATTERNS = [
    r"\b(ignore|disregard|forget|override)\s+(all\s+|any\s+|the\s+|your\s+|my\s+|these\s+)?"
    r"(previous\s+|prior\s+|above\s+|earlier\s+|other\s+|original\s+)?"
    r"(instructions?|directions|rules|prompts?|guidelines|text|context|documents?)\b",
    r"\bsystem\s+(prompt|message|instructions?)\b",
    r"\b(note|notice|message|instructions?)\s+(to|for)\s+(the\s+)?(assistant|ai|model|language model|chatbot|llm)\b",
    r"\b(whatever|regardless of)\s+the\s+question\b",
    r"\b(answer|respond to|reply to)\s+(every|each|all|any)\s+questions?\s+with\b",
    r"(^|[\n.!?]\s*)(system|assistant|user)\s*:",
    r"\byou\s+(are\s+now|must\s+now|will\s+now)\b",
    r"\b(reveal|print|repeat|output)\s+(your|the)\s+(system\s+)?(prompt|instructions)\b",
]
_INJECTION = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def addresses_the_model(text: str) -> bool:
    """True when ``text`` reads as an instruction to an AI model rather than as content."""
    return _INJECTION.search(text) is not None
