import pathlib

import pytest

from lifecycle_trace import app, run, trace

HERE = pathlib.Path(__file__).parent


@pytest.fixture(autouse=True)
def production_mode():
    app.testing = False  # errors become 500 responses, as under a real server
    yield
    app.testing = False


def render(path):
    status, steps = run(path)
    return f"GET {path} -> {status}\n" + "".join(f"  {step}\n" for step in steps)


def test_output_matches_the_recorded_file():
    expected = (HERE / "lifecycle_trace.txt").read_text()
    assert render("/hello/ada") + "\n" + render("/crash") == expected


def test_unmatched_url_still_runs_the_hooks_but_no_view():
    status, steps = run("/missing")
    assert status == 404
    assert "before_request" in steps and "view" not in steps  # hooks run before the 404
    assert "url_value_preprocessor" in steps  # called with values=None: guard for it
    assert "after_request (404)" in steps


def test_with_propagation_after_request_is_skipped():
    app.testing = True  # PROPAGATE_EXCEPTIONS: the exception reaches the caller
    trace.clear()
    with pytest.raises(RuntimeError, match="boom"):
        app.test_client().get("/crash")
    assert not any(step.startswith("after_request") for step in trace)
    assert "teardown_request (error=RuntimeError('boom'))" in trace
