import pytest

from tpl_streaming import app


def test_the_page_arrives_in_many_chunks():
    response = app.test_client().get("/orders/export", buffered=False)
    try:
        assert response.is_streamed
        assert response.headers["X-Accel-Buffering"] == "no"
        chunks = list(response.response)
    finally:
        response.close()
    assert len(chunks) > 1000  # Jinja yields small pieces as it renders
    html = b"".join(chunks).decode()
    assert html.count("<tr>") == 1000
    assert "<td>1000</td><td>/orders/export</td>" in html  # request context was kept


def test_an_error_mid_stream_cannot_change_the_status():
    response = app.test_client().get("/orders/export-broken", buffered=False)
    received = []
    try:
        assert response.status_code == 200  # already decided before rendering started
        with pytest.raises(ConnectionError, match="database connection lost"):
            for chunk in response.response:
                received.append(chunk)
    finally:
        response.close()
    html = b"".join(received).decode()
    assert "<td>2</td>" in html  # the client got a truncated page with a 200
    assert "</table>" not in html
