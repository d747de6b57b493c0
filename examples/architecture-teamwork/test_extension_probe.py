from flask_caching import Cache

from extension_probe import probe_extension


def test_flask_caching_fits_a_factory():
    findings = probe_extension(Cache, {"CACHE_TYPE": "SimpleCache"},
                               {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 5})
    assert findings == {"unbound_construction": True, "state_in_app_extensions": True}


class NeedsAppUpFront:
    """Typical of an unmaintained extension: the app is required up front, no init_app."""

    def __init__(self, app):
        """Would store the one app it can ever serve."""


class KeepsStateOnItself:
    def __init__(self):
        self.settings = None

    def init_app(self, app):
        self.settings = app.config  # the second app overwrites the first


def test_extensions_that_do_not_fit_are_flagged():
    assert probe_extension(NeedsAppUpFront, {}, {}) == {"unbound_construction": False}
    findings = probe_extension(KeepsStateOnItself, {}, {})
    assert findings["state_in_app_extensions"] is False
