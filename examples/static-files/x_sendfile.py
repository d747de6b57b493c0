"""Protected downloads: Flask checks access, the web server sends the bytes."""
from urllib.parse import quote

from flask import Flask, Response, abort, current_app, request, send_from_directory
from werkzeug.security import safe_join

TOKENS = {"s3cret-token": "ada"}  # stand-in for real authentication


def require_user():
    user = TOKENS.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    if user is None:
        abort(403)
    return user


def create_app(files_dir):
    app = Flask(__name__)
    app.config["FILES_DIR"] = files_dir

    @app.get("/files/<path:name>")
    def download(name):
        require_user()
        # With USE_X_SENDFILE the body is empty and X-Sendfile carries the path:
        # Apache (mod_xsendfile) or lighttpd then reads and sends the file.
        return send_from_directory(current_app.config["FILES_DIR"], name, as_attachment=True)

    @app.get("/nginx/files/<path:name>")
    def download_via_nginx(name):
        require_user()
        if safe_join(current_app.config["FILES_DIR"], name) is None:
            abort(404)  # still validate: nginx would resolve the path as given
        response = Response(mimetype="application/octet-stream")
        # nginx maps this URI to an `internal` location and streams the file itself.
        response.headers["X-Accel-Redirect"] = "/_protected/" + quote(name)
        response.headers.set("Content-Disposition", "attachment", filename=name.rsplit("/", 1)[-1])
        return response

    return app
