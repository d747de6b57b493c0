import pytest

from ctx_threads import app, results, teardowns, workers

client = app.test_client()


@pytest.fixture(autouse=True)
def reset():
    results.clear()
    teardowns.clear()
    yield
    for thread in workers:
        thread.join()
    workers.clear()


def post(path):
    response = client.post(path, data={"email": "ada@example.com"})
    for thread in workers:
        thread.join()
    return response


def test_a_plain_thread_has_no_request_context():
    assert post("/broken").status_code == 202
    assert results == ["Working outside of request context."]


def test_copied_request_context_sees_request_but_not_g():
    post("/copied")
    assert results == [("ada@example.com", None)]  # g belongs to a new app context


def test_copied_context_runs_teardown_handlers_a_second_time():
    post("/copied")
    assert sorted(teardowns) == [False, True]  # once in the worker, once in the request


def test_passing_the_app_and_plain_data():
    post("/explicit")
    assert results == ["from shop@example.com to ada@example.com"]
