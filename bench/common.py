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
def running_app(folder: Path, *args: str, env: dict | None = None,
                log_path: Path | None = None) -> Iterator[tuple[str, subprocess.Popen]]:
    """``python app.py --docs folder ARGS`` on a free loopback port until the block ends; yields (url, process)."""
    port = free_port()
    env = {**os.environ, **OFFLINE_ENV, **(env or {})}
    log_path = log_path or folder.parent / f"app-{port}.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, "app.py", "--docs", str(folder), "--port", str(port), *args],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            url = f"http://127.0.0.1:{port}/"
            deadline = time.time() + 180
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"app.py exited: {log_path.read_text()}")
                if time.time() > deadline:
                    raise RuntimeError("app.py did not start within 180 s")
                try:
                    urllib.request.urlopen(url, timeout=2)
                    break
                except urllib.error.HTTPError:  # up, but wants a login
                    break
                except OSError:
                    time.sleep(0.5)
            yield url, proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()


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
