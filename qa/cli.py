"""The ``qa`` command: ``qa index``, ``qa ask``, ``qa eval``."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import textwrap

DEFAULT_DOCS = os.environ.get("QA_DOCS", "seeds")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--index-dir", help="where the index is kept (default: FOLDER/.qa-index)")
    p.add_argument("--backend", choices=["llamacpp", "openai", "none"], help="LLM backend (default: llamacpp)")
    p.add_argument("--base-url", help="OpenAI-compatible server for --backend openai")
    p.add_argument("--top-k", type=int, help="chunks to retrieve (default: 5)")
    p.add_argument("--quiet", action="store_true", help="no progress bar or warnings")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Answer questions from a folder of documents, with citations.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_index = sub.add_parser("index", help="index a folder (only new or changed files are embedded)")
    p_index.add_argument("folder", nargs="?", default=DEFAULT_DOCS, help=f"documents folder (default: {DEFAULT_DOCS})")
    _common(p_index)
    p_ask = sub.add_parser("ask", help="answer a question from the documents")
    p_ask.add_argument("question", help='the question; "-" reads it from standard input')
    p_ask.add_argument("--docs", default=DEFAULT_DOCS, help=f"documents folder (default: {DEFAULT_DOCS})")
    p_ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    _common(p_ask)
    p_eval = sub.add_parser("eval", help="answer a golden Q&A set and score it (exit 1 when it fails its gates)")
    p_eval.add_argument("golden", help="golden set: .yaml, SQuAD .json, or .jsonl")
    p_eval.add_argument("--docs", help="documents folder (default: the golden file's 'docs', else seeds)")
    p_eval.add_argument("--report", help="write the JSON report here")
    p_eval.add_argument("--html", help="write a self-contained HTML report here")
    p_eval.add_argument("--baseline", help="an earlier JSON report: show what changed, fail on regressions")
    p_eval.add_argument("--k", type=int, default=5, help="passages for retrieval hit@k and MRR (default: 5)")
    _common(p_eval)
    return parser


def _settings(args: argparse.Namespace) -> dict:
    values = {"index_dir": args.index_dir, "backend": args.backend, "base_url": args.base_url,
              "top_k": args.top_k}
    if args.quiet:
        values["progress"] = False
    return {k: v for k, v in values.items() if v is not None}


def _read_question(arg: str, limit: int) -> str:
    """The question from the command line, or from standard input for "-" (read no further than needed
    to tell that it is over the limit; bytes that are not UTF-8 become U+FFFD)."""
    if arg != "-":
        return arg
    data = sys.stdin.buffer.read(limit * 4 + 64 * 1024)  # UTF-8: at most 4 bytes a character
    return data.decode("utf-8", "replace")


def format_answer(answer) -> str:
    lines = [answer.text]
    if answer.refused and answer.note:
        lines.append(f"  ({answer.note})")
    for i, c in enumerate(answer.citations, 1):
        quote = textwrap.fill(f"“{c.quote}”", width=96, initial_indent="      ", subsequent_indent="      ")
        lines.append(f"  [{i}] {c.source}, characters {c.start}-{c.end}:\n{quote}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.ERROR if args.quiet else logging.WARNING,
                        format="warning: %(message)s", stream=sys.stderr)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import qa

    try:
        if args.command == "index":
            engine = qa.load(args.folder, backend="none", **{k: v for k, v in _settings(args).items() if k != "backend"})
            r = engine.report
            print(f"indexed {args.folder}: {len(engine.sources)} documents, {r.total_chunks} chunks "
                  f"({r.embedded_chunks} embedded from {len(r.embedded_files)} files, {len(r.reused_files)} files reused)")
            for s in r.skipped:
                print(f"  skipped {s.source}: {s.reason}")
            return 0
        if args.command == "eval":
            return run_eval(args)
        limit = qa.Settings.from_env(**_settings(args)).max_question_chars
        question = qa.engine.clean_question(_read_question(args.question, limit), limit)
        engine = qa.load(args.docs, **_settings(args))
        engine.warm_up()  # both models at once, rather than one after the other inside ask
        answer = engine.ask(question)
    except qa.QAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    import qa
    from qa.eval import diff, evaluate, gate_failures, load_golden
    from qa.eval.report import html_report, summary, terminal_table

    golden = load_golden(args.golden)
    baseline = None
    if args.baseline:
        try:
            baseline = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise qa.QAError(f"cannot read the baseline {args.baseline}: {exc}") from None
    docs = args.docs or golden.docs or DEFAULT_DOCS
    engine = qa.load(docs, **_settings(args))
    engine.warm_up()
    report = evaluate(engine, golden, k=args.k, progress=not args.quiet)
    comparison = diff(report, baseline) if baseline else None
    if comparison:
        report["baseline"] = {"path": args.baseline, **comparison}
    gate = gate_failures(report, comparison)
    report["gate"] = gate
    print(terminal_table(report))
    print(summary(report, gate, comparison))
    for path, text in ((args.report, lambda: json.dumps(report, indent=1, ensure_ascii=False)),
                       (args.html, lambda: html_report(report, gate, comparison))):
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(text(), encoding="utf-8")
            print(f"wrote {path}")
    return 1 if gate else 0


if __name__ == "__main__":
    sys.exit(main())
