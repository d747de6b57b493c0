from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"


app.run()  # anti-pattern: no __main__ guard, so importing this module starts a server
