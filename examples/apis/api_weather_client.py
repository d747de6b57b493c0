"""A third-party API behind a small client class: timeouts, status checks, clear errors."""
import requests
from flask import Flask, abort, current_app


class UpstreamError(Exception):
    """The provider failed; carries the status *our* client should see (502/503/504)."""

    def __init__(self, message, status=502):
        super().__init__(message)
        self.status = status


class WeatherClient:
    def __init__(self, base_url, api_key, *, timeout=(3.05, 10), session=None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout  # (connect, read) seconds; requests has no default
        self.session = session or requests.Session()  # reuses TCP/TLS connections
        self.session.headers.update({"Authorization": f"Bearer {api_key}",
                                     "Accept": "application/json"})

    def current(self, city):
        """{"city", "celsius"} for a known city, None for an unknown one."""
        try:
            response = self.session.get(f"{self.base_url}/v1/current", params={"q": city},
                                        timeout=self.timeout)
        except requests.Timeout as error:  # before ConnectionError: ConnectTimeout is both
            raise UpstreamError("weather provider timed out", 504) from error
        except requests.ConnectionError as error:
            raise UpstreamError("weather provider unreachable") from error
        if response.status_code == 404:
            return None
        if response.status_code == 429 or response.status_code >= 500:
            raise UpstreamError(f"weather provider unavailable ({response.status_code})", 503)
        if not response.ok:  # 400/401/403: our request or our key is wrong
            current_app.logger.error("weather provider refused us: %s", response.status_code)
            raise UpstreamError("weather provider refused the request")
        try:
            return {"city": city, "celsius": float(response.json()["current"]["temp_c"])}
        except (ValueError, KeyError, TypeError) as error:  # not JSON, or a changed shape
            raise UpstreamError("weather provider sent an unexpected response") from error


def fetch_weather_naive(url):
    # Anti-pattern: no timeout (wait forever), no status check, provider errors leak as 500s.
    return requests.get(url).json()


def create_app(**config):
    app = Flask(__name__)
    app.config.update(WEATHER_URL="https://weather.example.com", **config)
    app.extensions["weather"] = WeatherClient(app.config["WEATHER_URL"],
                                              app.config["WEATHER_API_KEY"])

    @app.errorhandler(UpstreamError)
    def upstream_failed(error):
        return {"error": str(error)}, error.status

    @app.get("/api/weather/<city>")
    def weather(city):
        result = app.extensions["weather"].current(city)
        if result is None:
            abort(404)
        return result

    return app
