"""The ``bruinpapier`` command line: the headless face of the same core."""
