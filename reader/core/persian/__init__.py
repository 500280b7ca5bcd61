"""Persian text: display normalization and the search key."""
