# tests/hardening
