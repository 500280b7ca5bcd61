"""Khabarkhan: a desktop reader for Persian news."""
