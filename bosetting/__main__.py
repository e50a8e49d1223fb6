"""`python -m bosetting`: the same command line as `bosetting`."""

from bosetting.obligations.cli import main

if __name__ == "__main__":
    main(prog_name="bosetting")
