import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT, SEED_FILE, SEEDS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_app(tmp_path_factory):
    """``python app.py`` on a free loopback port, on a copy of the seed folder: yields (url, folder)."""
    folder = tmp_path_factory.mktemp("appdocs")
    shutil.copy(SEEDS / SEED_FILE, folder / SEED_FILE)
    shutil.copy(SEEDS / ".qa-examples.txt", folder / ".qa-examples.txt")
    port = free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "GRADIO_ANALYTICS_ENABLED": "False", "QA_PROGRESS": "0"}
    log = open(folder.parent / "app.log", "w")
    proc = subprocess.Popen([sys.executable, "app.py", "--docs", str(folder), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited: {(folder.parent / 'app.log').read_text()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        raise RuntimeError("app.py did not start within 180 s")
    yield url, folder
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
