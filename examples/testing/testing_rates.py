"""A view that depends on an outside HTTP API: the kind of code tests must not let reach
the network."""
import requests
from flask import Flask, current_app, request

TIMEOUT = (3.05, 5)      # connect, read: never call out without a timeout


def fetch_rate(currency: str) -> float:
    response = requests.get(
        f"{current_app.config['RATES_URL']}/latest",
        params={"base": "USD", "symbols": currency},
        timeout=TIMEOUT,
    )
    response.raise_for_status()
    return float(response.json()["rates"][currency])


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(RATES_URL="https://rates.example.com")
    app.config.update(config or {})

    @app.get("/convert")
    def convert():
        amount = request.args.get("amount", type=float)
        currency = request.args.get("to", "").upper()
        if amount is None or not currency.isalpha() or len(currency) != 3:
            return {"error": "amount and a three-letter currency are required"}, 400
        try:
            rate = fetch_rate(currency)
        except requests.Timeout:
            return {"error": "rates service timed out"}, 504
        except (requests.RequestException, KeyError, ValueError):
            return {"error": "rates service unavailable"}, 502
        return {"amount": round(amount * rate, 2), "currency": currency, "rate": rate}

    return app
