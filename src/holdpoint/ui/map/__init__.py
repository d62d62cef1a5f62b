"""The Map place's body diagram: the figure (figure.py), its geometry (geometry.py), the
painting (art.py) and the widget that shows it and takes clicks and keys (body_map.py)."""
