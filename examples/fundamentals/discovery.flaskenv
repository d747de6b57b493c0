# .flaskenv: public, committed settings for the `flask` command (needs python-dotenv)
FLASK_APP='discovery_factory:create_app("development")'
