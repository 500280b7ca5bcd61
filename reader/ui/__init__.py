"""The Qt layer of Khabarkhan."""
