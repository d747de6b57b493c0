from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "served by Werkzeug's development server"


if __name__ == "__main__":
    # `python dev_server.py`: options live in code
    app.run(host="127.0.0.1", port=8000, debug=True)
