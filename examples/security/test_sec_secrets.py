import logging

import pytest

from sec_secrets import MissingSecret, create_app, read_secret

ENV = {"SHOP_SECRET_KEY": "5f1c0e-session-key", "SHOP_PAYMENT_API_KEY": "pk_live_abc123"}


def test_secrets_come_from_the_environment():
    app = create_app(ENV)
    assert app.secret_key == "5f1c0e-session-key"
    assert app.config["PAYMENT_API_KEY"] == "pk_live_abc123"


def test_a_mounted_secret_file_wins(tmp_path):
    secret_file = tmp_path / "payment_api_key"
    secret_file.write_text("pk_live_from_file\n", encoding="utf-8")
    environ = {**ENV, "SHOP_PAYMENT_API_KEY_FILE": str(secret_file)}
    assert read_secret("SHOP_PAYMENT_API_KEY", environ) == "pk_live_from_file"


def test_a_missing_secret_stops_the_app_from_starting():
    with pytest.raises(MissingSecret, match="SHOP_PAYMENT_API_KEY or SHOP_PAYMENT_API_KEY_FILE"):
        create_app({"SHOP_SECRET_KEY": "x"})
    with pytest.raises(MissingSecret):
        read_secret("SHOP_SECRET_KEY", {"SHOP_SECRET_KEY": ""})  # empty counts as missing


def test_log_lines_are_redacted(caplog):
    app = create_app(ENV)
    with caplog.at_level(logging.WARNING):
        assert app.test_client().get("/pay").text == "queued"
    assert caplog.messages == ["payment call failed: https://payments.example/charge?key=[redacted]"]
    assert "pk_live_abc123" not in caplog.text
