# tests/compare
