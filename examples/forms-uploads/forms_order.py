"""A variable number of rows: FieldList(FormField(...)) plus choices set per request."""
from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import Form, IntegerField, SelectField, StringField
from wtforms.fields import FieldList, FormField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange

PRODUCTS = {1: "Keyboard", 2: "Mouse", 3: "Monitor"}  # from the database in a real app
MAX_ROWS = 20


class ItemForm(Form):  # a plain wtforms.Form: a FlaskForm here would want a CSRF token per row
    product = SelectField("Product", coerce=int)  # choices are set per request
    # InputRequired, not DataRequired: DataRequired treats 0 as missing.
    quantity = IntegerField("Quantity", validators=[InputRequired(), NumberRange(1, 99)])


class OrderForm(FlaskForm):
    customer = StringField("Customer", validators=[DataRequired()])
    items = FieldList(
        FormField(ItemForm),
        min_entries=1,  # always render at least one row
        max_entries=MAX_ROWS + 1,  # stop building rows early; extra input is dropped silently
        validators=[Length(min=1, max=MAX_ROWS, message=f"Between 1 and {MAX_ROWS} items.")],
    )


def make_order_form():
    form = OrderForm()
    choices = [(pid, name) for pid, name in PRODUCTS.items()]
    for entry in form.items:  # rows exist once the form has read the request
        entry.form.product.choices = choices
    return form


def row_template():
    """One empty row whose field names contain __index__; JavaScript replaces it."""
    row = ItemForm(prefix="items-__index__-")
    row.product.choices = [(pid, name) for pid, name in PRODUCTS.items()]
    return row


def create_app(**config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", **config)

    @app.route("/orders/new", methods=["GET", "POST"])
    def new_order():
        form = make_order_form()
        if form.validate_on_submit():
            return {"customer": form.customer.data, "items": form.items.data}, 201
        status = 422 if form.errors else 200
        return render_template("forms_order.html", form=form, row=row_template()), status

    return app
