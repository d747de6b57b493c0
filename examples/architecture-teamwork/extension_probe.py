"""A spike to run before adopting a Flask extension: does it fit an app factory?"""
from flask import Flask


def probe_extension(make_extension, config_a, config_b):
    """Create the extension unbound, attach it to two apps, report what happened."""
    findings = {}
    try:
        ext = make_extension()  # no app yet, as a factory-based project needs
    except TypeError:
        return {"unbound_construction": False}
    findings["unbound_construction"] = True

    apps = [Flask("probe_a"), Flask("probe_b")]
    for app, config in zip(apps, (config_a, config_b)):
        app.config.update(config)
        ext.init_app(app)
    findings["state_in_app_extensions"] = all(app.extensions for app in apps)
    return findings
