"""The same upload with Flask-WTF: FileField with FileRequired, FileAllowed and FileSize."""
import os
import uuid

from flask import Flask, current_app, redirect, render_template, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, FileSize
from wtforms import StringField
from wtforms.validators import DataRequired, ValidationError

from forms_uploads import detect_type


class DocumentForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired()])
    document = FileField("Document", validators=[
        FileRequired(),
        FileAllowed(["pdf", "png", "jpg", "jpeg"], "PDF or image files only."),  # name only
        FileSize(max_size=2 * 1024 * 1024),
    ])

    def validate_document(self, field):  # the content check FileAllowed does not do
        if detect_type(field.data.stream) is None:
            raise ValidationError("The file content is not a PDF or an image.")


def create_app(upload_folder, **config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", UPLOAD_FOLDER=upload_folder, **config)

    @app.route("/documents/new", methods=["GET", "POST"])
    def new_document():
        form = DocumentForm()  # FlaskForm reads request.files as well as request.form
        if form.validate_on_submit():
            upload = form.document.data  # a werkzeug FileStorage
            stored = f"{uuid.uuid4().hex}.{detect_type(upload.stream)}"
            upload.save(os.path.join(current_app.config["UPLOAD_FOLDER"], stored))
            return redirect(url_for("new_document"), code=303)
        status = 422 if form.errors else 200
        return render_template("forms_document.html", form=form), status

    return app
