import pytest
from werkzeug.exceptions import BadRequestKeyError

from unhandled_errors import REPORTED, create_app, fragile, late


@pytest.fixture(autouse=True)
def clear_reports():
    REPORTED.clear()


def test_production_logs_reports_and_calls_the_500_handler(caplog):
    client = create_app().test_client()
    assert client.get("/divide/4").json == {"result": 25.0}
    response = client.get("/divide/0")
    assert (response.status_code, response.text) == (500, "500 page (cause: ZeroDivisionError)")
    assert REPORTED == ["ZeroDivisionError('division by zero')"]  # signal first
    assert caplog.records[-1].getMessage() == "Exception on /divide/0 [GET]"


def test_abort_500_has_no_original_exception():
    response = create_app().test_client().get("/maintenance")
    assert response.text == "500 page (cause: NoneType)"
    assert REPORTED == []  # abort() is a handled HTTP error, not an unhandled one


@pytest.mark.parametrize("config", [{"TESTING": True}, {"DEBUG": True},
                                    {"PROPAGATE_EXCEPTIONS": True}])
def test_propagation_re_raises_instead(config):
    with pytest.raises(ZeroDivisionError):
        create_app(**config).test_client().get("/divide/0")
    assert len(REPORTED) == 1  # the signal is sent before re-raising


def test_propagation_can_be_switched_off_in_tests():
    app = create_app(TESTING=True, PROPAGATE_EXCEPTIONS=False)
    assert app.test_client().get("/divide/0").status_code == 500


def test_a_failing_500_handler_escapes_to_the_server():
    with pytest.raises(RuntimeError, match="the error page itself is broken"):
        fragile.test_client().get("/boom")


def test_errors_after_the_view_skip_the_exception_handler():
    assert late.test_client().get("/in-view").text == "Exception handler"
    assert late.test_client().get("/bad-return").text == "500 handler: TypeError"


def test_bad_request_key_error_message():
    assert create_app().test_client().get("/search").status_code == 400
    # Debug mode traps it: you get the KeyError with its traceback in the debugger.
    with pytest.raises(BadRequestKeyError, match="'q'"):
        create_app(DEBUG=True).test_client().get("/search")
    # Not trapped, but the key is shown in the 400 page.
    shown = create_app(DEBUG=True, TRAP_BAD_REQUEST_ERRORS=False).test_client().get("/search")
    assert (shown.status_code, "KeyError: &#39;q&#39;" in shown.text) == (400, True)


@pytest.mark.parametrize("config", [{"TRAP_BAD_REQUEST_ERRORS": True},
                                    {"TRAP_HTTP_EXCEPTIONS": True}])
def test_trap_settings_turn_unhandled_http_errors_into_500s_in_production(config):
    assert create_app(**config).test_client().get("/search").status_code == 500  # no 400 handler


def test_a_trapped_http_error_still_goes_to_its_handler():
    response = create_app(TRAP_HTTP_EXCEPTIONS=True).test_client().get("/no-such-page")
    assert (response.status_code, response.text) == (404, "404 page")
