"""The command line's sub-commands, one module each."""
