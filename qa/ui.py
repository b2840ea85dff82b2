"""The Gradio front end: a chat with streamed, cited answers, the cited passages beside it, a
documents view with uploads, and a JSON endpoint ``/ask`` for ``gradio_client``.

Thin by design: every answer comes from ``Engine.ask``; this module only lays it out.
"""
from __future__ import annotations

import html
import logging
import re
import threading
from pathlib import Path

import gradio as gr

from .engine import Engine, clean_question
from .errors import QAError
from .followup import standalone
from .passages import citations_html, source_html
from .types import Answer
from .uploads import DEFAULT_MAX_UPLOAD_BYTES, UploadError, store_upload

log = logging.getLogger("qa")
EXAMPLES_FILE = ".qa-examples.txt"  # in the documents folder: one example question per line
CSS = """
.qa-passages{font-size:.95em} .qa-card{border:1px solid #e3e3e8;border-radius:8px;padding:8px 10px;margin-bottom:8px;background:#fbfbfd}
.qa-source{font-weight:600;margin-bottom:4px} .qa-offsets{font-weight:400;color:#888;font-size:.85em}
.qa-para mark,.qa-doc mark{background:#fff1a8;padding:0 2px;border-radius:3px} .qa-mark{color:#946200;font-weight:600}
.qa-refused{border-left:4px solid #c62828;padding:6px 10px;background:#fdecea;border-radius:6px} .qa-mode{color:#666;font-size:.85em}
.qa-doc{max-height:520px;overflow-y:auto;line-height:1.5} .qa-empty{color:#888}
"""


def render_answer(answer: Answer, searched_for: str | None = None) -> str:
    """The chat message for an answer: bold citation markers; a refusal marked as one."""
    if answer.refused:
        body = f"🚫 **{answer.text}**"
        if answer.note:
            body += f"\n\n<sub>{html.escape(answer.note)}</sub>"
    else:
        body = re.sub(r"\[(\d+)\]", r"**[\1]**", html.escape(answer.text, quote=False))
        if answer.mode == "extractive" and answer.note.startswith("extractive:"):
            body += "\n\n<sub>The model was unavailable; this is the cited sentence itself.</sub>"
    if searched_for:
        body += f"\n\n<sub>Searched for: {html.escape(searched_for)}</sub>"
    return body


def read_examples(folder: Path) -> list[str]:
    path = folder / EXAMPLES_FILE
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()][:8]


class App:
    """State shared by every browser session: the engine, and a lock so one re-index runs at a time."""

    def __init__(self, engine: Engine, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES):
        self.engine = engine
        self.max_upload_bytes = max_upload_bytes
        self._index_lock = threading.Lock()

    # --- asking -------------------------------------------------------------------------
    def ask_api(self, question: str) -> dict:
        """The structured answer: text, refused, citations (source, quote, start, end), mode, note."""
        try:
            return self.engine.ask(question).to_dict()
        except QAError as exc:
            raise gr.Error(str(exc)) from None

    def respond(self, message: str, history: list, asked: list[str]):
        """Chat handler (a generator: Gradio streams every yield to the page)."""
        history = list(history or [])
        try:
            question = clean_question(message, self.engine.settings.max_question_chars)
        except QAError as exc:
            shown = (message or "")[:200] + ("…" if len(message or "") > 200 else "")
            history += [{"role": "user", "content": shown or " "},
                        {"role": "assistant", "content": f"⚠️ {html.escape(str(exc))}"}]
            yield history, gr.update(), "", asked, gr.update(), gr.update()
            return
        query = standalone(question, asked)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": "🔎 *Searching the documents…*"}]
        yield history, gr.update(), "", asked, gr.update(), gr.update()
        try:
            answer = self.engine.ask(query)
        except QAError as exc:
            history[-1] = {"role": "assistant", "content": f"⚠️ {html.escape(str(exc))}"}
            yield history, gr.update(), "", asked, gr.update(), gr.update()
            return
        final = render_answer(answer, query if query != question else None)
        words = final.split(" ")
        step = max(1, len(words) // 12)
        for n in range(step, len(words), step):  # the checked answer, streamed in a few steps
            history[-1] = {"role": "assistant", "content": " ".join(words[:n]) + " ▍"}
            yield history, gr.update(), "", asked, gr.update(), gr.update()
        history[-1] = {"role": "assistant", "content": final}
        choices = [f"[{i}] {c.source}" for i, c in enumerate(answer.citations, 1)]
        yield (history, citations_html(answer, self.engine.read), "", asked + [query],
               gr.update(choices=choices, value=None, visible=bool(choices)), answer)

    def open_citation(self, choice: str | None, answer: Answer | None):
        """Show the whole source of a clicked citation, every passage of this session's last answer highlighted."""
        if not choice:
            return gr.update(), gr.update(), gr.update()
        source = choice.split("] ", 1)[-1]
        spans = [(c.start, c.end, f"[{i}]") for i, c in enumerate(answer.citations, 1) if c.source == source] if answer else []
        return source_html(source, self.engine.read(source), spans), gr.update(value=source), gr.Tabs(selected="docs")

    def show_source(self, source: str | None):
        if not source or source not in self.engine.corpus.documents:
            return gr.update()
        return source_html(source, self.engine.read(source), [])

    # --- documents ----------------------------------------------------------------------
    def documents_table(self) -> list[list]:
        corpus = self.engine.corpus
        counts = corpus.chunk_counts()
        return [[s, corpus.documents[s].title, counts.get(s, 0), corpus.indexed_at.get(s, "")]
                for s in sorted(corpus.documents)]

    def skipped_note(self) -> str:
        skipped = self.engine.report.skipped
        if not skipped:
            return ""
        return "**Not indexed:** " + "; ".join(f"`{s.source}`: {html.escape(s.reason)}" for s in skipped)

    def upload(self, files: list | None):
        """Store each acceptable file in the documents folder, then re-index what changed."""
        if not files:
            return gr.update(), gr.update(), gr.update(), None
        added, problems = [], []
        for f in files:
            path = Path(getattr(f, "name", f))
            try:
                added.append(store_upload(path, path.name, self.engine.folder, self.max_upload_bytes))
            except (UploadError, OSError) as exc:
                problems.append(str(exc))
        lines = []
        if added:
            with self._index_lock:  # answers keep flowing from the current index meanwhile
                report = self.engine.refresh()
            counts = self.engine.corpus.chunk_counts()
            lines.append("✅ Added " + ", ".join(f"`{a}` ({counts.get(a, 0)} chunks)" for a in added)
                         + f"; embedded {report.embedded_chunks} new chunks, reused {len(report.reused_files)} files.")
        for problem in problems:
            gr.Warning(problem)
            lines.append(f"⚠️ {html.escape(problem)}")
        note = self.skipped_note()
        status = "\n\n".join(lines + ([note] if note else []))
        return status, self.documents_table(), gr.update(choices=self.engine.sources), None


def build_app(engine: Engine, max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> gr.Blocks:
    app = App(engine, max_upload_bytes)
    examples = read_examples(engine.folder)
    with gr.Blocks(title="Ask the documents") as demo:
        gr.Markdown(f"## Ask the documents\nAnswers come only from the {len(engine.sources)} document(s) in "
                    f"`{engine.folder.name}`, with the exact passages they rest on. When the documents do not "
                    "answer, it says so.")
        asked = gr.State([])  # this session's questions, made standalone
        last = gr.State(None)  # this session's last answer, for its citations
        with gr.Tabs() as tabs:
            with gr.Tab("Ask", id="ask"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(label="Conversation", height=460, elem_id="qa-chat", buttons=["copy"])
                        with gr.Row():
                            box = gr.Textbox(placeholder="Ask a question about the documents…", show_label=False,
                                             scale=6, elem_id="qa-question", autofocus=True)
                            send = gr.Button("Ask", variant="primary", scale=1, elem_id="qa-ask")
                        if examples:
                            gr.Examples(examples, inputs=box, label="Try")
                        clear = gr.Button("New conversation", size="sm")
                    with gr.Column(scale=2):
                        gr.Markdown("### Cited passages")
                        passages = gr.HTML(citations_html(None, engine.read), elem_id="qa-passages")
                        cite_pick = gr.Radio([], label="Open a cited source", visible=False, elem_id="qa-cite-pick")
            with gr.Tab("Documents", id="docs"):
                table = gr.Dataframe(app.documents_table(), headers=["file", "title", "chunks", "indexed (UTC)"],
                                     interactive=False, elem_id="qa-doc-table")
                skipped = gr.Markdown(app.skipped_note())
                files = gr.File(label=f"Add .txt, .md or .html files (up to {max_upload_bytes // 1_000_000} MB each)",
                                file_count="multiple", file_types=[".txt", ".md", ".markdown", ".html", ".htm"],
                                elem_id="qa-upload")
                source_pick = gr.Dropdown(engine.sources, label="Show a document", elem_id="qa-source-pick")
                source_view = gr.HTML(elem_id="qa-source-view")

        outputs = [chat, passages, box, asked, cite_pick, last]
        for trigger in (box.submit, send.click):
            trigger(app.respond, [box, chat, asked], outputs, concurrency_id="llm", concurrency_limit=1,
                    api_visibility="private", show_progress="hidden")
        clear.click(lambda: ([], citations_html(None, engine.read), [], gr.update(choices=[], visible=False)),
                    None, [chat, passages, asked, cite_pick], api_visibility="private")
        cite_pick.change(app.open_citation, [cite_pick, last], [source_view, source_pick, tabs], api_visibility="private")
        source_pick.change(app.show_source, source_pick, source_view, api_visibility="private")
        files.upload(app.upload, files, [skipped, table, source_pick, files], concurrency_id="index",
                     concurrency_limit=1, api_visibility="private")
        gr.api(app.ask_api, api_name="ask", concurrency_id="llm", concurrency_limit=1)
    demo.queue(max_size=64, default_concurrency_limit=1)
    return demo
