"""Content negotiation: Accept picks the response format, Content-Type describes the body."""
import csv
import io

from flask import Flask, make_response, request
from werkzeug.exceptions import NotAcceptable

app = Flask(__name__)
FIELDS = ["sensor", "celsius"]
READINGS = [{"sensor": "roof", "celsius": 21.5}, {"sensor": "cellar", "celsius": 12.0}]
OFFERED = ["application/json", "text/csv"]  # the first one is the default


def to_csv(rows):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@app.get("/api/readings")
def list_readings():
    accept = request.accept_mimetypes
    # No Accept header means "anything"; best_match() would return None for it.
    chosen = accept.best_match(OFFERED) if accept else OFFERED[0]
    if chosen is None:
        raise NotAcceptable(f"Available: {', '.join(OFFERED)}")
    if chosen == "text/csv":
        response = make_response(to_csv(READINGS))
        response.mimetype = "text/csv"
    else:
        response = make_response(READINGS)  # a list: serialized as JSON
    response.vary.add("Accept")  # caches must key on Accept, not only on the URL
    return response


@app.post("/api/readings")
def add_readings():
    if request.mimetype == "text/csv":
        text = request.get_data(as_text=True)
        rows = [{"sensor": r["sensor"], "celsius": float(r["celsius"])}
                for r in csv.DictReader(io.StringIO(text))]
    elif request.is_json:  # application/json and application/*+json
        rows = request.get_json()
    else:
        return ({"error": "Send application/json or text/csv."}, 415,
                {"Accept-Post": ", ".join(OFFERED)})
    READINGS.extend(rows)
    return {"added": len(rows)}, 201
