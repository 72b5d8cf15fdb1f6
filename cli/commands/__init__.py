"""Sub-commands of ``bruinpapier``; every module here with a ``register`` function is one.

``register(subparsers)`` adds its parser(s) and sets ``handler`` to a function
``(args) -> int`` returning the exit code.
"""
