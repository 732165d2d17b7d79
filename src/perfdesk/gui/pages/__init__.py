"""One page per area of the cycle. The page of area ``<key>`` (targets, monitoring, evaluation, ranking,
results, reports, libraries, settings) is the class ``PAGE`` in module ``perfdesk.gui.pages.<key>``; the main
window builds it on first display and calls ``set_context(ctx)`` whenever the year or unit filter changes."""
