import pytest
import requests
import responses
from responses import matchers

import testing_rates
from testing_rates import create_app

RATES = "https://rates.example.com/latest"


@pytest.fixture
def client():
    return create_app({"TESTING": True}).test_client()


@pytest.fixture
def mocked():
    """Intercept requests: an unregistered call raises ConnectionError, and a registered
    call that never happens fails the test when the block exits."""
    with responses.RequestsMock() as rsps:
        yield rsps


def test_success_and_the_exact_outgoing_request(client, mocked):
    mocked.get(RATES, json={"rates": {"EUR": 0.9}},
               match=[matchers.query_param_matcher({"base": "USD", "symbols": "EUR"})])
    response = client.get("/convert?amount=10&to=eur")
    assert response.get_json() == {"amount": 9.0, "currency": "EUR", "rate": 0.9}
    assert len(mocked.calls) == 1


def test_timeout_becomes_504(client, mocked):
    mocked.get(RATES, body=requests.ConnectTimeout("connect timed out"))
    assert client.get("/convert?amount=10&to=EUR").status_code == 504


@pytest.mark.parametrize("reply", [{"status": 503}, {"json": {"rates": {}}}, {"body": "<html>"}])
def test_upstream_errors_become_502(client, mocked, reply):
    mocked.get(RATES, **reply)                      # error status, missing key, not JSON
    response = client.get("/convert?amount=10&to=EUR")
    assert response.status_code == 502
    assert response.get_json() == {"error": "rates service unavailable"}


def test_nothing_reaches_the_network(client, mocked):
    # No mock registered: responses refuses the call instead of sending it.
    assert client.get("/convert?amount=10&to=EUR").status_code == 502
    assert isinstance(mocked.calls[0].response, requests.ConnectionError)


def test_bad_input_never_calls_out(client, mocked):
    assert client.get("/convert?amount=ten&to=EUR").status_code == 400
    assert len(mocked.calls) == 0


def test_an_unused_mock_fails_the_test():
    with pytest.raises(AssertionError, match="Not all requests have been executed"):
        with responses.RequestsMock() as rsps:
            rsps.get(RATES, json={"rates": {"EUR": 0.9}})


def test_view_logic_alone_with_monkeypatch(client, monkeypatch):
    # Patch the name where the view looks it up: the module attribute testing_rates.fetch_rate.
    monkeypatch.setattr(testing_rates, "fetch_rate", lambda currency: 1.5)
    assert client.get("/convert?amount=10&to=GBP").get_json()["amount"] == 15.0
