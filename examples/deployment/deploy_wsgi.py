"""The production entry point that Gunicorn imports: gunicorn -c gunicorn_conf.py deploy_wsgi:app

Building the app here, once per worker, keeps the factory free of server concerns. A bad
configuration stops the deploy at boot instead of surfacing on the first request."""
from deploy_app import create_app, production_problems

app = create_app()

problems = production_problems(app)
if problems:
    raise RuntimeError("refusing to start: " + "; ".join(problems))
