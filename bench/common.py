"""What the benchmarks share: the app on loopback, and the peak memory of a process tree."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False",
               "TOKENIZERS_PARALLELISM": "false", "QA_PROGRESS": "0"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(command: list[str], url: str, log_path: Path, env: dict | None = None,
                   timeout: float = 180) -> Iterator[subprocess.Popen]:
    """Start ``command`` (its output into ``log_path``; a pipe would fill and stall it), wait until
    ``url`` answers, yield the process, and stop it when the block ends."""
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **OFFLINE_ENV, **(env or {})},
                                stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.time() + timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{command[1:3]} exited: {log_path.read_text()[-2000:]}")
                if time.time() > deadline:
                    raise RuntimeError(f"{command[1:3]} did not start within {timeout:g} s")
                try:
                    urllib.request.urlopen(url, timeout=2)
                    break
                except urllib.error.HTTPError:  # up, but wants a login
                    break
                except OSError:
                    time.sleep(0.5)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


@contextlib.contextmanager
def running_app(folder: Path, *args: str, env: dict | None = None,
                log_path: Path | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """``python app.py --docs folder ARGS`` on a free loopback port until the block ends; yields (url, process)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "app.py", "--docs", str(folder), "--port", str(port), *args]
    with running_server(command, url, log_path or folder.parent / f"app-{port}.log", env) as proc:
        yield url, proc


class PeakMemory:
    """Samples the resident memory of a process and its children every ``every`` seconds; ``peak_mb``."""

    def __init__(self, pid: int | None = None, every: float = 0.05):
        import psutil

        self._process = psutil.Process(pid or os.getpid())
        self.every, self.peak_mb = every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _rss(self) -> int:
        import psutil

        total = 0
        for p in [self._process, *self._process.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, self._rss() / 1e6)
            self._stop.wait(self.every)

    def __enter__(self) -> "PeakMemory":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, self._rss() / 1e6)
