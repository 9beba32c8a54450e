"""Events and networks: list models and editors."""
