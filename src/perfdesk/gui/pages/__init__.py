"""One page per step of the cycle. Each page class has ``page_key`` and ``title()`` and may implement
``set_context(ctx)`` to follow the year and unit chosen in the main window."""
