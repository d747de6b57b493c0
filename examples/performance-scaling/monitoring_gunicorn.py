"""PROMETHEUS_MULTIPROC_DIR=/run/metrics gunicorn -c monitoring_gunicorn.py "monitoring_app:create_app()"
The directory must exist and be emptied before each start."""
bind = "127.0.0.1:8000"
workers = 2
accesslog = "-"  # stdout, next to the app's JSON lines on stderr
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}o)s'


def child_exit(server, worker):
    """A worker died or was recycled: merge its counters, drop its live gauges."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
