import json
import pathlib
import re
import runpy
import urllib.request

import pytest

from deploy_app import create_app

HERE = pathlib.Path(__file__).parent
SITE = HERE / "nginx_site.conf"
# What nginx_site.conf sends for https://shop.example.com/request-info from 203.0.113.7.
FROM_NGINX = {
    "Host": "shop.example.com",
    "X-Forwarded-For": "203.0.113.7",
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "shop.example.com",
}
BEHIND_NGINX = {
    "scheme": "https",
    "host": "shop.example.com",
    "remote_addr": "203.0.113.7",
    "external_url": "https://shop.example.com/request-info",
}


def test_nginx_accepts_the_site_config(nginx_check):
    result = nginx_check(SITE)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


def test_nginx_check_catches_a_broken_config(nginx_check, tmp_path):
    broken = tmp_path / "broken.conf"
    text = SITE.read_text()
    broken.write_text(text.replace("proxy_pass http://flask_app;", "proxy_pass http://flask_app"))
    assert nginx_check(broken).returncode == 1


def test_the_config_matches_gunicorn_and_proxyfix(monkeypatch):
    for name in ("GUNICORN_BIND", "GUNICORN_TIMEOUT", "GUNICORN_KEEPALIVE"):
        monkeypatch.delenv(name, raising=False)
    conf = runpy.run_path(str(HERE / "gunicorn_conf.py"))
    site = SITE.read_text()
    assert re.search(r"server 127\.0\.0\.1:(\d+);", site)[1] == conf["bind"].rsplit(":", 1)[1]
    assert int(re.search(r"proxy_read_timeout (\d+)s;", site)[1]) > conf["timeout"]
    assert int(re.search(r"keepalive_timeout (\d+)s;", site)[1]) < conf["keepalive"]
    assert set(re.findall(r"proxy_set_header (X-Forwarded-\w+)", site)) == {
        "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host"}


def test_proxyfix_with_one_hop_uses_what_nginx_sent():
    app = create_app({"PROXY_HOPS": 1})
    client = app.test_client()
    assert client.get("/request-info", headers=FROM_NGINX).get_json() == BEHIND_NGINX
    # A client forging X-Forwarded-For: nginx appends the real address, ProxyFix takes it.
    forged = {**FROM_NGINX, "X-Forwarded-For": "10.0.0.1, 203.0.113.7"}
    assert client.get("/request-info", headers=forged).get_json()["remote_addr"] == "203.0.113.7"
    app.extensions["deploy_engine"].dispose()


def test_without_proxyfix_the_headers_are_ignored():
    app = create_app()
    info = app.test_client().get("/request-info", headers=FROM_NGINX).get_json()
    assert info["scheme"] == "http" and info["remote_addr"] == "127.0.0.1"
    assert info["external_url"] == "http://shop.example.com/request-info"
    app.extensions["deploy_engine"].dispose()


def request_info(base):
    request = urllib.request.Request(base + "/request-info", headers=FROM_NGINX)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


@pytest.mark.parametrize("env, expected", [
    # ProxyFix in the app: everything nginx forwarded is applied.
    ({"APP_PROXY_HOPS": "1"}, BEHIND_NGINX),
    # Gunicorn alone trusts X-Forwarded-Proto from forwarded_allow_ips, and nothing else.
    ({}, {**BEHIND_NGINX, "remote_addr": "127.0.0.1"}),
    # ... and only from those addresses: here the proxy is "10.0.0.5", not us.
    ({"FORWARDED_ALLOW_IPS": "10.0.0.5"},
     {**BEHIND_NGINX, "scheme": "http", "remote_addr": "127.0.0.1",
      "external_url": "http://shop.example.com/request-info"}),
])
def test_real_gunicorn_behind_a_simulated_nginx(gunicorn, monkeypatch, env, expected):
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    base = gunicorn("deploy_app:create_app()", cwd=HERE, config=HERE / "gunicorn_conf.py",
                    env={"WEB_CONCURRENCY": "1", **env})
    assert request_info(base) == expected
