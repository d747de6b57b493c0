"""The server fixtures start real servers: Redis answers, Gunicorn serves an app, nginx -t judges."""
from __future__ import annotations

import urllib.request


def test_redis_fixture_is_a_real_empty_server(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url)
    assert client.ping() is True
    assert client.dbsize() == 0
    client.set("greeting", "hello")
    assert client.get("greeting") == b"hello"
    assert client.info("server")["tcp_port"] == int(redis_url.rsplit(":", 1)[1].split("/")[0])
    client.close()


def test_gunicorn_fixture_serves_an_app(gunicorn, tmp_path):
    (tmp_path / "tiny_app.py").write_text(
        "from flask import Flask\napp = Flask(__name__)\n\n@app.get('/')\ndef index():\n    return 'served'\n")
    base = gunicorn("tiny_app:app", cwd=tmp_path, args=("--workers", "2"))
    with urllib.request.urlopen(base + "/", timeout=10) as response:
        assert response.read() == b"served"
        assert response.headers["Server"].startswith("gunicorn")
    assert "Booting worker" in gunicorn.output()


def test_nginx_check_accepts_good_and_rejects_bad_config(nginx_check, tmp_path):
    good = tmp_path / "good.conf"
    good.write_text("server {\n  listen 127.0.0.1:8080;\n  location / { proxy_pass http://127.0.0.1:8000; }\n}\n")
    bad = tmp_path / "bad.conf"
    bad.write_text("server {\n  listen 127.0.0.1:8080;\n  proxy_pass http://127.0.0.1:8000;\n}\n")
    ok = nginx_check(good)
    assert ok.returncode == 0, ok.stderr
    assert "syntax is ok" in ok.stderr
    failed = nginx_check(bad)
    assert failed.returncode != 0
    assert '"proxy_pass" directive is not allowed here' in failed.stderr
