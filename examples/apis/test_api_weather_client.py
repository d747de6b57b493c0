import socket
import threading

import pytest
import requests
import responses

from api_weather_client import UpstreamError, WeatherClient, create_app, fetch_weather_naive

URL = "https://weather.example.com/v1/current"


@pytest.fixture
def mocked():
    with responses.RequestsMock() as rsps:  # no real network; unmatched calls fail
        yield rsps


@pytest.fixture
def client():
    app = create_app(WEATHER_API_KEY="test-key")
    yield app.test_client()
    app.extensions["weather"].session.close()


def test_success_sends_key_and_timeout_and_maps_the_payload(mocked, client):
    call = mocked.get(URL, json={"current": {"temp_c": 18.5}})
    assert client.get("/api/weather/Oslo").json == {"city": "Oslo", "celsius": 18.5}
    request = call.calls[0].request
    assert request.headers["Authorization"] == "Bearer test-key"
    assert request.params == {"q": "Oslo"}
    assert request.req_kwargs["timeout"] == (3.05, 10)


def test_unknown_city_is_our_404(mocked, client):
    mocked.get(URL, status=404)
    assert client.get("/api/weather/Atlantis").status_code == 404


@pytest.mark.parametrize(("upstream", "ours"), [(500, 503), (503, 503), (429, 503), (401, 502)])
def test_provider_errors_become_clear_gateway_errors(mocked, client, upstream, ours):
    mocked.get(URL, status=upstream, json={"secret_debug": "provider internals"})
    response = client.get("/api/weather/Oslo")
    assert response.status_code == ours
    assert "provider internals" not in response.text


def test_timeouts_and_connection_errors(mocked, client):
    mocked.get(URL, body=requests.ReadTimeout())
    assert client.get("/api/weather/Oslo").status_code == 504
    mocked.replace(responses.GET, URL, body=requests.ConnectionError())
    assert client.get("/api/weather/Oslo").status_code == 502


@pytest.mark.parametrize("payload", [{"current": {}}, {"current": None}, "not json"])
def test_unexpected_payloads_are_502_not_500(mocked, client, payload):
    if isinstance(payload, str):
        mocked.get(URL, body=payload)
    else:
        mocked.get(URL, json=payload)
    assert client.get("/api/weather/Oslo").status_code == 502


@pytest.fixture
def silent_server():
    """A real local socket that accepts connections but never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    yield server
    server.close()


def test_requests_has_no_default_timeout(silent_server):
    url = f"http://127.0.0.1:{silent_server.getsockname()[1]}/"
    outcome = {}

    def call_naive():
        try:
            fetch_weather_naive(url)
        except requests.ConnectionError as error:
            outcome["error"] = error

    worker = threading.Thread(target=call_naive)
    worker.start()
    worker.join(timeout=1.0)
    assert worker.is_alive()  # a second later, the naive call is still waiting
    silent_server.close()  # resets the queued connection: only this ends the call
    worker.join(timeout=5)
    assert not worker.is_alive() and "error" in outcome


def test_a_read_timeout_gives_up_quickly(silent_server):
    port = silent_server.getsockname()[1]
    weather = WeatherClient(f"http://127.0.0.1:{port}", "key", timeout=(0.5, 0.2))
    with pytest.raises(UpstreamError) as raised:
        weather.current("Oslo")
    weather.session.close()
    assert raised.value.status == 504
