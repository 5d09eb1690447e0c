# tests/table
