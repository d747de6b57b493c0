import pytest

from streaming_views import EVENTS, app

client = app.test_client()


@pytest.fixture(autouse=True)
def clear_events():
    EVENTS.clear()


def test_generator_with_headers_tuple():
    response = client.get("/export.csv")
    assert response.content_type == "text/csv"
    assert response.text == "id,name\n1,user1\n2,user2\n3,user3\n"
    assert "Content-Length" not in response.headers


def test_plain_generator_has_no_request_context():
    response = client.get("/greet-broken", query_string={"name": "Ada"})
    with pytest.raises(RuntimeError, match="Working outside of request context"):
        response.get_data()


def test_stream_with_context_keeps_request_and_delays_teardown():
    response = client.get("/greet", query_string={"name": "Ada"})
    assert EVENTS == ["teardown"]  # the view returned; teardown already ran once
    assert response.text == "Hello Ada"
    # The context is pushed again for the stream, and teardown runs again at its end.
    assert EVENTS == ["teardown", "stream finished", "teardown"]


def test_server_sent_events_arrive_chunk_by_chunk():
    response = client.get("/ticks")
    assert response.mimetype == "text/event-stream"
    chunks = response.iter_encoded()
    assert next(chunks) == b"data: tick 0\n\n"
    assert list(chunks) == [b"data: tick 1\n\n", b"data: tick 2\n\n"]
    response.close()


def test_an_error_mid_stream_cannot_become_a_500():
    response = client.get("/fragile")
    assert response.status_code == 200  # status and headers went out first
    with pytest.raises(RuntimeError, match="database went away"):
        response.get_data()  # a real client sees a truncated body
    assert "500 handler" not in EVENTS  # error handlers never ran


def test_an_error_before_streaming_is_a_normal_500():
    response = client.get("/fails-early")
    assert (response.status_code, response.text) == (500, "error page")
    assert "500 handler" in EVENTS
