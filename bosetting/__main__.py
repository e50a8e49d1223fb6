"""`python -m bosetting`: the same command line as `bosetting`."""

from bosetting.obligations.cli import run

if __name__ == "__main__":
    run(prog_name="bosetting")
