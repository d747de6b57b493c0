"""Mass assignment: copying request JSON onto a model lets clients set any column."""
from flask import Flask, abort, request, session
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Account(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(80), default="")
    is_admin: Mapped[bool] = mapped_column(default=False)
    credit: Mapped[int] = mapped_column(default=0)

    def to_public_dict(self):  # the output side needs a list of fields too
        return {"id": self.id, "email": self.email, "display_name": self.display_name}


app = Flask(__name__)
app.config["SECRET_KEY"] = "test-only-key"
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db.init_app(app)

SIGNUP_FIELDS = {"email", "display_name"}
PROFILE_FIELDS = {"display_name"}


def only(allowed):
    data = request.get_json()
    if not isinstance(data, dict):
        abort(400)
    if unknown := sorted(data.keys() - allowed):
        abort(400, description=f"unknown fields: {', '.join(unknown)}")
    if not all(isinstance(value, str) for value in data.values()):
        abort(400, description="fields must be strings")
    return data


@app.post("/unsafe/signup")
def signup_unsafe():
    account = Account(**request.get_json())  # Anti-pattern: every column is settable
    db.session.add(account)
    db.session.commit()
    session["account_id"] = account.id
    return account.to_public_dict(), 201


@app.patch("/unsafe/me")
def update_me_unsafe():
    account = db.get_or_404(Account, session["account_id"])
    for key, value in request.get_json().items():  # Anti-pattern, same problem
        setattr(account, key, value)
    db.session.commit()
    return account.to_public_dict()


@app.post("/signup")
def signup():
    account = Account(**only(SIGNUP_FIELDS))  # safe: the keys were checked
    db.session.add(account)
    db.session.commit()
    session["account_id"] = account.id
    return account.to_public_dict(), 201


@app.patch("/me")
def update_me():
    account = db.get_or_404(Account, session["account_id"])
    for key, value in only(PROFILE_FIELDS).items():
        setattr(account, key, value)
    db.session.commit()
    return account.to_public_dict()
