"""The Session place: the guided session, its view, controller, ratings and keep-awake."""
