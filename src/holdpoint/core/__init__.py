"""Holdpoint's domain: pure Python that imports no Qt.

Zone catalog, routines, the session engine, rating rules, the safety content and the
declaration of the user's preferences all live here, so they can be tested without a
display and reused by every layer above.
"""
