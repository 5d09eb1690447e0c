# tests/out
