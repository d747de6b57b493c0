"""stream_template: send a large page piece by piece instead of building it in memory."""
from flask import Flask, request, stream_template

app = Flask(__name__)


def fetch_orders(count, fail_at=None):
    """Stands in for a database cursor that yields rows one at a time."""
    for number in range(1, count + 1):
        if number == fail_at:
            raise ConnectionError("database connection lost")
        # request still works here: Flask keeps the request context while streaming.
        yield {"number": number, "path": request.path}


@app.get("/orders/export")
def export_orders():
    stream = stream_template("streaming/orders.html", orders=fetch_orders(1000))
    # Headers and status are sent before the first chunk, so set them here.
    # X-Accel-Buffering tells nginx not to buffer the response.
    return app.response_class(stream, headers={"X-Accel-Buffering": "no"})


@app.get("/orders/export-broken")
def export_orders_broken():
    return stream_template("streaming/orders.html", orders=fetch_orders(5, fail_at=3))
