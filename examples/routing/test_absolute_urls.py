import pytest
from flask import url_for

from absolute_urls import PRODUCTION, create_app, invoice_email


def test_in_a_request_the_request_supplies_host_and_scheme():
    client = create_app().test_client()
    assert client.get("/invoices/7").json == {"self": "http://localhost/invoices/7"}
    response = client.get("/invoices/7", base_url="https://shop.test")
    assert response.json == {"self": "https://shop.test/invoices/7"}


def test_outside_a_request_without_server_name_it_raises():
    app = create_app()
    with pytest.raises(RuntimeError, match="without 'SERVER_NAME' configured"):
        invoice_email(app, 7)
    result = app.test_cli_runner().invoke(args=["invoice-link", "7"])
    assert isinstance(result.exception, RuntimeError)


def test_outside_a_request_with_server_name():
    app = create_app(PRODUCTION)
    expected = "https://billing.example.com/app/invoices/7"
    assert invoice_email(app, 7) == f"Your invoice: {expected}"
    assert app.test_cli_runner().invoke(args=["invoice-link", "7"]).output == expected + "\n"
    with app.app_context():
        assert url_for("invoice", invoice_id=7, _external=False) == "/app/invoices/7"


def test_without_an_app_context_at_all():
    create_app(PRODUCTION)
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        url_for("invoice", invoice_id=7)


def test_scheme_override_needs_external():
    app = create_app()
    with app.test_request_context():
        assert url_for("invoice", invoice_id=1, _scheme="https") == "https://localhost/invoices/1"
        with pytest.raises(ValueError, match="'_external' must be True"):
            url_for("invoice", invoice_id=1, _scheme="https", _external=False)


def test_flask_3_1_server_name_does_not_reject_other_hosts():
    app = create_app({"SERVER_NAME": "billing.example.com"})
    response = app.test_client().get("/invoices/7", base_url="http://10.0.0.5:8000")
    assert response.status_code == 200  # Flask 3.0 answered 404 here
    # Inside a request, SERVER_NAME still wins over the Host header for the host part.
    assert response.json == {"self": "http://billing.example.com/invoices/7"}


def test_behind_a_proxy():
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-Host": "billing.example.com"}
    naive = create_app().test_client().get("/invoices/7", headers=headers)
    assert naive.json == {"self": "http://localhost/invoices/7"}  # proxy headers ignored
    fixed = create_app(behind_proxy=True).test_client().get("/invoices/7", headers=headers)
    assert fixed.json == {"self": "https://billing.example.com/invoices/7"}


def test_trusted_hosts_is_how_to_reject_other_hosts():
    client = create_app({"TRUSTED_HOSTS": ["billing.example.com"]}).test_client()
    assert client.get("/invoices/7", base_url="https://billing.example.com").status_code == 200
    assert client.get("/invoices/7", base_url="http://10.0.0.5:8000").status_code == 400
