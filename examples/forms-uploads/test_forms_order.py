import pytest
from flask_wtf import FlaskForm
from wtforms import Form, IntegerField
from wtforms.validators import DataRequired
from wtforms.fields import FieldList, FormField

from forms_order import MAX_ROWS, create_app


def rows(*items):
    """items: (index, product, quantity) -> the flat field names the browser sends."""
    data = {"customer": "Ann"}
    for index, product, quantity in items:
        data[f"items-{index}-product"] = str(product)
        data[f"items-{index}-quantity"] = str(quantity)
    return data


@pytest.fixture
def client():
    return create_app(WTF_CSRF_ENABLED=False).test_client()


def test_the_page_has_one_row_and_a_row_template_for_javascript(client):
    page = client.get("/orders/new").text
    assert 'name="items-0-product"' in page and 'name="items-1-product"' not in page
    assert 'name="items-__index__-quantity"' in page
    assert 'data-next-index="1"' in page
    assert '<option value="3">Monitor</option>' in page


def test_rows_with_gaps_are_read_in_order_and_renumbered(client):
    response = client.post("/orders/new", data=rows((0, 1, 2), (3, 2, 1), (7, 3, 1)))
    assert response.status_code == 201
    assert response.json["items"] == [
        {"product": 1, "quantity": 2},
        {"product": 2, "quantity": 1},
        {"product": 3, "quantity": 1},
    ]


def test_each_row_is_validated_on_the_server(client):
    response = client.post("/orders/new", data=rows((0, 1, 2), (1, 9, 1), (2, 2, 0)))
    assert response.status_code == 422
    assert "Not a valid choice." in response.text  # 9 is not in this request's choices
    assert "Number must be between 1 and 99." in response.text


def test_too_many_rows_is_an_error_not_a_silent_truncation(client):
    many = [(i, 1, 1) for i in range(MAX_ROWS + 1)]
    response = client.post("/orders/new", data=rows(*many))
    assert response.status_code == 422
    assert f"Between 1 and {MAX_ROWS} items." in response.text

    huge = [(i, 1, 1) for i in range(500)]  # only MAX_ROWS + 1 rows are ever built
    response = client.post("/orders/new", data=rows(*huge))
    assert response.status_code == 422
    assert response.text.count('class="row"') == MAX_ROWS + 2  # rows + the template


def test_submitting_no_rows_gets_one_empty_row_that_fails(client):
    response = client.post("/orders/new", data={"customer": "Ann"})
    assert response.status_code == 422
    assert "This field is required." in response.text


class RowWithCsrf(FlaskForm):
    quantity = IntegerField()


class BadOrderForm(FlaskForm):
    items = FieldList(FormField(RowWithCsrf), min_entries=1)


def test_flaskform_rows_each_demand_their_own_csrf_token():
    app = create_app()  # CSRF on, as in production
    with app.test_request_context(method="POST", data={"items-0-quantity": "1"}):
        form = BadOrderForm(meta={"csrf": False})  # even with the outer token out of the way
        assert not form.validate()
        assert form.errors == {"items": [{"csrf_token": ["The CSRF token is missing."]}]}


def test_data_required_rejects_a_zero_quantity():
    class Strict(Form):
        quantity = IntegerField(validators=[DataRequired()])

    form = Strict(data={"quantity": 0})
    assert not form.validate()
    assert form.errors == {"quantity": ["This field is required."]}  # 0 is falsy
