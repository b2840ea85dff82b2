"""The app listens on loopback unless told otherwise, and asks for a login when one is configured."""
import psutil
import pytest

from tests.conftest import running_app, seed_folder

pytestmark = pytest.mark.slow


def listening_addresses(pid: int) -> set[str]:
    found = set()
    for proc in [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]:
        found |= {c.laddr.ip for c in proc.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN}
    return found


def test_listens_on_loopback_only_by_default(live_app):
    assert listening_addresses(live_app.pid) == {"127.0.0.1"}


def test_login_from_the_environment(tmp_path):
    from gradio_client import Client

    env = {"QA_USERNAME": "operator", "QA_PASSWORD": "correct horse battery staple"}
    with running_app(seed_folder(tmp_path / "docs"), env=env) as (url, proc):
        with pytest.raises(Exception, match="(?i)login|auth|401|403"):
            Client(url, verbose=False).predict("Who led the Chinese delegation?", api_name="/ask")
        with pytest.raises(Exception, match="(?i)login|auth|401|403|incorrect"):
            Client(url, auth=("operator", "wrong"), verbose=False)
        client = Client(url, auth=("operator", "correct horse battery staple"), verbose=False)
        assert "He Lifeng" in client.predict("Who led the Chinese delegation?", api_name="/ask")["text"]
