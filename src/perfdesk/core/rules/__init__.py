"""The official rules as pure functions over plain values, one module per rule family, each citing its source.

Every parameter a rule uses is declared once in :mod:`perfdesk.core.rules.params` with its official default;
services load the values in force from the database settings table and pass them in.
"""
