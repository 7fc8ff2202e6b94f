"""The statistics page's parts: charts drawn with QPainter, the tables beside them, their export."""
