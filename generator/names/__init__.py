"""Names: the IR in; every Python name a package uses out, decided once.

identifiers says how spec text becomes a Python identifier and what each scope may never be
called; assign decides every name of one package from the IR.
"""
