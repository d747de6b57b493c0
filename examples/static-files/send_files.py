"""send_file and send_from_directory: downloads, in-memory files, path safety."""
import io
import os

from flask import Flask, abort, current_app, send_file, send_from_directory
from werkzeug.security import safe_join


def create_app(reports_dir):
    app = Flask(__name__)
    app.config["REPORTS_DIR"] = reports_dir  # trusted: set by us, never by the client

    @app.get("/reports/<path:name>")
    def report(name):
        # safe_join inside: "../" or absolute paths become a 404, and so do missing files.
        return send_from_directory(current_app.config["REPORTS_DIR"], name, as_attachment=True)

    @app.get("/unsafe/<path:name>")
    def report_unsafe(name):
        return send_file(os.path.join(current_app.config["REPORTS_DIR"], name))  # traversal!

    @app.get("/previews/<path:name>")
    def preview(name):
        path = safe_join(current_app.config["REPORTS_DIR"], name)  # None if it escapes
        if path is None or not os.path.isfile(path):
            abort(404)
        return send_file(path, mimetype="text/plain")  # inline, with a fixed type

    @app.get("/invoices/<int:number>.csv")
    def invoice(number):
        data = io.BytesIO(f"invoice,{number}\ntotal,42.00\n".encode())
        return send_file(data, mimetype="text/csv", as_attachment=True,
                         download_name=f"Rechnung-{number}-März.csv")

    return app
