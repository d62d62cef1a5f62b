"""The History place: its view (place.py, with cards.py, chart.py and table.py), its model
(model.py) and the one-page PDF report (report.py). Nothing here is imported at start-up."""
