"""Flask-WTF: a FlaskForm with validator chains, an inline validator and validate_on_submit()."""
from flask import Flask, flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField, SubmitField
from wtforms.validators import DataRequired, Email, EqualTo, Length, Regexp, ValidationError

USERS = {"admin": "admin@example.com"}  # stands in for a database table


class RegistrationForm(FlaskForm):  # FlaskForm adds a csrf_token field automatically
    username = StringField("Username", filters=[lambda v: v.strip() if v else v], validators=[
        DataRequired(),
        Length(min=3, max=30),
        Regexp(r"^[a-z0-9_]+$", message="Use lowercase letters, digits and underscores."),
    ])
    email = EmailField("Email", validators=[DataRequired(), Email()])  # needs email-validator
    password = PasswordField("Password", validators=[DataRequired(), Length(min=12)])
    confirm = PasswordField("Repeat password", validators=[
        EqualTo("password", message="Passwords must match."),
    ])
    submit = SubmitField("Create account")

    def validate_username(self, field):  # inline validator: runs after the chain above
        if field.data in USERS:
            raise ValidationError("That username is taken.")


def create_app(**config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", **config)  # no key: RuntimeError on CSRF

    @app.route("/register", methods=["GET", "POST"])
    def register():
        form = RegistrationForm()  # reads request.form (and request.files) by itself
        if form.validate_on_submit():  # a POST/PUT/PATCH/DELETE and every validator passed
            USERS[form.username.data] = form.email.data  # real code: hash the password too
            flash(f"Welcome, {form.username.data}!", "success")
            return redirect(url_for("register"), code=303)
        status = 422 if form.errors else 200
        return render_template("forms_register.html", form=form), status

    return app
