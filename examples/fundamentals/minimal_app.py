from flask import Flask, make_response  # 1. import the application class

app = Flask(__name__)  # 2. the WSGI app; __name__ tells Flask where this module lives


@app.route("/")  # 3. bind the URL rule "/" to the function below (endpoint "index")
def index():
    return "Hello, World!"  # 4. str -> 200, text/html; charset=utf-8


@app.route("/api/status")
def status():
    return {"status": "ok"}  # dict (or list) -> JSON response


@app.route("/items", methods=["POST"])
def create_item():
    return {"id": 1}, 201, {"Location": "/items/1"}  # (body, status, headers)


@app.route("/robots.txt")
def robots():
    response = make_response("User-agent: *\nDisallow:\n")  # full control: a Response
    response.mimetype = "text/plain"
    return response


@app.route("/oops")
def oops():
    print("forgot to return")  # returns None: Flask raises TypeError (500)


if __name__ == "__main__":  # 5. only when run as `python minimal_app.py`, not on import
    app.run(debug=True)  # development server with debugger + reloader; never in production
