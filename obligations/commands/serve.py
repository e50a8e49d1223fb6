"""`bosetting serve`: the what-if workbench for the request criteria, on this machine only."""

from __future__ import annotations

from pathlib import Path

import click

HOST = "127.0.0.1"  # the loopback address only: the workbench is never reachable from another machine
DEFAULT_PORT = 8765


@click.command("serve")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="The port on 127.0.0.1; 0 takes a free one.")
@click.option("--data", "data_dir", type=click.Path(path_type=Path, file_okay=False, exists=True), default=None,
              help="The data folder (default: the bundled data/).")
@click.option("--rules", "rules_path", type=click.Path(path_type=Path, exists=True), default=None,
              help="The criteria folder or file (default: rules/criteria/).")
def serve(port: int, data_dir: Path | None, rules_path: Path | None) -> None:
    """Start the what-if workbench: a local web page where a criterion's parameters can be changed.

    \b
    It listens on 127.0.0.1 only and prints its address; stop it with Ctrl-C.
    A changed variant can be saved as a draft rule file (next free version, status draft).
    """
    import logging

    from werkzeug.serving import make_server

    from bosetting.obligations.workbench.app import create_app
    from bosetting.obligations.workbench.session import Workbench

    workbench = Workbench(rules_path=rules_path, data_dir=data_dir)
    workbench.load()  # a bad rule or data file stops here, with every problem, before anything listens
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # errors only, not a line per request
    server = make_server(HOST, port, create_app(workbench), threaded=True)
    click.echo(f"The workbench is at http://{HOST}:{server.server_port}/ (Ctrl-C stops it).", err=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.server_close()
        workbench.close()
