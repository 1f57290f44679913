"""Surrogate values that replace personal data: realistic, consistent, reversible by key."""
