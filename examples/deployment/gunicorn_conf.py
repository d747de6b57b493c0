"""Gunicorn settings: gunicorn -c gunicorn_conf.py deploy_wsgi:app

Every value can be overridden from the environment, so one image runs in every environment
and operators tune it without a rebuild."""
import os

from deploy_logging import LOGGING


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")

# Processes. (2 x cores) + 1 is a starting point, not an answer: load-test and adjust.
# os.cpu_count() sees the host's CPUs, not a container's CPU limit, so set WEB_CONCURRENCY
# explicitly in containers.
workers = env_int("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)
# gthread: each worker runs `threads` requests at once, which suits I/O-bound views.
# sync: one request per worker; fine behind a buffering proxy for CPU-bound work.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = env_int("GUNICORN_THREADS", 4)

# A worker that does not report to the master for `timeout` seconds is killed (for sync
# workers that means any request running longer). On SIGTERM, workers get
# `graceful_timeout` seconds to finish what they are doing: keep it below the platform's
# kill deadline (Kubernetes: terminationGracePeriodSeconds, 30 by default).
timeout = env_int("GUNICORN_TIMEOUT", 30)
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 25)
keepalive = env_int("GUNICORN_KEEPALIVE", 5)

# Replace each worker after about this many requests, a bound on slow memory leaks; the
# jitter stops all workers from restarting at the same moment.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 100)

# Only these addresses may set the scheme with X-Forwarded-Proto: the proxy's address.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Access and error logs as JSON lines on stdout, with the app's own logs.
accesslog = "-"
logconfig_dict = LOGGING

# Gunicorn 25.1+ opens a control socket for `gunicornc` under $HOME; not used here.
control_socket_disable = True
