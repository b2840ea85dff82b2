"""Bounded load on the live app: 20 concurrent gradio_client clients, 200 questions in total."""
import pytest

from bench.load_app import folder_texts, run_load, seed_questions

pytestmark = pytest.mark.slow


def test_twenty_clients_two_hundred_questions(live_app):
    report = run_load(live_app.url, seed_questions(), folder_texts(live_app.folder), clients=20, total=200,
                      app_pid=live_app.pid)
    print(report.summary())
    assert report.errors == [] and report.invalid == [] and report.inconsistent == []
    assert len(report.seconds) == 200
    assert report.peak_mb < 4000  # one model instance, a bounded queue: memory does not grow with clients
