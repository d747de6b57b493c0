"""abort() and HTTPException: ending a request with an HTTP error."""
from flask import Flask, abort, jsonify, make_response
from werkzeug.exceptions import Conflict, HTTPException

app = Flask(__name__)
BOOKS = {1: {"title": "Flask Web Development", "stock": 3}, 2: {"title": "Old Guide", "stock": 0}}


class OutOfStock(HTTPException):
    code = 409
    description = "This book is out of stock."


@app.get("/books/<int:book_id>")
def show_book(book_id):
    book = BOOKS.get(book_id)
    if book is None:
        abort(404)  # raises NotFound; nothing after this line runs
    return book


@app.post("/books/<int:book_id>/reserve")
def reserve(book_id):
    if book_id not in BOOKS:
        abort(404, description=f"No book with id {book_id}.")
    if BOOKS[book_id]["stock"] == 0:
        raise OutOfStock()  # your own HTTPException subclass
    return {"reserved": book_id}


@app.delete("/books/<int:book_id>")
def delete_book(book_id):
    raise Conflict("Books with open orders cannot be deleted.")  # a Werkzeug class


@app.get("/api/books/<int:book_id>")
def api_book(book_id):
    if book_id not in BOOKS:
        abort(jsonify(error="not found", id=book_id), 404)  # bug: the 404 is ignored
    return BOOKS[book_id]


@app.get("/api/v2/books/<int:book_id>")
def api_book_v2(book_id):
    if book_id not in BOOKS:
        abort(make_response({"error": "not found", "id": book_id}, 404))  # sent as it is
    return BOOKS[book_id]
