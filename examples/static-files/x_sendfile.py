"""Protected downloads: Flask checks access, the web server sends the bytes."""
from urllib.parse import quote

from flask import Flask, Response, abort, current_app, request, send_from_directory
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.security import safe_join

TOKENS = {"s3cret-token": "ada", "guest-token": "guest"}  # stand-in for real authentication
MAY_DOWNLOAD = {"ada"}  # stand-in for a real permission check


def require_download_permission():
    user = TOKENS.get(request.headers.get("Authorization", "").removeprefix("Bearer "))
    if user is None:  # no or unknown credentials: 401, and say which scheme to use
        abort(401, www_authenticate=WWWAuthenticate("Bearer"))
    if user not in MAY_DOWNLOAD:  # known user, not allowed: 403 (retrying will not help)
        abort(403)
    return user


def create_app(files_dir):
    app = Flask(__name__)
    app.config["FILES_DIR"] = files_dir

    @app.get("/files/<path:name>")
    def download(name):
        require_download_permission()
        # With USE_X_SENDFILE the body is empty and X-Sendfile carries the path:
        # Apache (mod_xsendfile) or lighttpd then reads and sends the file.
        return send_from_directory(current_app.config["FILES_DIR"], name, as_attachment=True)

    @app.get("/nginx/files/<path:name>")
    def download_via_nginx(name):
        require_download_permission()
        if safe_join(current_app.config["FILES_DIR"], name) is None:
            abort(404)  # still validate: nginx would resolve the path as given
        response = Response(mimetype="application/octet-stream")
        # nginx maps this URI to an `internal` location and streams the file itself.
        response.headers["X-Accel-Redirect"] = "/_protected/" + quote(name)
        response.headers.set("Content-Disposition", "attachment", filename=name.rsplit("/", 1)[-1])
        return response

    return app
