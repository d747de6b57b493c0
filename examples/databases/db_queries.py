"""Querying with Flask-SQLAlchemy 3.1 the SQLAlchemy 2.x way: select() and the session."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Product(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(20), unique=True)
    category: Mapped[str] = mapped_column(String(40))
    price: Mapped[int]  # cents


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db.init_app(app)


def product_json(p):
    return {"id": p.id, "sku": p.sku, "price": p.price}


@app.get("/products/<int:product_id>")
def product(product_id):
    return product_json(db.get_or_404(Product, product_id))  # session.get() or 404


@app.get("/products/sku/<sku>")
def product_by_sku(sku):
    return product_json(db.one_or_404(select(Product).where(Product.sku == sku)))


@app.get("/products")
def products():
    # page and per_page come from the query string; max_per_page caps per_page (no cap without it)
    page = db.paginate(select(Product).order_by(Product.id), max_per_page=50)
    return {
        "items": [p.sku for p in page.items],
        "page": page.page, "per_page": page.per_page, "pages": page.pages,
        "total": page.total, "next": page.next_num,
    }


def cheap_in(category, limit):
    stmt = (select(Product)
            .where(Product.category == category, Product.price < limit)
            .order_by(Product.price))
    return db.session.scalars(stmt).all()  # scalars(): the Product objects, not Row tuples


def count_by_category():
    stmt = (select(Product.category, func.count())
            .group_by(Product.category)
            .order_by(Product.category))
    return db.session.execute(stmt).all()  # execute(): Row tuples
