"""What the celery command loads: celery -A make_celery worker --pool solo --loglevel INFO"""
from celery_factory import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]
