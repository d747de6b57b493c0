import os
import pathlib
import re
import subprocess
import sys
import time
import urllib.request

from hello import app

HERE = pathlib.Path(__file__).parent


def terminal_env():
    env = {k: v for k, v in os.environ.items() if k not in ("FLASK_APP", "FLASK_DEBUG")}
    return {**env, "FLASK_SKIP_DOTENV": "1", "PYTHONUNBUFFERED": "1"}


def test_index_returns_text():
    response = app.test_client().get("/")
    assert response.status_code == 200
    assert response.text == "Hello, Flask!"
    assert response.mimetype == "text/html"  # a str body defaults to text/html


def test_template_is_rendered_and_escaped():
    response = app.test_client().get("/hello/<script>")
    assert response.status_code == 200
    assert "<p>Hello, &lt;script&gt;!</p>" in response.text  # Jinja autoescapes .html


def test_flask_command_finds_the_app():
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "hello", "routes"],  # = `flask --app hello routes`
        cwd=HERE, env=terminal_env(), capture_output=True, text=True, timeout=30,
    )
    assert result.returncode == 0, result.stderr
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines == (HERE / "hello_routes.txt").read_text().splitlines()


def test_dev_server_serves_the_app():
    # Port 0 asks the OS for a free port; `flask run` prints the address it got.
    server = subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "hello", "run", "--port", "0"],
        cwd=HERE, env=terminal_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        lines, deadline = [], time.monotonic() + 15
        while time.monotonic() < deadline and server.poll() is None:
            lines.append(server.stdout.readline().rstrip())
            if lines[-1].startswith("Press CTRL+C"):
                break
        url = re.search(r"Running on (http://127\.0\.0\.1:\d+)", "\n".join(lines)).group(1)
        no_proxy = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with no_proxy.open(url + "/", timeout=10) as response:
            assert response.read() == b"Hello, Flask!"
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stdout.close()
    # Same banner as on the page, apart from the port the OS picked.
    shown = (HERE / "hello_run_output.txt").read_text().splitlines()
    assert [re.sub(r":\d+$", ":5000", line) for line in lines] == shown
