"""The live app on loopback, called the way a program would: gradio_client and /ask."""
import concurrent.futures

import pytest

from tests.conftest import SEED_FILE, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(live_app):
    from gradio_client import Client

    return Client(live_app[0], verbose=False)


def valid(answer: dict) -> bool:
    text = (SEEDS / SEED_FILE).read_text(encoding="utf-8")
    return all(text[c["start"]:c["end"]] == c["quote"] for c in answer["citations"])


def test_ask_names_he_lifeng_with_a_valid_citation(client):
    a = client.predict("Who led the Chinese delegation?", api_name="/ask")
    assert not a["refused"] and "He Lifeng" in a["text"] and "[1]" in a["text"]
    assert a["citations"] and a["citations"][0]["source"] == SEED_FILE
    assert valid(a)


def test_unanswerable_comes_back_refused(client):
    a = client.predict("Who is the Prime Minister of Malaysia?", api_name="/ask")
    assert a["refused"] and a["citations"] == []


def test_many_at_once_are_queued_not_dropped(live_app):
    from gradio_client import Client

    questions = ["What tariff did Trump threaten?", "Where were the talks held?", "What is the capital of France?"] * 3
    with concurrent.futures.ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda q: Client(live_app[0], verbose=False).predict(q, api_name="/ask"), questions))
    assert len(answers) == 9 and all(valid(a) for a in answers)
    assert all(a["refused"] for a in answers[2::3]) and all("100%" in a["text"] for a in answers[0::3])
