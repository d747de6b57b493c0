from flask import Flask

public = Flask(__name__)  # two instances and neither is called `app`:
admin = Flask(__name__)  # the CLI refuses to guess


@public.route("/")
def home():
    return "public site"


@admin.route("/")
def dashboard():
    return "admin site"
