"""Production entry point: `gunicorn factory_wsgi:app` imports this."""
from factory_app import create_app

app = create_app("production")
