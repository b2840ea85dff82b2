"""Serve the documents of a folder as a chat: `python app.py [--docs FOLDER] [--host H] [--port P]`.

Listens on 127.0.0.1:7860 by default; another host only when asked. Set QA_USERNAME and
QA_PASSWORD to require a login. Every other setting is a QA_* variable (see the README).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Chat with a folder of documents.")
    p.add_argument("--docs", default=os.environ.get("QA_DOCS", "seeds"), help="documents folder (default: seeds)")
    p.add_argument("--host", default=os.environ.get("QA_HOST", "127.0.0.1"), help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=int(os.environ.get("QA_PORT", "7860")), help="port (default: 7860)")
    p.add_argument("--max-upload-mb", type=float, default=float(os.environ.get("QA_MAX_UPLOAD_MB", "10")))
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    import qa
    from qa.ui import CSS, build_app

    try:
        engine = qa.load(args.docs)
    except qa.QAError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    engine.warm_up()
    user, password = os.environ.get("QA_USERNAME"), os.environ.get("QA_PASSWORD")
    max_bytes = int(args.max_upload_mb * 1_000_000)
    demo = build_app(engine, max_upload_bytes=max_bytes)
    print(f"serving {engine.folder} ({len(engine.sources)} documents) at http://{args.host}:{args.port}", flush=True)
    demo.launch(server_name=args.host, server_port=args.port, auth=(user, password) if user and password else None,
                max_file_size=max_bytes, css=CSS, footer_links=["api"], show_error=True, quiet=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
