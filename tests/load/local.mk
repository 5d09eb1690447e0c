# tests/load
